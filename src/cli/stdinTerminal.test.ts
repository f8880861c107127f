/**
 * `-` with a terminal as standard input is refused at once (nodeIo.readStdin): read, it would wait
 * for the admin to type a document, and a CI job that forgot its pipe would hang until its timeout.
 * The condition is real: script(1) (util-linux; in Debian's essential bsdutils package, so always
 * there) runs the command with a pseudo-terminal on its standard input, as a person typing
 * `stageflow validate -` in a shell has. No skip: without script(1) the test fails saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = '/usr/bin/script';
const REFUSAL = '<stdin>: standard input is a terminal, not a document: pipe one in (cat order.json | …) or give its file';

const quoted = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** Runs `stageflow <args>` under script(1): its stdin, stdout and stderr are one pseudo-terminal. */
function onTerminal(...args: string[]) {
  const command = [process.execPath, '--import', 'tsx', 'src/cli/bin.ts', ...args].map(quoted).join(' ');
  // -q: no "Script started" lines; -e: script exits with the command's code; -c: the command;
  // /dev/null: no typescript file. Nothing is typed: a command that reads the terminal waits, and the timeout ends it.
  return spawnSync(SCRIPT, ['-q', '-e', '-c', command, '/dev/null'], { cwd: root, input: '', encoding: 'utf8', timeout: 30_000 });
}

describe('a terminal as standard input (a process under script(1))', () => {
  it('script(1) is there to give the command a terminal (util-linux, Debian: bsdutils)', () => {
    expect(existsSync(SCRIPT), `${SCRIPT} is missing: install util-linux's script (Debian: apt-get install bsdutils)`).toBe(true);
  });

  it.each([
    ['validate', ['validate', '-']],
    ['simulate', ['simulate', '-']],
    ['flow', ['flow', '-']],
    ['diff (the old version)', ['diff', '-', 'public/samples/order-fulfilment.json']],
  ])('%s - is refused with one line naming <stdin>, exit 2, without waiting for typing', (_name, args) => {
    const result = onTerminal(...args);
    expect(result.error).toBeUndefined(); // not ended by the timeout
    // a terminal ends lines with CR LF; stderr and stdout are the one terminal
    expect(result.stdout.replace(/\r\n/g, '\n')).toBe(`${REFUSAL}\n`);
    expect(result.status).toBe(2);
  }, 60_000);
});
