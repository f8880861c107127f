/** Test helpers: a flow file's text around some elements, and the definition read from it (failing loudly when it does not read). */
import type { FlowDefinition } from '../../../flows/definition';
import { readFlowDefinition } from '../readFlowDefinition';

/** `body` inside a `<Flow>` root, as a `.flow-meta.xml` file holds it. */
export const flowText = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">${body}</Flow>`;

/** The definition read from `text`; throws with the problems when it does not read. */
export function definitionOf(text: string): FlowDefinition {
  const read = readFlowDefinition(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.definition;
}
