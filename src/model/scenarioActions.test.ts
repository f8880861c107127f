import { describe, expect, it } from 'vitest';
import { Scenario } from './schema';

describe('scenario actions (Stageflow addition)', () => {
  it('accepts outputs and a fault per action element or action name', () => {
    // given
    const scenario = { format: 'stageflow.scenario', version: 1, actions: { Send_Welcome: { fault: 'mailbox full' }, ScoreLead: { outputs: { score: 87, grade: 'B' } } } };
    // when / then
    expect(Scenario.safeParse(scenario).success).toBe(true);
  });

  it('refuses a fault that is not text, at its path', () => {
    // given
    const scenario = { format: 'stageflow.scenario', version: 1, actions: { Send_Welcome: { fault: true } } };
    // when
    const result = Scenario.safeParse(scenario);
    // then
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['actions', 'Send_Welcome', 'fault']);
  });
});
