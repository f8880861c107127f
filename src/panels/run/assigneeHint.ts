/**
 * Where the admin gives the value a failed interactive step's assignee read nothing from: the
 * engine says "the assignee curUser.Username has no value (null)", and a real project's first run
 * ends there at 0 ms — User deactivation's `curUser`, an input its launcher passes, and the
 * recruiting demo's `$Record.Owner:User.Username`, the triggering record's owner. Both are given in
 * Scenarios (Launch, Triggering record), which the sentence did not say (docs/scenarios.md, "A first
 * run of a real project").
 */
import type { Orchestration, Scenario } from '../../model/types';

/** The reference of the engine's "the assignee … has no value" (engine words, kept as they are). */
const NO_VALUE = /^the assignee (\S+) has no value\b/;

/** The sentence saying where to give the assignee's value, or null when it is not read from the scenario's launch or record. */
export function assigneeHint(doc: Orchestration, scenario: Scenario | null, message: string | undefined): string | null {
  const ref = NO_VALUE.exec(message ?? '')?.[1];
  if (ref === undefined) return null;
  const head = ref.split(/[.:]/)[0]!;
  if (head.toLowerCase() === '$record' && doc.trigger?.type === 'recordTriggered') {
    return `${ref} is read from the triggering record, and the scenario's has no value there: give it in Scenarios, under Triggering record ($Record).`;
  }
  const variable = (doc.variables ?? []).find((v) => v.name === head && v.input === true);
  if (!variable) return null;
  const passed = Object.prototype.hasOwnProperty.call(scenario?.inputs ?? {}, head);
  return passed
    ? `${head} is an input variable of the orchestration, and the value the scenario passes has none at ${ref}: give it in Scenarios, under Launch.`
    : `${head} is an input variable of the orchestration, which its launcher passes, and the scenario passes none: give it in Scenarios, under Launch.`;
}
