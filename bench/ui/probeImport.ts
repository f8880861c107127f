/**
 * Investigation helper, not a benchmark: opens a generated design of STEPS steps (default 10,000)
 * with Import's file picker on each of the builds given, alternating between them, ROUNDS times
 * (default 4), and prints "ms until the first stage is painted / longest task" per opening — for
 * comparing builds side by side on a shared, noisy machine.
 *
 *   npx vite build --outDir /tmp/a --emptyOutDir   (one build per version to compare)
 *   ROUNDS=5 node --import tsx bench/ui/probeImport.ts /tmp/a /tmp/b
 */
import { generateDesign } from './generateDesign';
import { timeImport } from './measure';
import { launchChromium, newBenchPage, openEmptyDesigner, servePreview } from './preview';
const dists = process.argv.slice(2);
const servers = await Promise.all(dists.map((d, i) => servePreview(4381 + i, d)));
const browser = await launchChromium();
const doc = generateDesign(Number(process.env.STEPS ?? 10_000) / 20, 20);
const text = JSON.stringify(doc);
const out: Record<string, string[]> = {};
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 4); round++) {
    for (let i = 0; i < dists.length; i++) {
      const page = await newBenchPage(browser);
      await openEmptyDesigner(page, `http://127.0.0.1:${4381 + i}`);
      await page.waitForTimeout(1000);
      const r = await timeImport(page, `${doc.name}.json`, text, doc.stages[0]!.name);
      (out[dists[i]!] ??= []).push(`${Math.round(r.ms)}/${Math.round(r.maxLongTaskMs)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.kill());
}
for (const [d, v] of Object.entries(out)) console.log(d.padEnd(20), v.join('  '));
