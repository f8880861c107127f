/**
 * Resolving a resource reference (R50) against a document: what it names, its type when known
 * (R60 checks operators against it) and which value it reads (R13 warnings). Salesforce's syntax:
 * relationship paths, `$Record__Prior`, `$User.*`, `$Flow.*`, `$GlobalConstant.*`,
 * `$Orchestration.Instance`, record outputs (`Step.Outputs.user.Id`) and formula resources.
 */
import { hasKnownParameters, outputNames, outputParameter, typeOfDataType } from './flowParameters';
import { resolveGlobal, SIMULATED_GLOBALS } from './globalResources';
import { closestName } from './closestName';
import { RECORD_VARIABLE } from './names';
import { firstFieldOf, parseReference, RECORD_PRIOR, type Reference } from './references';
import type { ValidationContext } from './validateContext';
import type { FormulaType, VariableType } from './types';

/** The type of a resource; `Status` is a step or stage status (text with fixed values); null: unknown. */
export type ResourceType = VariableType | 'Status' | null;

export type Resolution =
  | { ok: true; type: ResourceType; reads: string | null; warning?: string }
  | { ok: false; message: string };

export interface ReferenceScope {
  /** Input names of the evaluation flow whose condition is being checked: readable by name. */
  flowInputs?: ReadonlySet<string>;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;
const SHAPES = 'a variable, a formula, record.Field (relationships such as $Record.Owner.Email), Step.Status, Step.Outputs.name or a global such as $User.Username';

/**
 * The type of a record field, judged from its value in the document: numbers, booleans and text
 * are typed; null and date-like text are unknown (a date could be stored as text).
 */
export function fieldTypeOf(value: unknown): ResourceType {
  if (typeof value === 'number') return 'Number';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string') return DATE_LIKE.test(value) ? null : 'Text';
  return null;
}

function formulaType(type: FormulaType): VariableType {
  return type === 'Currency' ? 'Number' : type;
}

/** True when `$Record` and `$Record__Prior` exist implicitly (a record-triggered orchestration). */
function recordTriggered(ctx: ValidationContext): boolean {
  return ctx.doc.trigger?.type === 'recordTriggered';
}

/** What would be valid instead of `name`: the closest resource name, or a few of them. */
function knownResources(ctx: ValidationContext, name: string): string {
  const names = [...ctx.variables.keys(), ...ctx.formulas.keys()];
  if (recordTriggered(ctx)) names.push(RECORD_VARIABLE, RECORD_PRIOR);
  const unique = [...new Set(names)];
  const close = closestName(name, unique);
  if (close !== undefined) return `did you mean "${close}"?`;
  if (unique.length === 0) return 'this orchestration has no variables or formulas';
  const shown = unique.slice(0, 8).join(', ');
  return `resources: ${shown}${unique.length > 8 ? `, and ${unique.length - 8} more` : ''}`;
}

function resolveField(ctx: ValidationContext, variableName: string, path: readonly string[], text: string): Resolution {
  const reads = `${variableName}.${firstFieldOf(path)}`;
  const variable = ctx.variables.get(variableName);
  if (!variable) {
    if ((variableName === RECORD_VARIABLE || variableName === RECORD_PRIOR) && recordTriggered(ctx)) return { ok: true, type: null, reads };
    if (variableName === RECORD_PRIOR) return { ok: false, message: `"${text}" reads ${RECORD_PRIOR}, which exists only in a record-triggered orchestration (the record's values before the save)` };
    if (variableName === RECORD_VARIABLE) return { ok: false, message: `"${text}" reads ${RECORD_VARIABLE}, the triggering record, which exists only in a record-triggered orchestration` };
    const element = ctx.elements.get(variableName);
    if (element?.kind === 'step' || element?.kind === 'stage') {
      return { ok: false, message: `"${text}" is not a resource: a ${element.kind} offers ${variableName}.Status${element.kind === 'step' ? ` and ${variableName}.Outputs.<output>` : ''}` };
    }
    if (element?.kind === 'formula') return { ok: false, message: `"${text}" reads a field of "${variableName}", a formula; only Record variables have fields` };
    return { ok: false, message: `"${text}" refers to "${variableName}", which is not a variable of this orchestration (${knownResources(ctx, variableName)})` };
  }
  if (variable.type !== 'Record') return { ok: false, message: `"${text}" reads a field of "${variableName}", a ${variable.type} variable; only Record variables have fields` };
  const values = variable.value;
  if (!values || path.length > 1) return { ok: true, type: null, reads };
  const field = path[0]!;
  if (!Object.hasOwn(values, field)) {
    const known = Object.keys(values);
    return { ok: true, type: null, reads, warning: `"${field}" is not among the known fields of ${variableName} (${known.join(', ') || 'none'}); it reads as null unless the run sets it` };
  }
  return { ok: true, type: fieldTypeOf(values[field]), reads };
}

function resolveName(ctx: ValidationContext, name: string, scope: ReferenceScope): Resolution {
  const variable = ctx.variables.get(name);
  if (variable) return { ok: true, type: variable.type, reads: name };
  const formula = ctx.formulas.get(name);
  if (formula) return { ok: true, type: formulaType(formula.type), reads: null };
  if (scope.flowInputs?.has(name)) return { ok: true, type: null, reads: null };
  if ((name === RECORD_VARIABLE || name === RECORD_PRIOR) && recordTriggered(ctx)) return { ok: true, type: 'Record', reads: name };
  const element = ctx.elements.get(name);
  if (element) return { ok: false, message: `"${name}" is a ${element.kind}, not a value: use ${name}.Status for its status` };
  return { ok: false, message: `unknown resource "${name}": nothing in this orchestration has this name (${knownResources(ctx, name)})` };
}

function resolveOutput(ctx: ValidationContext, ref: Extract<Reference, { kind: 'output' }>, text: string): Resolution {
  const entry = ctx.steps.get(ref.step);
  if (!entry) {
    const element = ctx.elements.get(ref.step);
    if (element) return { ok: false, message: `"${ref.step}" is a ${element.kind}; only steps have outputs ("${text}")` };
    const close = closestName(ref.step, ctx.steps.keys());
    return { ok: false, message: `unknown step "${ref.step}" in "${text}"${close === undefined ? '' : ` (did you mean "${close}"?)`}` };
  }
  const flow = entry.step.flow === undefined ? undefined : ctx.flows.get(entry.step.flow)?.flow;
  if (!flow) return { ok: true, type: null, reads: null };
  const outputs = outputNames(flow);
  if (!outputs.includes(ref.output)) {
    return { ok: false, message: `step "${ref.step}" runs flow "${flow.name}", which has no output "${ref.output}" (outputs: ${outputs.join(', ') || 'none'})` };
  }
  if (!hasKnownParameters(flow)) return { ok: true, type: null, reads: null };
  const parameter = outputParameter(flow, ref.output)!;
  const type = parameter.isCollection ? null : typeOfDataType(parameter.dataType);
  if (ref.path.length === 0) return { ok: true, type, reads: null };
  if (type !== 'Record') {
    return { ok: false, message: `"${text}" reads a field of output "${ref.output}" of flow "${flow.name}", which is ${parameter.isCollection ? 'a collection' : `a ${parameter.dataType}`}; only a record output has fields` };
  }
  return { ok: true, type: null, reads: null };
}

function resolveStatus(ctx: ValidationContext, elementName: string, text: string): Resolution {
  const element = ctx.elements.get(elementName);
  if (element?.kind === 'step' || element?.kind === 'stage') return { ok: true, type: 'Status', reads: null };
  // R50: on a Record variable, Status is the record's field like any other
  if (element?.kind === 'variable') return resolveField(ctx, elementName, ['Status'], text);
  if (element) return { ok: false, message: `"${elementName}" is a ${element.kind}; only steps, stages and Record variables have a Status` };
  const close = closestName(elementName, ctx.elements.keys());
  return { ok: false, message: `unknown step, stage or record variable "${elementName}" in "${text}"${close === undefined ? '' : ` (did you mean "${close}"?)`}` };
}

const cache = new WeakMap<ValidationContext, Map<string, Resolution>>();

/** What `text` names, or why it names nothing (memoised per document: the same texts recur). */
export function resolveReference(ctx: ValidationContext, text: string, scope: ReferenceScope = {}): Resolution {
  if (scope.flowInputs) return resolveUncached(ctx, text, scope);
  let known = cache.get(ctx);
  if (!known) cache.set(ctx, (known = new Map()));
  let resolution = known.get(text);
  if (!resolution) known.set(text, (resolution = resolveUncached(ctx, text, scope)));
  return resolution;
}

/** Flow Builder's internal id of an element (a GUID), which real files sometimes keep in a reference. */
const ELEMENT_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[A-Za-z][A-Za-z0-9_]*)+$/i;

function resolveUncached(ctx: ValidationContext, text: string, scope: ReferenceScope): Resolution {
  const ref = parseReference(text);
  if (!ref && ELEMENT_GUID.test(text)) {
    // Salesforce accepted such files (e.g. an entry condition on "<guid>.Status"); here it names nothing
    return { ok: true, type: null, reads: null, warning: `"${text}" refers to an element by Flow Builder's internal id, which names no element of this orchestration: it reads as null in the simulation (choose the step by its API name)` };
  }
  if (!ref) return { ok: false, message: `"${text}" is not a resource: use ${SHAPES}` };
  switch (ref.kind) {
    case 'name':
      return resolveName(ctx, ref.name, scope);
    case 'status':
      return resolveStatus(ctx, ref.element, text);
    case 'output':
      return resolveOutput(ctx, ref, text);
    case 'field':
      return resolveField(ctx, ref.variable, ref.path, text);
    case 'global': {
      const global = resolveGlobal(ref.scope, ref.path);
      if (!global.ok) return global;
      if (!global.simulated) return { ok: true, type: null, reads: null, warning: `the simulator does not know ${ref.scope} values: "${text}" reads as null (simulated globals: ${SIMULATED_GLOBALS.join(', ')})` };
      return { ok: true, type: global.type, reads: null };
    }
  }
}
