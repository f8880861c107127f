import { expect, it } from 'vitest';
import { drawnStepOrder } from './drawnStepOrder';

it('notifies its readers when a stage\'s order changes, and not when a publication repeats it', () => {
  // given
  drawnStepOrder.publish(new Map([['A', ['S1', 'S2']]]));
  let calls = 0;
  const stop = drawnStepOrder.subscribe(() => calls++);
  // when: the same order again (an edit that moved no card), then a card moved above another, then a stage added
  drawnStepOrder.publish(new Map([['A', ['S1', 'S2']]]));
  const kept = drawnStepOrder.get();
  drawnStepOrder.publish(new Map([['A', ['S2', 'S1']]]));
  drawnStepOrder.publish(new Map([['A', ['S2', 'S1']], ['B', []]]));
  stop();
  drawnStepOrder.publish(new Map());
  // then
  expect(kept.get('A')).toEqual(['S1', 'S2']);
  expect(calls).toBe(2);
  expect(drawnStepOrder.get().size).toBe(0);
});
