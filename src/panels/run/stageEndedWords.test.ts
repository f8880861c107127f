import { expect, it } from 'vitest';
import { stageEndedText } from './stageEndedWords';

it('says how a step\'s stage ended as an admin would, not as a status field ("is Error")', () => {
  // given / when / then
  expect(stageEndedText('Reassign User Resources', 'Error')).toBe('Its stage “Reassign User Resources” ended in Error: a step that had not started by then does not start.');
  expect(stageEndedText('Ship', 'Completed')).toBe('Its stage “Ship” completed: a step that had not started by then does not start.');
  expect(stageEndedText('Ship', 'Canceled')).toBe('Its stage “Ship” was canceled: a step that had not started by then does not start.');
  expect(stageEndedText('Ship', null)).toBe('Its stage “Ship” completed: a step that had not started by then does not start.');
});

it('names the failed steps that ended a stage in Error, before the step started (R17, as the engine\'s sentence does)', () => {
  // given / when / then
  expect(stageEndedText('Ship order', 'Error', ['Ask manager'])).toBe('Its stage “Ship order” ended in Error when step “Ask manager” failed, before this step started: a step that had not started by then does not start.');
  expect(stageEndedText('S', 'Error', ['Ask', 'Charge', 'Pack'])).toBe('Its stage “S” ended in Error when steps “Ask”, “Charge” and “Pack” failed, before this step started: a step that had not started by then does not start.');
  expect(stageEndedText('S', 'Completed', [])).toBe('Its stage “S” completed: a step that had not started by then does not start.');
});
