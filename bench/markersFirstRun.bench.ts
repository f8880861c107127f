/**
 * The first drawing of a big design's problem markers, each in a fresh process
 * (bench/markersFirstRun.ts), as the page pays it when such a design opens: a 2,000-step design with
 * every flow missing, 3,100 problems. Its figure is a ratio, measured in one run against a
 * like-for-like baseline: the same first drawing, by the same code in the same kind of fresh process,
 * of the same design at half its size (1,000 steps, 1,550 problems: every count halved). Twice the
 * problems should cost no more than twice the time (target 2.1). The first drawing was quadratic once
 * (every warning's error found by reading every error; 0.58–0.65 s at load 14–20, 0.9 s in the page):
 * that lookup put back reads 2.17 where the code as it is reads 1.85–1.89 (each process's fixed start
 * costs keep a linear drawing under 2), while the absolute time said more about the machine's load
 * than about the code (332 ms quiet, 491–509 ms at load 16–21, same code). The sizes alternate, so load
 * from other processes hits both alike; the counts are in each figure's name, and the absolute CPU
 * times are kept beside the ratio as information (docs/performance.md, forty-second round).
 */
import { spawnSync } from 'node:child_process';

const RUNS = 7;
const FULL = 100; // stages of 20 steps
const HALF = 50;

interface FirstRun { steps: number; problems: number; firstCpu: number; mappedCpu: number; warmCpu: number }

function runOnce(stages: number): FirstRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/markersFirstRun.ts', String(stages)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`markersFirstRun.ts ${stages} failed (exit ${String(result.status)}): ${result.stderr}`);
  return JSON.parse(result.stdout) as FirstRun;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const counts = (run: FirstRun) => `${run.steps.toLocaleString('en')} steps, ${run.problems.toLocaleString('en')} problems`;

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const full: FirstRun[] = [];
  const half: FirstRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    full.push(runOnce(FULL));
    half.push(runOnce(HALF));
  }
  const [big, small] = [full[0]!, half[0]!];
  if (big.problems !== 3100 || small.problems * 2 !== big.problems || small.steps * 2 !== big.steps) {
    throw new Error(`the designs should have 2,000 and 1,000 steps, 3,100 and 1,550 problems: ${counts(big)}; ${counts(small)}`);
  }
  const first = { full: median(full.map((r) => r.firstCpu)), half: median(half.map((r) => r.firstCpu)) };
  const mapped = { full: median(full.map((r) => r.mappedCpu)), half: median(half.map((r) => r.mappedCpu)) };
  return [
    { name: `problem markers, first drawing, CPU ratio ${counts(big)} / ${counts(small)}`, value: round(first.full / first.half, 2), unit: 'ratio', target: 2.1 },
    { name: `problem markers, first drawing, ${counts(big)} (CPU)`, value: round(first.full), unit: 'ms' },
    { name: `problem markers, first drawing, ${counts(small)} (CPU)`, value: round(first.half), unit: 'ms' },
    { name: `problem markers, after an edit, ${counts(big)} (CPU)`, value: round(median(full.map((r) => r.warmCpu))), unit: 'ms' },
    { name: `nodes with their markers, CPU ratio ${counts(big)} / ${counts(small)}`, value: round(mapped.full / mapped.half, 2), unit: 'ratio' },
    { name: `nodes with their markers, ${counts(big)} (CPU)`, value: round(mapped.full), unit: 'ms' },
  ];
}
