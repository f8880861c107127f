/**
 * The first drawing of a big design's problem markers, each in a fresh process
 * (bench/markersFirstRun.ts), as the page pays it when such a design opens: a 2,000-step design
 * with every flow missing, 3,100 problems. Median CPU ms of the canvas's problems by element, cold
 * (target 450 ms) and warm (an edit after the first), and of the whole mapping to nodes with them.
 * The first was 0.58–0.65 s here at load average 14–20 (0.9 s in the page) and is 0.39–0.46 s: each
 * warning's error is looked up by path instead of reading every error, and a condition's owner
 * pattern is built only for a message that opens with one (model/conditionOwner.ts).
 */
import { spawnSync } from 'node:child_process';

const RUNS = 7;

interface FirstRun { problems: number; firstCpu: number; mappedCpu: number; warmCpu: number }

function runOnce(): FirstRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/markersFirstRun.ts'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`markersFirstRun.ts failed (exit ${String(result.status)}): ${result.stderr}`);
  return JSON.parse(result.stdout) as FirstRun;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const runs = Array.from({ length: RUNS }, runOnce);
  if (runs.some((r) => r.problems !== 3100)) throw new Error(`the design should have 3,100 problems: ${runs.map((r) => r.problems).join(', ')}`);
  return [
    { name: 'problem markers, first drawing, 3,100 problems (CPU)', value: median(runs.map((r) => r.firstCpu)), unit: 'ms', target: 450 },
    { name: 'problem markers, after an edit, 3,100 problems (CPU)', value: median(runs.map((r) => r.warmCpu)), unit: 'ms' },
    { name: 'nodes with their markers, 2,000 steps, 3,100 problems (CPU)', value: median(runs.map((r) => r.mappedCpu)), unit: 'ms' },
  ];
}
