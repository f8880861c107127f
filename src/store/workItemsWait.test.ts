import { describe, expect, it } from 'vitest';
import type { Orchestration, Scenario } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore } from './appStore';

/** One stage, one interactive step assigned to `ops`. */
const review: Orchestration = {
  format: 'stageflow.orchestration', version: 1, name: 'Review_Request', label: 'Review a request', apiVersion: 63,
  trigger: { type: 'autolaunched', launchedBy: 'ops', runContext: 'user' },
  users: [{ username: 'ops', active: true }],
  flows: [{ name: 'Review_Screen', type: 'screen', active: true, elements: ['Screen'], behavior: { durationMs: 1000 } }],
  stages: [{ name: 'Review', steps: [{ name: 'Approve', kind: 'interactive', flow: 'Review_Screen', assignee: { type: 'user', name: 'ops' } }] }],
} as unknown as Orchestration;

async function runShown(scenarios: Scenario[]) {
  const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
  store.getState().openUnsavedDesign(review, scenarios);
  expect(validateOrchestration(review).filter((p) => p.severity === 'error')).toEqual([]);
  expect(store.getState().startRun()).toBe(true);
  await expect.poll(() => store.getState().runPhase, { timeout: 15_000 }).toBe('ready'); // the engine loads on first use
  return store;
}

const types = (store: Awaited<ReturnType<typeof runShown>>) => store.getState().trace!.events.map((e) => e.type);

describe('interactive steps in the run view', () => {
  it('wait for the user under the default scenario (R23: it turns the simulator\'s own closing off)', async () => {
    // given a design opened without scenarios
    const store = await runShown([]);
    // then the work item is assigned and stays open
    expect(store.getState().scenarios[0]?.autoCompleteWorkItems).toBe(false);
    expect(types(store)).toContain('workItemAssigned');
    expect(types(store)).not.toContain('workItemCompleted');
    expect(store.getState().trace!.steps.Approve?.status).toBe('InProgress');
    // when the user completes it (as the node's "Complete work item" does) at the moment shown
    store.getState().player!.toEnd();
    await store.getState().intervene({ type: 'completeWorkItem', step: 'Approve' });
    // then the run goes on from there, as the assignee
    await expect.poll(() => store.getState().trace?.steps.Approve?.status, { timeout: 15_000 }).toBe('Completed');
    expect(store.getState().trace!.events.find((e) => e.type === 'workItemCompleted')?.by).toBe('ops');
  });

  it('are completed when the scenario completes them (the simulator closes them unless told not to)', async () => {
    // given a scenario that leaves R23's default on
    const store = await runShown([{ format: 'stageflow.scenario', version: 1, name: 'Unattended', events: [] }]);
    // then
    expect(types(store)).toContain('workItemCompleted');
    expect(store.getState().trace!.steps.Approve?.status).toBe('Completed');
  });
});
