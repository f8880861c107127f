/**
 * One fresh process's first drawing of the problem markers of a big design with many problems
 * (bench/markersFirstRun.bench.ts starts it): a generated design of `stages` stages of 20 steps (100
 * by default: 2,000 steps) with every flow missing (3,100 problems at 100 stages: 2,000 errors and the
 * 1,100 warnings that follow from them; half of each at 50), as the page opens it — the canvas's
 * problems by element (canvas/elementProblems.ts, each marker's words) and the whole mapping to nodes
 * (canvas/toFlowElements.ts), cold, then warm. Prints JSON.
 * `node --import tsx bench/markersFirstRun.ts [stages]`.
 */
import { problemsByElement } from '../src/canvas/elementProblems';
import { toFlowElements } from '../src/canvas/toFlowElements';
import { formulaSyntax } from '../src/io/formulaSyntax';
import { validateOrchestrationRules } from '../src/model/validate';
import { generateDesign } from './ui/generateDesign';

const stages = Number(process.argv[2] ?? 100);
const doc = { ...generateDesign(stages, 20), flows: [] };
const problems = validateOrchestrationRules(doc, { formulas: formulaSyntax });

function timed(run: () => void): number {
  const cpuBefore = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpuBefore);
  return (cpu.user + cpu.system) / 1000;
}

const first = timed(() => problemsByElement(doc, problems));
// the nodes as the canvas maps them: a fresh copy of the stages, so no stage plan is reused
const mapped = timed(() => toFlowElements({ ...doc, stages: doc.stages.map((s) => ({ ...s })) }, problems));
const warm = timed(() => problemsByElement(doc, problems));
const steps = doc.stages.reduce((n, s) => n + s.steps.length, 0);
console.log(JSON.stringify({ steps, problems: problems.length, firstCpu: first, mappedCpu: mapped, warmCpu: warm }));
