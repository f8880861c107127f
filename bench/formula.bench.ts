/**
 * The formula evaluator: parse a 200-node formula once, evaluate it 10,000 times (a flow loop over
 * 10,000 records evaluating one formula each). Run by bench/run.ts (`npm run bench`); the node count
 * is printed beside the figure so a change in the formula shows. It measures the process's CPU
 * time, not wall time, so other work on the machine disturbs it less (about 105 ms on this
 * 2-core machine, under load).
 */
import type { FormulaNode } from '../src/flows/formula';
import { evaluateFormula, parseFormula } from '../src/flows/formula';
import { dateValue, numberValue, textValue } from '../src/flows/values';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function countNodes(node: FormulaNode): number {
  switch (node.kind) {
    case 'literal': case 'reference': return 1;
    case 'unary': return 1 + countNodes(node.operand);
    case 'binary': return 1 + countNodes(node.left) + countNodes(node.right);
    case 'call': return 1 + node.args.reduce((sum, arg) => sum + countNodes(arg), 0);
  }
}

/** A realistic mix: text tests, CASE, date arithmetic, rounding, joined into one long IF chain. */
function benchFormula(): string {
  const clause = (i: number) =>
    `IF(AND(NOT(ISBLANK({!rec.Status})), CONTAINS(UPPER({!rec.Status}), "OPEN${i}")), ROUND({!amount} * ${i} / 7, 2), ` +
    `CASE({!rec.Priority}, "High", ${i}, "Medium", ${i + 1}, 0) + ({!due} + ${i} - {!due}))`;
  return Array.from({ length: 6 }, (_, i) => clause(i)).join(' + ');
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const parsed = parseFormula(benchFormula());
  if (!parsed.ok) throw new Error(parsed.error.message);
  const nodes = countNodes(parsed.formula.root);
  const values = {
    'rec.Status': textValue('Open3 case'), 'rec.Priority': textValue('Medium'), amount: numberValue(1234.5), due: dateValue('2025-03-01'),
  } as const;
  const ctx = { resolve: (ref: string) => values[ref as keyof typeof values], now: 0 };
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = process.cpuUsage();
    for (let i = 0; i < 10_000; i++) {
      const result = evaluateFormula(parsed.formula, ctx);
      if (!result.ok) throw new Error(result.error.message);
    }
    const used = process.cpuUsage(started);
    if (run >= 2) times.push((used.user + used.system) / 1000);
  }
  return [{ name: `formula of ${nodes} nodes evaluated 10,000 times (CPU)`, value: Math.round(median(times) * 10) / 10, unit: 'ms', target: 250 }];
}
