/**
 * An A/B of two builds' pan-and-zoom CPU against the bare page, one fresh page session at a time:
 * sessions alternate between build A (PROBE_DIST) and build B (PROBE_DIST_B), each the designer
 * framed as `PROBE_VIEW` says (fit-all by default) and the bare page of the same build at its view
 * (DOM counts checked), a warm-up each, then PROBE_ROUNDS rounds (default 5) of one interaction on
 * each page alternating. Prints, per session and per build, the medians of the designer's and the
 * bare page's main-thread CPU (ThreadTime) and task time, and the median of the rounds' ratios,
 * with the load average beside them. Pages fall into one paint mode or another by session
 * (docs/performance.md, thirty-fourth round), so sessions, not rounds, are what is repeated.
 *
 *   PROBE_DIST=/tmp/old-dist PROBE_DIST_B=/tmp/new-dist BENCH_UI_PORT=4391 PROBE_SESSIONS=3 node --import tsx bench/ui/probePairs.ts 10000
 */
import { loadavg } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import { barePayload } from './flowPayload';
import { generateDesign } from './generateDesign';
import { domCounts, medianOf, panAndZoom, readViewport, type InteractionCpu } from './measure';
import { launchChromium, openBare, openDesignerAt, servePreview } from './preview';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4391);
const builds = [process.env.PROBE_DIST, process.env.PROBE_DIST_B].filter((d): d is string => !!d);
const steps = Number(process.argv[2] ?? 10000);
const sessions = Number(process.env.PROBE_SESSIONS ?? 3);
const rounds = Number(process.env.PROBE_ROUNDS ?? 5);
const view = process.env.PROBE_VIEW === 'zoom1' ? 'zoom1' : 'fit';

const f = (x: number) => x.toFixed(0);
const r2 = (x: number) => x.toFixed(2);

async function main() {
  if (!builds.length) throw new Error('PROBE_DIST (and PROBE_DIST_B for an A/B) must name a build');
  const servers: ChildProcess[] = [];
  const browser = await launchChromium();
  const all: Record<string, { app: InteractionCpu[]; bare: InteractionCpu[] }> = {};
  try {
    for (const [i, dir] of builds.entries()) servers.push(await servePreview(PORT + i, dir));
    const doc = generateDesign(steps / 20, 20);
    const text = JSON.stringify(doc);
    for (let s = 0; s < sessions; s++) {
      for (const [i, dir] of builds.entries()) {
        const base = `http://127.0.0.1:${PORT + i}`;
        const app = await openDesignerAt(browser, base, text, view);
        const pane = (await app.locator('.react-flow').boundingBox())!;
        const { page: bare } = await openBare(browser, base, barePayload(doc, { width: Math.round(pane.width), height: Math.round(pane.height) }, await readViewport(app)));
        const [a, b] = [await domCounts(app), await domCounts(bare)];
        if (a.nodes !== b.nodes || a.edges !== b.edges) throw new Error(`not like for like: app ${JSON.stringify(a)}, bare ${JSON.stringify(b)}`);
        const [ca, cb] = await Promise.all([app, bare].map(async (p) => { const c = await p.context().newCDPSession(p); await c.send('Performance.enable'); return c; }));
        await panAndZoom(app, ca!);
        await panAndZoom(bare, cb!);
        const runs = { app: [] as InteractionCpu[], bare: [] as InteractionCpu[] };
        for (let k = 0; k < rounds; k++) {
          runs.app.push(await panAndZoom(app, ca!));
          runs.bare.push(await panAndZoom(bare, cb!));
        }
        (all[dir] ??= { app: [], bare: [] }).app.push(...runs.app);
        all[dir]!.bare.push(...runs.bare);
        const thread = medianOf(runs.app.map((x, k) => x.threadMs / runs.bare[k]!.threadMs));
        const task = medianOf(runs.app.map((x, k) => x.taskMs / runs.bare[k]!.taskMs));
        console.log(`session ${s + 1}, ${dir}: DOM ${a.nodes}/${a.edges}; thread app ${f(medianOf(runs.app.map((x) => x.threadMs)))} bare ${f(medianOf(runs.bare.map((x) => x.threadMs)))} ratio ${r2(thread)}; task app ${f(medianOf(runs.app.map((x) => x.taskMs)))} bare ${f(medianOf(runs.bare.map((x) => x.taskMs)))} ratio ${r2(task)}; load ${loadavg()[0]!.toFixed(1)}`);
        await app.close();
        await bare.close();
      }
    }
    for (const [dir, runs] of Object.entries(all)) {
      const thread = medianOf(runs.app.map((x, k) => x.threadMs / runs.bare[k]!.threadMs));
      const task = medianOf(runs.app.map((x, k) => x.taskMs / runs.bare[k]!.taskMs));
      console.log(`${dir}, all ${runs.app.length} pairs: thread app ${f(medianOf(runs.app.map((x) => x.threadMs)))} bare ${f(medianOf(runs.bare.map((x) => x.threadMs)))}, median of the pairs' ratios ${r2(thread)}; task app ${f(medianOf(runs.app.map((x) => x.taskMs)))} bare ${f(medianOf(runs.bare.map((x) => x.taskMs)))}, ratio ${r2(task)}`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.kill('SIGKILL');
  }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
