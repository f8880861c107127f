/**
 * Runs every bench/*.bench.ts module (each default-exports an async function returning
 * `{ name, value, unit, target?, better? }[]`), writes bench/results.json, prints a table, and exits 1
 * when a figure misses its target by more than 20% (`npm run bench`). A target is an upper bound
 * unless `better` is 'higher' (or the unit is a rate, `…/s`). `BENCH_ONLY=ui,engine` runs only those
 * modules and keeps the other modules' figures of the last run in the report.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
  better?: 'lower' | 'higher';
}

const TOLERANCE = 0.2;
const here = dirname(fileURLToPath(import.meta.url));

function isBenchResult(v: unknown): v is BenchResult {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.name === 'string' && typeof r.value === 'number' && typeof r.unit === 'string' && (r.target === undefined || typeof r.target === 'number');
}

function higherIsBetter(r: BenchResult): boolean {
  return r.better === 'higher' || (r.better === undefined && r.unit.endsWith('/s'));
}

/**
 * 'ok' (the budget is met), 'over' (not met, but within the 20% noise tolerance of a shared
 * machine, so the run does not fail), 'missed' (beyond the tolerance: the run fails) or '' when
 * there is no target. A figure over its budget is never reported as met.
 */
function verdict(r: BenchResult): 'ok' | 'over' | 'missed' | '' {
  if (r.target === undefined) return '';
  const met = higherIsBetter(r) ? r.value >= r.target : r.value <= r.target;
  if (met) return 'ok';
  const missed = higherIsBetter(r) ? r.value < r.target * (1 - TOLERANCE) : r.value > r.target * (1 + TOLERANCE);
  return missed ? 'missed' : 'over';
}

/** A bar of `share` (0..∞) of the target, 20 cells wide for the target itself. */
function bar(share: number): string {
  const cells = Math.min(30, Math.round(share * 20));
  return '█'.repeat(cells) + (share > 1.5 ? '…' : '');
}

/** bench/report.md: every figure, its budget, and a bar of how much of the budget it uses. */
function markdownReport(results: (BenchResult & { file: string; verdict: string })[]): string {
  const lines = [
    '# Benchmark report',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus().length} cores.`,
    `Verdicts: ok = budget met; over = budget not met, but within the ${TOLERANCE * 100}% noise tolerance (the run does not fail); missed = beyond it (the run fails).`,
    '',
    '| benchmark | value | budget | share of budget | verdict |',
    '|---|---:|---:|---|---|',
  ];
  for (const r of results) {
    const share = r.target === undefined ? null : higherIsBetter(r) ? r.target / Math.max(r.value, 1e-9) : r.value / r.target;
    const budget = r.target === undefined ? '' : `${higherIsBetter(r) ? '≥' : '≤'} ${r.target} ${r.unit}`;
    const chart = share === null ? '' : `\`${bar(share)}\` ${Math.round(share * 100)}%`;
    lines.push(`| ${r.name} (${r.file.replace('.bench.ts', '')}) | ${r.value} ${r.unit} | ${budget} | ${chart} | ${r.verdict} |`);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<number> {
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const only = process.env.BENCH_ONLY?.split(',').map((name) => `${name.trim()}.bench.ts`);
  const results: (BenchResult & { file: string; verdict: string })[] = [];
  const previous = only && existsSync(join(here, 'results.json')) ? (JSON.parse(readFileSync(join(here, 'results.json'), 'utf8')) as { results: (BenchResult & { file: string; verdict: string })[] }).results : [];
  for (const file of files) {
    if (only && !only.includes(file)) {
      results.push(...previous.filter((r) => r.file === file));
      continue;
    }
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: unknown };
    if (typeof mod.default !== 'function') {
      console.error(`${file}: no default export function, skipped`);
      continue;
    }
    const out: unknown = await (mod.default as () => Promise<unknown>)();
    if (!Array.isArray(out)) {
      console.error(`${file}: did not return an array, skipped`);
      continue;
    }
    for (const r of out) {
      if (isBenchResult(r)) results.push({ ...r, file, verdict: verdict(r) });
      else console.error(`${file}: ignored a malformed result ${JSON.stringify(r)}`);
    }
  }
  writeFileSync(join(here, 'results.json'), JSON.stringify({ node: process.version, results }, null, 2) + '\n');
  writeFileSync(join(here, 'report.md'), markdownReport(results));
  const rows = results.map((r) => [r.name, String(r.value), r.unit, r.target === undefined ? '' : `${higherIsBetter(r) ? '≥' : '≤'} ${r.target}`, r.verdict]);
  const head = ['benchmark', 'value', 'unit', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const missed = results.filter((r) => r.verdict === 'missed');
  if (missed.length > 0) {
    console.error(`\n${missed.length} figure(s) missed their target by more than ${TOLERANCE * 100}%: ${missed.map((r) => r.name).join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
