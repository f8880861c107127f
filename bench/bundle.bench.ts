/**
 * Initial JavaScript the browser downloads before the app shows: the entry script and the chunks
 * index.html preloads, gzip-compressed (level 9). Budget: 180 KB. Builds first when dist/ is
 * missing or older than the sources.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export default async function bundleBench(): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const dist = 'dist';
  const html = join(dist, 'index.html');
  if (!existsSync(html) || statSync(html).mtimeMs < statSync('src').mtimeMs) execSync('npx vite build', { stdio: 'ignore' });
  const text = readFileSync(html, 'utf8');
  const scripts = [...text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  let gzip = 0;
  let raw = 0;
  for (const s of new Set(scripts)) {
    const bytes = readFileSync(join(dist, s));
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return [
    { name: 'initial JS (gzip)', value: Math.round(gzip / 1024), unit: 'KB', target: 180 },
    { name: 'initial JS (minified)', value: Math.round(raw / 1024), unit: 'KB' },
  ];
}
