/**
 * `decisions`: outcomes tested in order, the first whose conditions hold is taken, else the default.
 * Each outcome is then a Boolean resource (`{!Is_Big}`): true for the one taken, false for the others.
 */
import type { FlowCondition } from '../../definition';
import type { ElementBehavior } from '../behavior';
import { conditionHolds, conditionsHold, describeValue } from '../conditions';
import { FlowStop } from '../stop';
import type { DecisionCheck, DecisionRowNotMet } from '../types';

export const runDecision: ElementBehavior<'decision'> = (element, frame) => {
  const result = choose(element, frame);
  // each outcome is a Boolean resource: the one taken is true, the others false
  for (const rule of element.rules) frame.outcomes.set(rule.name.toLowerCase(), rule.name === result.outcome);
  if (frame.options.explainDecisions) frame.report.lastDecision = checkOf(element, frame, result.outcome);
  return result;
};

/** The outcomes tested before `taken`, each with its rows that do not hold and the values they read (why it was not met). */
function checkOf(element: Parameters<typeof runDecision>[0], frame: Parameters<typeof runDecision>[1], taken: string): DecisionCheck {
  const notMet: DecisionCheck['notMet'] = [];
  for (const rule of element.rules) {
    if (rule.name === taken) break;
    const rows = rule.conditions.filter((c) => rowHolds(frame, c) === false).map((c) => rowNotMet(frame, c));
    notMet.push({ outcome: rule.name, rows, ...(rows.length === 0 && rule.requiresChange ? { heldBefore: true as const } : {}) });
  }
  return { element: element.name, outcome: taken, notMet };
}

/** A row's result, read again for the report; null when it cannot be read (the decision's own reading decided without it). */
function rowHolds(frame: Parameters<typeof runDecision>[1], condition: FlowCondition): boolean | null {
  try {
    return conditionHolds(frame, condition);
  } catch (caught) {
    if (caught instanceof FlowStop) return null;
    throw caught;
  }
}

function rowNotMet(frame: Parameters<typeof runDecision>[1], condition: FlowCondition): DecisionRowNotMet {
  const right = condition.right;
  let expected: DecisionRowNotMet['expected'];
  if (right !== undefined && 'ref' in right) expected = describeValue(frame, right.ref);
  else {
    try { expected = frame.valueOf(right).value; } catch (caught) { if (!(caught instanceof FlowStop)) throw caught; }
  }
  return { left: condition.left, operator: condition.operator, value: describeValue(frame, condition.left), expected };
}

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
