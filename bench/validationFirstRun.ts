/**
 * One fresh process's first validation of a generated design (bench/validationFirstRun.bench.ts
 * starts it): the page validates an opened design once, cold, so a figure from a warmed-up loop
 * says little about it. Reads the design as an import does (safe parse, structure), then times the
 * rules' first run and a warm one, and prints them as JSON. `node --import tsx
 * bench/validationFirstRun.ts <stages>` (20 steps a stage); with `--expose-gc` and a young
 * generation too large to be collected during the run it also prints the bytes the first run
 * allocated (heap growth, so compiled code and feedback count too).
 */
import { formulaSyntax } from '../src/io/formulaSyntax';
import { orchestrationStructure } from '../src/io/orchestrationStructure';
import { validateOrchestrationRules } from '../src/model/validate';
import { generateDesign } from './ui/generateDesign';

const stages = Number(process.argv[2] ?? 100);
const doc = generateDesign(stages, 20);
const structure = orchestrationStructure(JSON.stringify(doc), { maxBytes: 64 * 1024 * 1024 });
if (!structure.ok) throw new Error(`the generated design does not read: ${structure.problems[0]?.message ?? ''}`);
const read = structure.doc;
const gc = (globalThis as { gc?: () => void }).gc;

/** CPU ms (this process's, with V8's helper threads) and wall ms of one validation. */
function timed(): { cpu: number; ms: number; problems: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const problems = validateOrchestrationRules(read, { formulas: formulaSyntax }).length;
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { cpu: (cpu.user + cpu.system) / 1000, ms, problems };
}

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const first = timed();
const allocatedMB = gc ? (process.memoryUsage().heapUsed - heapBefore) / 1e6 : null;
const warm: number[] = [];
for (let run = 0; run < 9; run++) warm.push(timed().cpu);
warm.sort((a, b) => a - b);
const steps = doc.stages.reduce((sum, stage) => sum + stage.steps.length, 0);
console.log(JSON.stringify({ steps, problems: first.problems, firstCpu: first.cpu, firstMs: first.ms, warmCpu: warm[4], allocatedMB }));
