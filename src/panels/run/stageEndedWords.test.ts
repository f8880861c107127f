import { expect, it } from 'vitest';
import { stageEndedText } from './stageEndedWords';

it('says how a step\'s stage ended as an admin would, not as a status field ("is Error")', () => {
  // given / when / then
  expect(stageEndedText('Reassign User Resources', 'Error')).toBe('Its stage “Reassign User Resources” ended in Error: a step that had not started by then does not start.');
  expect(stageEndedText('Ship', 'Completed')).toBe('Its stage “Ship” completed: a step that had not started by then does not start.');
  expect(stageEndedText('Ship', 'Canceled')).toBe('Its stage “Ship” was canceled: a step that had not started by then does not start.');
  expect(stageEndedText('Ship', null)).toBe('Its stage “Ship” completed: a step that had not started by then does not start.');
});
