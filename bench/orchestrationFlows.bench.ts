/**
 * The engine running project flows (issue 13): a record-triggered orchestration of 100 stages, one
 * background step each, whose flow has 20 elements — Get Records (the case), 9 assignments and 9
 * decisions in a chain, Update Records (the case's Status, which the next stage's step reads) —
 * so the run executes 2,000 flow elements and 100 record updates. Run by bench/run.ts (`npm run
 * bench`); target 500 ms ("well under a second"). The counts are printed beside the figure and
 * checked.
 */
import { performance } from 'node:perf_hooks';
import { simulate } from '../src/engine';
import { FLOW_DEFINITION_VERSION, type FlowDefinition, type FlowElement } from '../src/flows/definition';
import type { Orchestration, Scenario } from '../src/model/types';

const STAGES = 100;
const ELEMENTS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Get the case, 9 × (assignment, decision), update its Status to `status`: 20 elements. */
function twentyElements(status: string): FlowDefinition {
  const elements: FlowElement[] = [{
    kind: 'recordLookup', name: 'Get_Case', object: 'Case', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }],
    getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [], connector: 'A0',
  }];
  for (let i = 0; i < 9; i++) {
    const next = i < 8 ? `A${i + 1}` : 'Save';
    elements.push({ kind: 'assignment', name: `A${i}`, connector: `D${i}`, items: [{ ref: 'score', operator: 'Add', value: { number: i } }] });
    elements.push({ kind: 'decision', name: `D${i}`, rules: [{ name: `High${i}`, logic: 'or', conditions: [
      { left: 'score', operator: 'GreaterThan', right: { number: 1000 } }, { left: 'Get_Case.Priority', operator: 'EqualTo', right: { string: 'Critical' } },
    ], connector: next }], defaultConnector: next });
  }
  elements.push({ kind: 'recordUpdate', name: 'Save', object: 'Case', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }], inputAssignments: [{ name: 'Status', value: { string: status } }] });
  return {
    version: FLOW_DEFINITION_VERSION, processType: 'AutoLaunchedFlow', status: 'Active', start: { connector: 'Get_Case' },
    variables: [
      { name: 'recordId', dataType: 'String', isCollection: false, isInput: true, isOutput: false },
      { name: 'score', dataType: 'Number', isCollection: false, isInput: false, isOutput: true },
    ],
    constants: [], formulas: [], textTemplates: [], choices: [], dynamicChoiceSets: [],
    elements: Object.fromEntries(elements.map((e) => [e.name, e])),
  };
}

/** Stage i's step starts when the case's Status is `Step i-1` (set by the previous stage's flow). */
function orchestration(): Orchestration {
  return {
    format: 'stageflow.orchestration', version: 1, name: 'Hundred_Stages', apiVersion: 66,
    trigger: { type: 'recordTriggered', object: 'Case' },
    flows: Array.from({ length: STAGES }, (_, i) => ({ name: `Flow_${i}`, type: 'autolaunched' as const, active: true, inputs: ['recordId'], outputs: ['score'], definition: twentyElements(`Step ${i}`) })),
    stages: Array.from({ length: STAGES }, (_, i) => ({
      name: `Stage_${i}`,
      next: i + 1 < STAGES ? `Stage_${i + 1}` : null,
      steps: [{
        name: `Step_${i}`, kind: 'background' as const, flow: `Flow_${i}`, inputs: { recordId: '$Record.Id' },
        start: { mode: 'requirements' as const, requirements: [{ left: '$Record.Status', operator: 'EqualTo' as const, right: { string: i === 0 ? 'New' : `Step ${i - 1}` } }] },
      }],
    })),
  };
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const doc = orchestration();
  const scenario: Scenario = { format: 'stageflow.scenario', version: 1, record: { Id: '500SIM000000000001', Status: 'New', Priority: 'Low' } };
  const times: number[] = [];
  let elements = 0;
  let stages = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const trace = simulate(doc, scenario);
    const elapsed = performance.now() - started;
    elements = (trace.flowRuns ?? []).reduce((n, r) => n + r.elementsExecuted, 0);
    stages = Object.values(trace.stages).filter((s) => s.status === 'Completed').length;
    if (trace.run.status !== 'Completed' || stages !== STAGES || elements !== STAGES * ELEMENTS) {
      throw new Error(`expected ${STAGES} stages and ${STAGES * ELEMENTS} flow elements, got ${trace.run.status}, ${stages} stages, ${elements} elements`);
    }
    if (i >= 2) times.push(elapsed);
  }
  return [
    { name: 'simulate 100 stages, each step running a 20-element flow', value: Math.round(median(times) * 10) / 10, unit: 'ms', target: 500 },
    { name: 'simulate 100 stages × 20-element flows: stages completed', value: stages, unit: 'stages' },
    { name: 'simulate 100 stages × 20-element flows: flow elements executed', value: elements, unit: 'elements' },
  ];
}
