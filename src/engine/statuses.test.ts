import { describe, expect, it } from 'vitest';
import { checkRunTransition, checkStageTransition, checkStepReset, checkStepTransition, IllegalTransitionError } from './statuses';

describe('status transition tables (SEMANTICS.md "Legal status transitions")', () => {
  it('allows the legal moves', () => {
    expect(() => checkRunTransition(null, 'InProgress')).not.toThrow();
    expect(() => checkRunTransition('Error', 'InProgress')).not.toThrow();
    expect(() => checkStageTransition('Completed', 'InProgress')).not.toThrow();
    expect(() => checkStepTransition('Discontinued', 'InProgress')).not.toThrow();
    expect(() => checkStepReset('Completed', true)).not.toThrow();
  });

  it('throws on illegal moves: nothing leaves Canceled, a Completed run is final, steps skip no state', () => {
    expect(() => checkRunTransition('Completed', 'InProgress')).toThrow(IllegalTransitionError);
    expect(() => checkRunTransition('Canceled', 'InProgress')).toThrow(IllegalTransitionError);
    expect(() => checkStageTransition('Canceled', 'InProgress')).toThrow(IllegalTransitionError);
    expect(() => checkStepTransition('NotStarted', 'Completed')).toThrow(IllegalTransitionError);
    expect(() => checkStepTransition('Completed', 'InProgress')).toThrow(IllegalTransitionError);
    expect(() => checkStepReset('Completed', false)).toThrow(IllegalTransitionError);
    expect(() => checkStepReset('InProgress', true)).toThrow(IllegalTransitionError);
  });
});
