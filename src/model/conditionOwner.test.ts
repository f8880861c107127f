import { expect, it } from 'vitest';
import { evaluationFlowOwner, outcomeOwner, ownerAsThisCondition, stageExitOwner, stepConditionOwner } from './conditionOwner';
import { emptyOrchestration } from './factories';
import { namesInWords } from './messageNames';
import type { Orchestration } from './types';

it('reads every owner it words as "This condition", and leaves the rest of the message as it is', () => {
  const owners = [stageExitOwner('Triage'), stepConditionOwner('Review', 'start'), stepConditionOwner('Review', 'complete'), outcomeOwner('Large', 'Route'), evaluationFlowOwner('Needs_Tier_Two')];
  expect(owners).toEqual(['stage "Triage" (exit)', 'step "Review" (when to start)', 'step "Review" (when complete)', 'outcome "Large" of decision "Route"', 'evaluation flow "Needs_Tier_Two"']);
  for (const owner of owners) expect(ownerAsThisCondition(`${owner} has no requirements: add at least one`)).toBe('This condition has no requirements: add at least one');
});

it('returns a message that does not start with an owner unchanged', () => {
  expect(ownerAsThisCondition('condition logic "1 AND": expected a row number')).toBe('condition logic "1 AND": expected a row number');
  expect(ownerAsThisCondition('step "Review" has no flow')).toBe('step "Review" has no flow');
});

it('reads an owner the editor has named by its label, “Label” (API_Name), as "This condition" too', () => {
  // given the owners as model/messageNames.ts words them for the editor
  const design = {
    ...emptyOrchestration(),
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'Triage', label: 'Triage the case', exit: { requirements: [] }, steps: [{ name: 'Review', label: 'Manager review', kind: 'background', flow: 'F' }] }],
    decisions: [{ name: 'Route', label: 'Route the case', outcomes: [] }],
  } as unknown as Orchestration;
  const owners = [stageExitOwner('Triage'), stepConditionOwner('Review', 'start'), stepConditionOwner('Review', 'complete'), outcomeOwner('Large', 'Route')];
  const worded = owners.map((owner) => namesInWords(design, `${owner} has no requirements: add at least one`));
  expect(worded[1]).toBe('step “Manager review” (Review) (when to start) has no requirements: add at least one');
  // then each reads without its owner, as the panel about it says it
  for (const message of worded) expect(ownerAsThisCondition(message)).toBe('This condition has no requirements: add at least one');
});

it('reads an owner the panel\'s field notes have said once already ("this condition", an outcome without its decision) as "This condition" too', () => {
  // the field notes come after the panel's element (store/problems.ts, messageAfterPlace): its owner reads "this condition", an outcome's drops its decision
  expect(ownerAsThisCondition('this condition has no requirements: add at least one')).toBe('This condition has no requirements: add at least one');
  expect(ownerAsThisCondition('outcome "Large" has no requirements: add at least one')).toBe('This condition has no requirements: add at least one');
});
