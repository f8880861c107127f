/**
 * `decisions`: outcomes tested in order, the first whose conditions hold is taken, else the default.
 * Each outcome is then a Boolean resource (`{!Is_Big}`): true for the one taken, false for the others.
 */
import type { ElementBehavior } from '../behavior';
import { conditionsHold } from '../conditions';

export const runDecision: ElementBehavior<'decision'> = (element, frame) => {
  const result = choose(element, frame);
  // each outcome is a Boolean resource: the one taken is true, the others false
  for (const rule of element.rules) frame.outcomes.set(rule.name.toLowerCase(), rule.name === result.outcome);
  return result;
};

function choose(element: Parameters<typeof runDecision>[0], frame: Parameters<typeof runDecision>[1]): { next: string | undefined; outcome: string } {
  for (const rule of element.rules) {
    if (rule.requiresChange) {
      // "Only if the record that triggered the flow was updated to meet the condition": without a
      // prior record (a create) it holds as the conditions do; with one, they must not have held before.
      if (!frame.options.recordPrior) { if (!conditionsHold(frame, rule.conditions, rule.logic, `${element.name}.${rule.name}`)) continue; }
      else if (!conditionsHold(frame, rule.conditions, rule.logic, `${element.name}.${rule.name}`) || heldBefore(frame, rule)) continue;
      return { next: rule.connector, outcome: rule.name };
    }
    if (conditionsHold(frame, rule.conditions, rule.logic, `${element.name}.${rule.name}`)) return { next: rule.connector, outcome: rule.name };
  }
  return { next: element.defaultConnector, outcome: 'default' };
};

/** Whether a rule's conditions held for `$Record__Prior` (conditions read `$Record.` rewritten to the prior record). */
function heldBefore(frame: Parameters<typeof runDecision>[1], rule: Parameters<typeof runDecision>[0]['rules'][number]): boolean {
  const prior = rule.conditions.map((c) => ({ ...c, left: c.left.replace(/^\$Record\./i, '$Record__Prior.') }));
  return conditionsHold(frame, prior, rule.logic, rule.name);
}
