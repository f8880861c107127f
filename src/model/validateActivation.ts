/**
 * Checks Salesforce makes when an orchestration is activated, in an admin's words, each at its path:
 * - an interactive step needs the record its work item is about (`ActionInput__RecordId`, "Related
 *   Record ID"; error RELATED_RECORD_REQUIRED_WORK_ACTION in Salesforce);
 * - a step passes only inputs its flow declares, with values of the input's type;
 * - the variables an autolaunched orchestration reads get a value from somewhere.
 * Where the flow was read from a project its variables are known, so these are errors; for a
 * hand-made catalog entry (names only) they are warnings, so a sketch still runs.
 */
import { describeParameterType, hasKnownParameters, inputNames, inputParameter, typeOfDataType } from './flowParameters';
import { childPath } from './jsonPath';
import { looksLikeDottedReference, parseReference } from './references';
import type { Flow, FlowParameter, VariableType } from './types';
import type { StepEntry, ValidationContext } from './validateContext';
import { resolveReference } from './validateResolve';
import { inputText } from './inputValue';
import { ENGINE_INPUT_PREFIX, RELATED_RECORD_INPUT } from './engineInputs';


function report(ctx: ValidationContext, strict: boolean, path: string, message: string): void {
  if (strict) ctx.error(path, message);
  else ctx.warn(path, message);
}

// These take the step's entry and read its path (written when read) only once there is a problem.
function checkRelatedRecord(ctx: ValidationContext, entry: StepEntry, flow: Flow | undefined): void {
  const { step } = entry;
  if (step.kind !== 'interactive' || (step.inputs?.[RELATED_RECORD_INPUT] ?? '') !== '') return;
  const strict = flow !== undefined && hasKnownParameters(flow);
  const alsoFlow = flow && inputNames(flow).includes('recordId') ? `; its screen flow "${flow.name}" takes it as recordId too` : '';
  report(ctx, strict, childPath(childPath(entry.path, 'inputs'), RELATED_RECORD_INPUT),
    `interactive step "${step.name}" has no related record: Salesforce activates an orchestration only when each interactive step names the record its work item is about (Related Record ID, ${RELATED_RECORD_INPUT}, such as $Record.Id)${alsoFlow}`);
}

/** The type a literal input text has (R50 typed literals). */
function literalType(text: string): VariableType {
  if (text === 'true' || text === 'false') return 'Boolean';
  if (/^-?\d+(\.\d+)?$/.test(text)) return 'Number';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'Date';
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(text)) return 'DateTime';
  return 'Text';
}

function fits(expected: VariableType, given: VariableType, literal: boolean): boolean {
  if (expected === given) return true;
  // a text literal can be any text-like value (a picklist, an Id); a number literal fits text too
  if (expected === 'Text') return literal || given !== 'Record';
  if (literal && given === 'Text') return false;
  return (expected === 'DateTime' && given === 'Date');
}

/** Why `value` cannot go to the input `parameter`, or null. */
function inputTypeProblem(ctx: ValidationContext, parameter: FlowParameter, value: string, flow: Flow): string | null {
  const expected = typeOfDataType(parameter.dataType);
  if (expected === null || parameter.isCollection) return null;
  const isReference = looksLikeDottedReference(value) || ctx.variables.has(value) || ctx.formulas.has(value);
  let given: VariableType | null;
  if (isReference) {
    const resolution = resolveReference(ctx, value);
    given = resolution.ok && resolution.type !== 'Status' ? resolution.type : resolution.ok ? 'Text' : null;
  } else {
    given = literalType(value);
  }
  if (given === null || fits(expected, given, !isReference)) return null;
  const what = isReference ? `"${value}", a ${given} value` : `the ${given === 'Text' ? 'text' : given} literal "${value}"`;
  return `input "${parameter.name}" of flow "${flow.name}" is ${describeParameterType(parameter)}; it cannot take ${what}`;
}

function checkInputs(ctx: ValidationContext, entry: StepEntry, flow: Flow): void {
  if (!hasKnownParameters(flow)) return;
  for (const [name, value] of Object.entries(entry.step.inputs ?? {})) {
    if (name.startsWith(ENGINE_INPUT_PREFIX) || value === '') continue;
    const valuePath = childPath(childPath(entry.path, 'inputs'), name);
    const parameter = inputParameter(flow, name);
    if (!parameter) {
      const names = inputNames(flow);
      ctx.error(valuePath, `flow "${flow.name}" has no input variable "${name}" (available for input: ${names.join(', ') || 'none'}): Salesforce does not activate a step that passes it`);
      continue;
    }
    const problem = inputTypeProblem(ctx, parameter, inputText(value), flow);
    if (problem) ctx.error(valuePath, problem);
  }
}

/**
 * Which of `names` something reads (inputs, conditions, assignees), for the never-set warning. Only
 * the variables that would be warned about are looked for, and a text is parsed only when its first
 * name is one of them, so a large design with every variable set costs nothing here.
 */
function readVariables(ctx: ValidationContext, names: ReadonlySet<string>): Set<string> {
  const read = new Set<string>();
  if (names.size === 0) return read;
  const note = (text: string): void => {
    const dot = text.indexOf('.');
    if (!names.has(dot < 0 ? text : text.slice(0, dot))) return;
    const ref = parseReference(text);
    const head = ref?.kind === 'name' ? ref.name : ref?.kind === 'field' ? ref.variable : ref?.kind === 'status' ? ref.element : undefined;
    if (head !== undefined && names.has(head)) read.add(head);
  };
  const walk = (value: unknown, depth: number): void => {
    if (depth > 10) return;
    if (typeof value === 'string') note(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
    else if (typeof value === 'object' && value !== null) for (const [key, v] of Object.entries(value)) if (key !== 'extensions' && key !== 'outputs') walk(v, depth + 1);
  };
  walk(ctx.doc.stages, 0);
  walk(ctx.doc.decisions, 0);
  return read;
}

function assignedByOutputs(steps: Iterable<StepEntry>): Set<string> {
  const assigned = new Set<string>();
  for (const { step } of steps) for (const target of Object.values(step.outputs ?? {})) assigned.add(target.split('.')[0]!);
  return assigned;
}

/** An autolaunched orchestration's variables get a value from its launcher, a step output or a default. */
function checkVariableSources(ctx: ValidationContext): void {
  if (ctx.doc.trigger?.type === 'recordTriggered') return;
  const variables = ctx.doc.variables ?? [];
  // Only a variable that is neither an input nor given a default can be warned about: without one,
  // the steps' outputs need not be gathered (a list per step of a big design).
  if (!variables.some((v) => v.input !== true && (v.value === undefined || v.value === null))) return;
  const assigned = assignedByOutputs(ctx.stepEntries);
  const getsNoValue = (v: (typeof variables)[number]): boolean => v.input !== true && !assigned.has(v.name) && (v.value === undefined || v.value === null);
  const unset = new Set(variables.filter(getsNoValue).map((v) => v.name));
  const read = readVariables(ctx, unset);
  variables.forEach((variable, index) => {
    // A name another element (or an earlier variable) holds is an error of its own (validateNames):
    // what reads that name reads the other element (Create_Accounts.Status a step's status), not this variable.
    if (ctx.elements.get(variable.name)?.path !== childPath('variables', index)) return;
    if (!read.has(variable.name) || !getsNoValue(variable)) return;
    ctx.warn(childPath('variables', index), `variable "${variable.name}" is read but never gets a value: make it available for input, so that whoever launches the orchestration passes it, or map a step output to it`);
  });
}

/** Adds the activation problems of every step and of the orchestration's variables. */
export function validateActivation(ctx: ValidationContext): void {
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const entry = ctx.stepEntries[i]!;
    // only an interactive step or one with inputs has anything to check (most steps of a big design have neither)
    if (entry.step.kind !== 'interactive' && entry.step.inputs === undefined) continue;
    const flow = entry.step.flow === undefined ? undefined : ctx.flows.get(entry.step.flow)?.flow;
    checkRelatedRecord(ctx, entry, flow);
    if (flow) checkInputs(ctx, entry, flow);
  }
  checkVariableSources(ctx);
}
