// Playwright cannot download its own browser here: it drives Debian's Chromium. Make sure it is
// there before the e2e suite starts — install it when we can (root + apt-get), otherwise stop at
// once with the one command to run, instead of a Playwright download error.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try { execSync('command -v apt-get', { stdio: 'ignore' }); hasApt = true; } catch { /* no apt */ }

if (isRoot && hasApt) {
  console.error(`Chromium not found at ${path}: installing Debian's chromium with apt-get…`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
    if (existsSync(path)) process.exit(0);
  } catch { /* fall through to the message */ }
}
console.error(`The end-to-end tests need Chromium at ${path}. Install it with:\n\n  sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to another Chromium binary)`);
process.exit(1);
