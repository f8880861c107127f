/**
 * Resolving a resource reference (R50) against a document: what it names, its type when known
 * (R60 checks operators against it) and which value it reads (R13 warnings).
 */
import { RECORD_VARIABLE } from './names';
import { parseReference } from './references';
import type { ValidationContext } from './validateContext';
import type { VariableType } from './types';

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
const SHAPES = 'a variable, record.Field, Step.Status or Step.Outputs.name';

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

function resolveField(ctx: ValidationContext, variableName: string, field: string, text: string): Resolution {
  const variable = ctx.variables.get(variableName);
  if (!variable) {
    if (variableName === RECORD_VARIABLE && ctx.doc.trigger?.type === 'recordTriggered') return { ok: true, type: null, reads: text };
    const element = ctx.elements.get(variableName);
    if (element?.kind === 'step' || element?.kind === 'stage') {
      return { ok: false, message: `"${text}" is not a resource: a ${element.kind} offers ${variableName}.Status${element.kind === 'step' ? ` and ${variableName}.Outputs.<output>` : ''}` };
    }
    return { ok: false, message: `"${text}" refers to "${variableName}", which is not a variable of this orchestration` };
  }
  if (variable.type !== 'Record') return { ok: false, message: `"${text}" reads a field of "${variableName}", a ${variable.type} variable; only Record variables have fields` };
  const values = variable.value;
  if (!values) return { ok: true, type: null, reads: text };
  if (!Object.hasOwn(values, field)) {
    const known = Object.keys(values);
    return { ok: true, type: null, reads: text, warning: `"${field}" is not among the known fields of ${variableName} (${known.join(', ') || 'none'}); it reads as null unless the run sets it` };
  }
  return { ok: true, type: fieldTypeOf(values[field]), reads: text };
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

function resolveUncached(ctx: ValidationContext, text: string, scope: ReferenceScope): Resolution {
  const ref = parseReference(text);
  if (!ref) return { ok: false, message: `"${text}" is not a resource: use ${SHAPES}` };
  switch (ref.kind) {
    case 'name': {
      const variable = ctx.variables.get(ref.name);
      if (variable) return { ok: true, type: variable.type, reads: ref.name };
      if (scope.flowInputs?.has(ref.name)) return { ok: true, type: null, reads: null };
      const element = ctx.elements.get(ref.name);
      if (element) return { ok: false, message: `"${ref.name}" is a ${element.kind}, not a value: use ${ref.name}.Status for its status` };
      return { ok: false, message: `unknown resource "${ref.name}": no variable has this name` };
    }
    case 'status': {
      const element = ctx.elements.get(ref.element);
      if (element?.kind === 'step' || element?.kind === 'stage') return { ok: true, type: 'Status', reads: null };
      if (element?.kind === 'variable' || ref.element === RECORD_VARIABLE) return resolveField(ctx, ref.element, 'Status', text);
      if (element) return { ok: false, message: `"${ref.element}" is a decision; only steps and stages have a Status` };
      return { ok: false, message: `unknown step or stage "${ref.element}" in "${text}"` };
    }
    case 'output': {
      const entry = ctx.steps.get(ref.step);
      if (!entry) return { ok: false, message: `unknown step "${ref.step}" in "${text}"` };
      const flow = entry.step.flow === undefined ? undefined : ctx.flows.get(entry.step.flow)?.flow;
      if (flow && !(flow.outputs ?? []).includes(ref.output)) {
        return { ok: false, message: `step "${ref.step}" runs flow "${flow.name}", which has no output "${ref.output}" (outputs: ${(flow.outputs ?? []).join(', ') || 'none'})` };
      }
      return { ok: true, type: null, reads: null };
    }
    case 'field':
      return resolveField(ctx, ref.variable, ref.field, text);
  }
}
