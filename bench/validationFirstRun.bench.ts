/**
 * The rules' first validation of a generated 2,000- and 10,000-step design, each in a fresh process
 * (bench/validationFirstRun.ts), as the page pays it when a design opens: median CPU ms of the
 * first run and of a warm run, and what the first run allocates. Sizes alternate so that load from
 * other processes hits them alike. No budget: the budget is the page's opening (issue 15), of which
 * this is the largest part the designer adds (docs/performance.md, twenty-fifth round).
 */
import { spawnSync } from 'node:child_process';

const RUNS = 9;
const SIZES = [100, 500]; // stages of 20 steps
const ALLOCATION_FLAGS = ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256'];

interface FirstRun { steps: number; problems: number; firstCpu: number; firstMs: number; warmCpu: number; allocatedMB: number | null }

function runOnce(stages: number, flags: string[] = []): FirstRun {
  const result = spawnSync(process.execPath, [...flags, '--import', 'tsx', 'bench/validationFirstRun.ts', String(stages)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`validationFirstRun.ts ${stages} failed (exit ${String(result.status)}): ${result.stderr}`);
  return JSON.parse(result.stdout) as FirstRun;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string }>> {
  const runs = new Map<number, FirstRun[]>(SIZES.map((s) => [s, []]));
  for (let round = 0; round < RUNS; round++) for (const stages of SIZES) runs.get(stages)!.push(runOnce(stages));
  const figures: Array<{ name: string; value: number; unit: string }> = [];
  for (const stages of SIZES) {
    const all = runs.get(stages)!;
    const label = `${all[0]!.steps.toLocaleString('en')} steps, ${all[0]!.problems} problems`;
    const allocated = runOnce(stages, ALLOCATION_FLAGS).allocatedMB ?? 0;
    figures.push(
      { name: `validation rules, first run in a fresh process, CPU (${label})`, value: median(all.map((r) => r.firstCpu)), unit: 'ms' },
      { name: `validation rules, warm run, CPU (${label})`, value: median(all.map((r) => r.warmCpu)), unit: 'ms' },
      { name: `validation rules, first run, heap allocated (${label})`, value: Math.round(allocated * 100) / 100, unit: 'MB' },
    );
  }
  return figures;
}
