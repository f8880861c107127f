/**
 * The canvas and run-view figures in `npm run bench`: runs the UI benchmark (bench/ui/run.ts, a
 * Chromium session, which itself fails when the designer and the bare page render different DOM)
 * and reports its figures with their budgets. BENCH_SKIP_UI=1 leaves it out; BENCH_UI_REUSE=1 reports
 * the figures of the last `npm run bench:ui` (bench/ui-results.json) without running it again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { longestTask, type UiResults } from './ui/report';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

export default async function uiBench(): Promise<Figure[]> {
  if (process.env.BENCH_SKIP_UI === '1') return [];
  if (process.env.BENCH_UI_REUSE !== '1') {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/ui/run.ts'], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error('the UI benchmark failed');
  }
  const r = JSON.parse(readFileSync('bench/ui-results.json', 'utf8')) as UiResults;
  const round = (n: number) => Math.round(n * 100) / 100;
  const out: Figure[] = [];
  for (const size of r.sizes) {
    for (const v of size.views) {
      const dom = `DOM ${v.app.counts.nodes} nodes / ${v.app.counts.edges} edges on both pages`;
      out.push({ name: `canvas CPU per pan-and-zoom, app ÷ bare React Flow, ${size.steps} steps, ${v.view} (${dom})`, value: round(v.ratio), unit: '×', target: r.targets.cpuRatio });
      out.push({ name: `canvas CPU per pan-and-zoom, app, ${size.steps} steps, ${v.view} (bare: ${Math.round(v.bare.cpu.taskMs)} ms)`, value: Math.round(v.app.cpu.taskMs), unit: 'ms' });
      if (v.threadRatio !== undefined) out.push({ name: `canvas main-thread CPU (ThreadTime) per pan-and-zoom, app ÷ bare, ${size.steps} steps, ${v.view}`, value: round(v.threadRatio), unit: '×' });
    }
    const dom = `DOM ${size.load.counts.nodes} nodes / ${size.load.counts.edges} edges on both pages`;
    out.push({ name: `canvas load, ${size.steps} steps (${dom})`, value: Math.round(size.load.app.ms), unit: 'ms', ...(size.steps === 2000 ? { target: r.targets.loadMs } : {}) });
    out.push({ name: `canvas load ÷ bare React Flow, ${size.steps} steps`, value: round(size.load.ratio), unit: '×', ...(size.steps === 2000 ? { target: r.targets.loadRatio } : {}) });
    if (size.steps >= 10000) {
      out.push({ name: `longest task opening (Import) and panning ${size.steps} steps`, value: Math.round(longestTask(size)), unit: 'ms', target: r.targets.longTaskMs });
      out.push({ name: `longest task opening ${size.steps} steps with the test hook (validates synchronously)`, value: Math.round(size.load.app.maxLongTaskMs), unit: 'ms' });
    }
  }
  if (r.playback) out.push({ name: `run playback p95 frame, ${r.playback.steps} steps at 100×`, value: round(r.playback.p95FrameMs), unit: 'ms', target: r.targets.playbackP95FrameMs });
  return out;
}
