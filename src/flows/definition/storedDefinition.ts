/**
 * A catalog flow's stored `definition` read with the interpreter's schema, once per stored object:
 * the engine, the scenario editor and the run view all ask for the same definitions, and a
 * document's unchanged flows keep their objects across edits (documents are never mutated), so a
 * definition is checked once rather than on every edit or render.
 */
import type { FlowElement } from './elements';
import { FlowDefinition } from './flowDefinition';

const read = new WeakMap<object, FlowDefinition | null>();

/** The definition if it checks, else null (a catalog flow without one, or a stale or broken one). */
export function storedFlowDefinition(value: unknown): FlowDefinition | null {
  if (value === null || typeof value !== 'object') return null;
  let found = read.get(value);
  if (found === undefined) {
    const parsed = FlowDefinition.safeParse(value);
    found = parsed.success ? parsed.data : null;
    read.set(value, found);
  }
  return found;
}

/** Every element of the flows' definitions that check, with its flow's name, in catalog order. */
export function* definedElements(flows: readonly { name: string; definition?: unknown }[]): Generator<{ flow: string; element: FlowElement }> {
  for (const flow of flows) {
    const definition = storedFlowDefinition(flow.definition);
    if (!definition) continue;
    for (const element of Object.values(definition.elements)) yield { flow: flow.name, element };
  }
}
