/** Test helpers: small flow definitions written in a few lines. */
import { FLOW_DEFINITION_VERSION, type FlowDefinition, type FlowElement, type FlowVariable } from '../../definition';
import { SimulatedOrg, type FieldValue } from '../../org/simulatedOrg';
import { runFlow } from '../run';
import type { FlowRunResult, RunFlowOptions } from '../types';

/** A variable; `io` 'in' | 'out' | 'inout'. */
export function variable(name: string, dataType: string, extra: Partial<FlowVariable> & { io?: 'in' | 'out' | 'inout' } = {}): FlowVariable {
  const { io, ...rest } = extra;
  return { name, dataType, isCollection: false, isInput: io === 'in' || io === 'inout', isOutput: io === 'out' || io === 'inout', ...rest };
}

/** A flow whose start goes to the first element, with `parts` added. */
export function flowOf(elements: FlowElement[], parts: Partial<FlowDefinition> = {}): FlowDefinition {
  return {
    version: FLOW_DEFINITION_VERSION, processType: 'AutoLaunchedFlow', status: 'Active',
    start: elements[0] ? { connector: elements[0].name } : {},
    variables: [], constants: [], formulas: [], textTemplates: [], choices: [], dynamicChoiceSets: [],
    ...parts,
    elements: Object.fromEntries(elements.map((e) => [e.name, e])),
  };
}

/** Elements chained in order: each one's connector goes to the next (unless it says otherwise). */
export function chain(...elements: FlowElement[]): FlowElement[] {
  return elements.map((e, i) => ('connector' in e || !elements[i + 1] ? e : { ...e, connector: elements[i + 1]!.name }));
}

/** An org with `records` by object. */
export function orgWith(records: Record<string, Record<string, FieldValue>[]>): SimulatedOrg {
  return SimulatedOrg.from(records);
}

/** Runs and returns the result (a shorthand). */
export function run(definition: FlowDefinition, options: RunFlowOptions = {}): FlowRunResult {
  return runFlow(definition, { flowName: 'Test_Flow', ...options });
}
