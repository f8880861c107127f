/**
 * A flow read from a project file → its entry in the orchestration's flow catalog (FORMAT "Flow",
 * with the Stageflow additions `source`, `apiVersion`, `parameters`, `definition`). The catalog's
 * `elements` use the words SEMANTICS R20 reads (`Action`, `Subflow`, `Wait` make a step async), so
 * sync/async is derived from what the flow really contains.
 */
import type { FlowDefinition, FlowElementKind, FlowValueSpec } from '../../flows/definition';
import type { Flow, FlowParameter, FlowType } from '../../model/types';
import { optional } from './optional';

export type FlowCatalogEntryResult = { ok: true; flow: Flow } | { ok: false; message: string };

const TYPES: Readonly<Record<string, FlowType>> = { AutoLaunchedFlow: 'autolaunched', Flow: 'screen', EvaluationFlow: 'evaluation' };

const RUN_MODES: Readonly<Record<string, NonNullable<Flow['runMode']>>> = {
  DefaultMode: 'default',
  SystemModeWithSharing: 'systemWithSharing',
  SystemModeWithoutSharing: 'systemWithoutSharing',
};

/** Element kind → the catalog's element word (the words of the catalog editor and of R20). */
export const CATALOG_ELEMENT_WORDS: Readonly<Record<Exclude<FlowElementKind, 'unsupported'>, string>> = {
  assignment: 'Assignment', decision: 'Decision', loop: 'Loop', recordLookup: 'GetRecords', recordCreate: 'RecordCreate',
  recordUpdate: 'RecordUpdate', recordDelete: 'RecordDelete', subflow: 'Subflow', actionCall: 'Action', wait: 'Wait',
  screen: 'Screen', collectionProcessor: 'CollectionProcessor', customError: 'CustomError', recordRollback: 'RecordRollback',
  transform: 'Transform',
};

/** `apexPluginCalls` → `ApexPluginCall`: the word for an element kind the interpreter does not run. */
function unsupportedWord(tag: string): string {
  const singular = tag.endsWith('s') ? tag.slice(0, -1) : tag;
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

/** The catalog's element words of a definition: each kind once, in order of first appearance. */
export function catalogElementWords(definition: FlowDefinition): string[] {
  const words = new Set<string>();
  for (const element of Object.values(definition.elements)) {
    words.add(element.kind === 'unsupported' ? unsupportedWord(element.tag) : CATALOG_ELEMENT_WORDS[element.kind]);
  }
  return [...words];
}

/** A literal default value as JSON; references and unsupported kinds give no default. */
function literal(value: FlowValueSpec | undefined): string | number | boolean | undefined {
  if (value === undefined) return undefined;
  if ('string' in value) return value.string;
  if ('number' in value) return value.number;
  if ('boolean' in value) return value.boolean;
  if ('date' in value) return value.date;
  if ('dateTime' in value) return value.dateTime;
  return undefined;
}

/** The flow's input and output variables as typed parameters, in declaration order. */
export function flowParameters(definition: FlowDefinition): FlowParameter[] {
  return definition.variables
    .filter((v) => v.isInput || v.isOutput)
    .map((v) => ({
      name: v.name,
      direction: v.isInput && v.isOutput ? 'inputOutput' : v.isInput ? 'input' : 'output',
      dataType: v.dataType,
      ...optional('objectType', v.objectType),
      ...(v.isCollection ? { isCollection: true } : {}),
      ...optional('defaultValue', literal(v.value)),
    }));
}

/**
 * The catalog entry of a flow read from `path` and called `name` (its API name: the file name
 * without `.flow-meta.xml`). Refused, with a sentence saying why, when the processType is not one a
 * step or condition can call (an orchestration, a Workflow process, …).
 */
export function flowCatalogEntry(definition: FlowDefinition, source: { name: string; path: string }): FlowCatalogEntryResult {
  const type = TYPES[definition.processType];
  if (type === undefined) {
    const what = definition.processType === 'Orchestrator' ? 'an orchestration' : `a flow of processType "${definition.processType}"`;
    return { ok: false, message: `${source.path} is ${what}, not an autolaunched, screen or evaluation flow that an orchestration can call` };
  }
  const runMode = RUN_MODES[definition.runInMode ?? 'DefaultMode'];
  const flow: Flow = {
    name: source.name,
    ...optional('label', definition.label?.slice(0, 255)),
    type,
    active: definition.status === 'Active',
    elements: catalogElementWords(definition),
    ...optional('runMode', runMode),
    inputs: definition.variables.filter((v) => v.isInput).map((v) => v.name),
    outputs: definition.variables.filter((v) => v.isOutput).map((v) => v.name),
    source: { path: source.path },
    ...optional('apiVersion', definition.apiVersion),
    parameters: flowParameters(definition),
    definition,
  };
  return { ok: true, flow };
}
