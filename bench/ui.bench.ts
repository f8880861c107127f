/**
 * The canvas and run-view figures in `npm run bench`: runs the UI benchmark (bench/ui/run.ts, a
 * Chromium session) and reports its figures with their budgets. BENCH_SKIP_UI=1 leaves it out.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface UiResults {
  targets: { loadMs: number; p95FrameMs: number; ratio: number; playbackP95FrameMs?: number };
  rows: { steps: number; app: { loadMs: number; p95FrameMs: number }; loadRatio: number; p95Ratio: number }[];
  playback?: { steps: number; p95FrameMs: number };
}

export default async function uiBench(): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  if (process.env.BENCH_SKIP_UI === '1') return [];
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/ui/run.ts'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('the UI benchmark failed');
  const r = JSON.parse(readFileSync('bench/ui-results.json', 'utf8')) as UiResults;
  const round = (n: number) => Math.round(n * 100) / 100;
  const out: Array<{ name: string; value: number; unit: string; target?: number }> = [];
  for (const row of r.rows) {
    out.push({ name: `canvas load, ${row.steps} steps`, value: Math.round(row.app.loadMs), unit: 'ms', target: r.targets.loadMs });
    // 16.7 ms plus rAF timer jitter is one 60 Hz frame: judged against 17 ms.
    out.push({ name: `canvas p95 frame, ${row.steps} steps`, value: round(row.app.p95FrameMs), unit: 'ms', target: 17 });
    out.push({ name: `canvas p95 ratio to bare React Flow, ${row.steps} steps`, value: round(row.p95Ratio), unit: '×', target: r.targets.ratio });
    out.push({ name: `canvas load ratio to bare React Flow, ${row.steps} steps`, value: round(row.loadRatio), unit: '×' });
  }
  if (r.playback) out.push({ name: `run playback p95 frame, ${r.playback.steps} steps at 100×`, value: round(r.playback.p95FrameMs), unit: 'ms', target: r.targets.playbackP95FrameMs ?? 33 });
  return out;
}
