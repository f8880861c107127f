/**
 * What a requirement row can read (R50, FORMAT "Requirement"): variables, record fields, step and
 * stage statuses and step outputs, each with the type that decides its operators and value input.
 */
import { RECORD, RECORD_PRIOR, fieldPathOf, parseReference } from '../../model/references';
import type { Flow, Orchestration, Variable } from '../../model/types';
import { referenceSites } from '../../model/referenceSites';
import { own } from '../../model/ownKey';

export type ResourceType = 'Text' | 'Number' | 'Boolean' | 'Date' | 'DateTime' | 'Status' | 'Record' | 'Unknown';

export type ResourceGroup = 'Variables' | 'Record fields' | 'Triggering record' | 'Step statuses' | 'Stage statuses' | 'Step outputs' | 'Flow inputs';

export interface ResourceOption {
  /** The reference written into the document, e.g. `hire.Department`. */
  ref: string;
  group: ResourceGroup;
  type: ResourceType;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The type of a record field from its sample value (null or absent: unknown). */
export function typeOfValue(value: unknown): ResourceType {
  if (typeof value === 'number') return 'Number';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string') return DATE.test(value) ? 'Date' : DATE_TIME.test(value) ? 'DateTime' : 'Text';
  return 'Unknown';
}

function variableOptions(v: Variable): ResourceOption[] {
  if (v.type !== 'Record') return [{ ref: v.name, group: 'Variables', type: v.type }];
  const fields = v.value ? Object.entries(v.value) : [];
  return fields.map(([field, value]) => ({ ref: `${v.name}.${field}`, group: 'Record fields' as const, type: typeOfValue(value) }));
}

/** Salesforce data types of flow variables (a project flow's `parameters`) as resource types. */
const SALESFORCE_TYPES: Readonly<Record<string, ResourceType>> = {
  String: 'Text', Picklist: 'Text', Multipicklist: 'Text', Number: 'Number', Currency: 'Number',
  Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime',
};

/** The type a flow declares for its output `name` (a flow read from a project knows it). */
function declaredType(flow: Flow | undefined, name: string): ResourceType {
  const parameter = flow?.parameters?.find((p) => p.name === name && p.direction !== 'input');
  if (!parameter || parameter.isCollection) return 'Unknown';
  return SALESFORCE_TYPES[parameter.dataType] ?? 'Unknown';
}

/**
 * The field a `$Record` option reads on the triggering record itself (`$Record.Status` → `Status`),
 * or null for `$Record__Prior` and for paths through a relationship (`$Record.Account.Rating`),
 * which read another record. Entry conditions and a scenario's triggering record take only these.
 */
export function ownRecordField(option: ResourceOption): string | null {
  const ref = parseReference(option.ref);
  return ref?.kind === 'field' && ref.variable === RECORD && ref.path.length === 1 ? ref.path[0]! : null;
}

/**
 * The paths the design reads of a Record variable (`curUser.Manager.Username` → `['Manager',
 * 'Username']`), in conditions, step inputs, evaluation-flow inputs and assignees.
 */
export function recordVariablePaths(doc: Orchestration, variable: string): string[][] {
  const paths: string[][] = [];
  for (const text of referenceTexts(doc)) {
    const ref = parseReference(text);
    // `curUser.Status` parses as a status reference: of a Record variable it is a field
    const field = ref ? fieldPathOf(ref) : null;
    if (field?.variable === variable) paths.push([...field.path]);
  }
  return paths;
}

/** Every reference text the document's conditions, step inputs, evaluation-flow inputs and assignees hold. */
function referenceTexts(doc: Orchestration): string[] {
  return referenceSites(doc).map((site) => site.text);
}

/**
 * `$Record` fields of a record-triggered orchestration, where they are known: those the trigger's
 * entry conditions test, those the document already reads (relationship paths included, so a field
 * used in one condition is offered in the next), and those the scenario's triggering record has
 * (with their sample types); `$Record__Prior` too when updates launch it.
 */
export function triggeringRecordOptions(doc: Orchestration, record: Readonly<Record<string, unknown>> | undefined): ResourceOption[] {
  const trigger = doc.trigger;
  if (trigger?.type !== 'recordTriggered') return [];
  const fields = new Map<string, ResourceType>();
  for (const filter of trigger.entryConditions?.filters ?? []) fields.set(filter.field, 'Unknown');
  for (const text of referenceTexts(doc)) {
    const ref = parseReference(text);
    if (ref?.kind === 'field' && (ref.variable === RECORD || ref.variable === RECORD_PRIOR)) fields.set(ref.path.join('.'), 'Unknown');
  }
  for (const [field, value] of Object.entries(record ?? {})) fields.set(field, typeOfValue(value));
  const sorted = [...fields].sort(([a], [b]) => a.localeCompare(b));
  const options = sorted.map(([field, type]) => ({ ref: `$Record.${field}`, group: 'Triggering record' as const, type }));
  if (trigger.when === 'update' || trigger.when === 'createAndUpdate') {
    options.push(...sorted.map(([field, type]) => ({ ref: `$Record__Prior.${field}`, group: 'Triggering record' as const, type })));
  }
  return options;
}

/**
 * Every resource a requirement in `doc` can read, in picker order. `extraInputs` adds the inputs
 * of an evaluation flow whose own condition is being edited (R22); `record` is the scenario's
 * triggering record, whose fields a record-triggered orchestration reads as `$Record.Field`.
 */
export function resourceOptions(doc: Orchestration, extraInputs: readonly string[] = [], record?: Readonly<Record<string, unknown>>): ResourceOption[] {
  const options: ResourceOption[] = [];
  for (const input of extraInputs) options.push({ ref: input, group: 'Flow inputs', type: 'Unknown' });
  for (const v of doc.variables ?? []) options.push(...variableOptions(v));
  options.push(...triggeringRecordOptions(doc, record));
  const variables = new Map((doc.variables ?? []).map((v) => [v.name, v.type] as const));
  const flows = new Map((doc.flows ?? []).map((f) => [f.name, f] as const));
  for (const stage of doc.stages) {
    for (const step of stage.steps) options.push({ ref: `${step.name}.Status`, group: 'Step statuses', type: 'Status' });
  }
  for (const stage of doc.stages) options.push({ ref: `${stage.name}.Status`, group: 'Stage statuses', type: 'Status' });
  for (const stage of doc.stages) {
    for (const step of stage.steps) {
      const outputs = (step.flow && flows.get(step.flow)?.outputs) || [];
      for (const output of outputs) {
        const target = own(step.outputs, output);
        const targetType = target ? variables.get(target) : undefined;
        const type: ResourceType = targetType && targetType !== 'Record' ? targetType : declaredType(step.flow ? flows.get(step.flow) : undefined, output);
        options.push({ ref: `${step.name}.Outputs.${output}`, group: 'Step outputs', type });
      }
    }
  }
  return onceEach(options);
}

/**
 * Each reference once: a design that declares a `$Record` Record variable offers its fields both
 * as record fields and as the triggering record's. The one with a known type is kept (the first
 * when both or neither are known), where it stands.
 */
function onceEach(options: readonly ResourceOption[]): ResourceOption[] {
  const kept = new Map<string, ResourceOption>();
  for (const option of options) {
    const previous = kept.get(option.ref);
    if (!previous || (previous.type === 'Unknown' && option.type !== 'Unknown')) kept.set(option.ref, option);
  }
  return options.filter((option) => kept.get(option.ref) === option);
}

/** The type of `ref` among `options`; unknown when it is not offered. */
export function typeOfResource(options: readonly ResourceOption[], ref: string): ResourceType {
  return options.find((o) => o.ref === ref)?.type ?? 'Unknown';
}
