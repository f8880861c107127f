/**
 * The Flow interpreter: a flow of 1,000 elements (assignments and decisions in a chain), and a loop
 * over a 10,000-record Get Records result with an assignment per item (a counter, a sum of a field,
 * the record added to a collection: 20,002 elements executed). Run by bench/run.ts (`npm run
 * bench`); targets 250 ms and 500 ms. The counts are printed beside the figures and checked.
 */
import { performance } from 'node:perf_hooks';
import { FLOW_DEFINITION_VERSION, type FlowDefinition, type FlowElement } from '../src/flows/definition';
import { runFlow } from '../src/flows/interpreter';
import { SimulatedOrg } from '../src/flows/org/simulatedOrg';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function definition(elements: FlowElement[], variables: FlowDefinition['variables']): FlowDefinition {
  return {
    version: FLOW_DEFINITION_VERSION, processType: 'AutoLaunchedFlow', status: 'Active', start: { connector: elements[0]!.name },
    variables, constants: [], formulas: [], textTemplates: [], choices: [], dynamicChoiceSets: [],
    elements: Object.fromEntries(elements.map((e) => [e.name, e])),
  };
}

const number = (name: string) => ({ name, dataType: 'Number', isCollection: false, isInput: false, isOutput: true });

/** 500 assignments and 500 decisions, alternating, each going to the next. */
function thousandElements(): FlowDefinition {
  const elements: FlowElement[] = [];
  for (let i = 0; i < 1000; i++) {
    const name = `E${i}`;
    const next = i < 999 ? `E${i + 1}` : undefined;
    elements.push(i % 2 === 0
      ? { kind: 'assignment', name, connector: next, items: [{ ref: 'total', operator: 'Add', value: { number: i } }] }
      : { kind: 'decision', name, rules: [{ name: `Big${i}`, logic: 'and', conditions: [{ left: 'total', operator: 'GreaterThan', right: { number: 1e12 } }], connector: next }], defaultConnector: next });
  }
  return definition(elements, [number('total')]);
}

/** Get 10,000 Cases, loop over them, one assignment per item. */
function loopOverRecords(): FlowDefinition {
  return definition([
    { kind: 'recordLookup', name: 'Get_Cases', object: 'Case', filters: [], getFirstRecordOnly: false, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [], connector: 'Each' },
    { kind: 'loop', name: 'Each', collection: 'Get_Cases', order: 'Asc', nextValue: 'Count', noMoreValues: undefined },
    { kind: 'assignment', name: 'Count', connector: 'Each', items: [
      { ref: 'count', operator: 'Add', value: { number: 1 } },
      { ref: 'hours', operator: 'Add', value: { ref: 'Each.Hours__c' } },
      { ref: 'seen', operator: 'Add', value: { ref: 'Each' } },
    ] },
  ], [number('count'), number('hours'), { name: 'seen', dataType: 'SObject', objectType: 'Case', isCollection: true, isInput: false, isOutput: false }]);
}

function timed(run: () => { elementsExecuted: number }, expected: number): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const result = run();
    const elapsed = performance.now() - started;
    if (result.elementsExecuted !== expected) throw new Error(`expected ${expected} elements executed, got ${result.elementsExecuted}`);
    if (i >= 2) times.push(elapsed);
  }
  return Math.round(median(times) * 10) / 10;
}

export default async function (): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  const big = thousandElements();
  const bigMs = timed(() => runFlow(big).run, 1000);
  const org = SimulatedOrg.from({ Case: Array.from({ length: 10_000 }, (_, i) => ({ Subject: `Case ${i}`, Hours__c: i % 7 })) });
  const loop = loopOverRecords();
  const executed = 1 + 10_001 + 10_000;
  const loopMs = timed(() => {
    const { run } = runFlow(loop, { org });
    if (run.outputs.count !== 10_000) throw new Error(`the loop counted ${String(run.outputs.count)} records`);
    return run;
  }, executed);
  return [
    { name: 'flow run, 1,000 elements', value: bigMs, unit: 'ms', target: 250 },
    { name: 'flow run, 1,000 elements: elements executed', value: 1000, unit: 'elements' },
    { name: 'flow run, loop over 10,000 records (3 assignments per item)', value: loopMs, unit: 'ms', target: 500 },
    { name: 'flow run, loop over 10,000 records: elements executed', value: executed, unit: 'elements' },
  ];
}
