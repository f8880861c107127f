/**
 * Import (parse JSON text) + validation of a generated 10,000-step orchestration. Run by
 * bench/run.ts (`npm run bench`); target 300 ms.
 */
import { performance } from 'node:perf_hooks';
import { importOrchestration } from '../src/io/jsonImport';
import { exportOrchestration } from '../src/io/jsonExport';
import { largeOrchestration } from '../src/model/testing/largeDocument';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const text = exportOrchestration(largeOrchestration(10_000));
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    // The exported 10,000-step text is above the 5 MB default cap (see docs/decisions.md): raise it here.
    const result = importOrchestration(text, { maxBytes: 16 * 1024 * 1024 });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`the benchmark document does not validate: ${result.problems[0]?.path}: ${result.problems[0]?.message}`);
    if (run >= 2) times.push(elapsed);
  }
  return [
    { name: 'import + validate, 10,000 steps', value: Math.round(median(times) * 10) / 10, unit: 'ms', target: 300 },
    { name: 'exported JSON size, 10,000 steps', value: Math.round(text.length / 1024), unit: 'KB' },
  ];
}
