/**
 * `$Flow.ActiveStages`: the stages relevant to the path a screen flow takes (its progress
 * indicator), a multi-select value of stage names. At the start it holds the stages marked "Active
 * by default" (`<isActive>`), in ascending `<stageOrder>`, and `$Flow.CurrentStage` is the first of
 * them; an Assignment changes it with Assign (replace), Add (append the stages not there yet) and
 * Remove (take stages out). Read, it is the names joined by `;` (blank when none is active).
 */
import type { FlowDefinition } from '../definition';
import type { FlowValue } from '../values';
import { unsupported } from './stop';

/** The flow's stages marked active by default, in ascending order (ties in the order declared). */
export function defaultActiveStages(definition: FlowDefinition): string[] {
  const stages = (definition.stages ?? []).map((stage, index) => ({ stage, index })).filter(({ stage }) => stage.isActive === true);
  stages.sort((a, b) => (a.stage.order ?? 0) - (b.stage.order ?? 0) || a.index - b.index);
  return stages.map(({ stage }) => stage.name);
}

/** The stage names a value stands for: a multi-select text (`Cart;Shipping`), a list of texts, or none for null. */
export function stageNamesOf(value: FlowValue): string[] {
  if (value.value === null) return [];
  const items = Array.isArray(value.value) ? (value.value as unknown[]) : String(value.value).split(';');
  return items.filter((item) => item !== null && item !== undefined).map((item) => String(item).trim()).filter((name) => name !== '');
}

const ADD = new Set(['Add', 'AddItem']);
const REMOVE = new Set(['Remove', 'RemoveAll', 'RemoveFirst']);

/**
 * The active stages after `operator` with `operand`: Assign replaces them; Add (AddItem) appends the
 * stages not active yet, in the order given; Remove (`RemoveAll`, `RemoveFirst`) takes the stages out.
 * Stages are compared case-insensitively, as resource names are. Any other operator is unsupported.
 */
export function changeActiveStages(current: readonly string[], operator: string, operand: FlowValue): string[] {
  const given = stageNamesOf(operand);
  const has = (list: readonly string[], name: string) => list.some((s) => s.toLowerCase() === name.toLowerCase());
  if (operator === 'Assign') return given.filter((name, i) => !has(given.slice(0, i), name));
  if (ADD.has(operator)) {
    const next = [...current];
    for (const name of given) if (!has(next, name)) next.push(name);
    return next;
  }
  if (REMOVE.has(operator)) return current.filter((name) => !has(given, name));
  throw unsupported(`the operator ${operator} on $Flow.ActiveStages is not simulated (Assign, Add and Remove are)`, { kind: operator });
}
