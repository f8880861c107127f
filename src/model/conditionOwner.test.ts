import { expect, it } from 'vitest';
import { evaluationFlowOwner, outcomeOwner, ownerAsThisCondition, stageExitOwner, stepConditionOwner } from './conditionOwner';

it('reads every owner it words as "This condition", and leaves the rest of the message as it is', () => {
  const owners = [stageExitOwner('Triage'), stepConditionOwner('Review', 'start'), stepConditionOwner('Review', 'complete'), outcomeOwner('Large', 'Route'), evaluationFlowOwner('Needs_Tier_Two')];
  expect(owners).toEqual(['stage "Triage" (exit)', 'step "Review" (when to start)', 'step "Review" (when complete)', 'outcome "Large" of decision "Route"', 'evaluation flow "Needs_Tier_Two"']);
  for (const owner of owners) expect(ownerAsThisCondition(`${owner} has no requirements: add at least one`)).toBe('This condition has no requirements: add at least one');
});

it('returns a message that does not start with an owner unchanged', () => {
  expect(ownerAsThisCondition('condition logic "1 AND": expected a row number')).toBe('condition logic "1 AND": expected a row number');
  expect(ownerAsThisCondition('step "Review" has no flow')).toBe('step "Review" has no flow');
});
