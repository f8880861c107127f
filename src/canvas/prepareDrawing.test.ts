import { describe, expect, it } from 'vitest';
import { largeOrchestration } from '../model/testing/largeDocument';
import { planInTasks, TASK_BUDGET_MS } from './prepareDrawing';
import { toFlowElements } from './toFlowElements';

describe('planInTasks', () => {
  it('plans a big design in tasks of about TASK_BUDGET_MS, and the mapping then uses those plans', async () => {
    // given a design of 120 stages, with a problem on one step, and a clock that moves 7 ms per reading
    const doc = largeOrchestration(2_400, 20);
    const problems = [{ path: 'stages[3].steps[1].label', message: 'a label', severity: 'warning' as const }];
    let clock = 0;
    const now = () => (clock += 7);
    // when it is planned in tasks
    let yields = 0;
    const plans = await planInTasks(doc, problems, async () => { yields++; }, now);
    // then every stage was planned; a task plans stages until its budget is spent (the reading
    // after its ceil(budget / 7)th stage finds it spent), none in the task that asked
    expect(plans.size).toBe(doc.stages.length);
    const stagesPerTask = Math.ceil(TASK_BUDGET_MS / 7);
    expect(yields).toBe(Math.ceil(doc.stages.length / stagesPerTask));
    // and mapping the design with the same problems reuses each plan: its step nodes are the plans' own
    const { nodes } = toFlowElements(doc, problems);
    for (const stage of [doc.stages[0]!, doc.stages[3]!, doc.stages.at(-1)!]) {
      const step = nodes.find((n) => n.id === stage.steps[1]!.name);
      expect(step).toBe(plans.get(stage.name)!.stepNodes[1]);
    }
  });

  it('plans a design that fits the budget in one task after the one that asked', async () => {
    const doc = largeOrchestration(2_000, 20);
    let yields = 0;
    const plans = await planInTasks(doc, [], async () => { yields++; }, () => 0);
    expect(plans.size).toBe(100);
    expect(yields).toBe(1);
  });

  it('plans again what changed: other problems give other plans', async () => {
    const doc = largeOrchestration(400, 20);
    const plans = await planInTasks(doc, [], async () => undefined);
    const { nodes } = toFlowElements(doc, [{ path: 'stages[0].steps[0].label', message: 'now wrong', severity: 'error' }]);
    expect(nodes.find((n) => n.id === doc.stages[0]!.steps[0]!.name)).not.toBe(plans.get(doc.stages[0]!.name)!.stepNodes[0]);
    expect(nodes.find((n) => n.id === doc.stages[1]!.steps[0]!.name)).toBe(plans.get(doc.stages[1]!.name)!.stepNodes[0]);
  });
});
