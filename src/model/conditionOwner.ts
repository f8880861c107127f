/**
 * Whose condition a validation message is about, worded as the message starts: `step "Review" (when
 * to start) has no requirements: add at least one`. The CLI and the Problems list need the owner;
 * a properties panel already about that element does not, and reads `ownerAsThisCondition`'s
 * "This condition has no requirements: add at least one". The owners are written and read here only,
 * so the two stay in step.
 */
export const stageExitOwner = (stage: string): string => `stage "${stage}" (exit)`;
export const stepConditionOwner = (step: string, which: 'start' | 'complete'): string => `step "${step}" (${which === 'start' ? 'when to start' : 'when complete'})`;
export const outcomeOwner = (outcome: string, decision: string): string => `outcome "${outcome}" of decision "${decision}"`;
export const evaluationFlowOwner = (flow: string): string => `evaluation flow "${flow}"`;

/**
 * An element's name in an owner: `"Review"` as the builders above write it, or `“Manager review”
 * (Review)` as the editor's problems read it once model/messageNames.ts has named it by its label —
 * the panel got that form, matched nothing, and said the step's name and "(when to start)" again.
 */
const NAMED = String.raw`(?:"[^"]*"|“[^”]*” \([A-Za-z][A-Za-z0-9_]*\))`;

/**
 * An owner as the builders above word it, at the start of a message; or as the panel's field notes
 * give it, after the panel's element (store/problems.ts): "this condition", or an outcome without
 * its decision ('outcome "Big" has no requirements').
 */
const OWNER = new RegExp(String.raw`^(?:stage ${NAMED} \(exit\)|step ${NAMED} \(when (?:to start|complete)\)|outcome "[^"]*"(?: of decision ${NAMED})?|evaluation flow "[^"]*"|this condition) `);

/** `message` with its leading owner read as "This condition" (a message without one is returned as it is). */
export function ownerAsThisCondition(message: string): string {
  return message.replace(OWNER, 'This condition ');
}

/** ownConditionAsThisCondition's patterns by element name, built once. Bounded. */
const OWN_CONDITION = new Map<string, RegExp>();

/**
 * `message` with a leading owner that is `element`'s own condition — its start or completion, a
 * stage's exit — read as "this condition", for text that has named the element and the field
 * already: the Run notice read 'Step “Welcome email” in stage “Accounts…” (When to start): step
 * “Welcome email” (Welcome_Email) (when to start) has no requirements…'. Another element's owner,
 * an outcome's or an evaluation flow's (which the place does not name) is left as it is.
 */
export function ownConditionAsThisCondition(message: string, element: string): string {
  // only a message opening with a stage's or step's owner that names the element can change: the
  // pattern is built for those alone (built for every message, it was a third of the time a big
  // design's first problem markers took: 3,100 problems, bench/markersFirstRun.ts)
  if (!(message.startsWith('stage ') || message.startsWith('step ')) || !(message.includes(' (exit) ') || message.includes(' (when ')) || !message.includes(element)) return message;
  let own = OWN_CONDITION.get(element);
  if (own === undefined) {
    if (OWN_CONDITION.size > 20_000) OWN_CONDITION.clear();
    const name = element.replace(/[^A-Za-z0-9_]/g, '\\$&');
    const named = String.raw`(?:"${name}"|“[^”]*” \(${name}\))`;
    own = new RegExp(String.raw`^(?:stage ${named} \(exit\)|step ${named} \(when (?:to start|complete)\)) `);
    OWN_CONDITION.set(element, own);
  }
  return message.replace(own, 'this condition ');
}

