/**
 * Plans a big design's stages ahead of its drawing, a few stages per task (docs/canvas.md "Opening
 * a big design"). Mapping a design to nodes (toFlowElements.ts) happens inside one component's
 * render, which React cannot split: at 10,000 steps planning the 500 stage columns is most of a
 * 120 ms task. Each plan is remembered per stage object (layout/stagePlan.ts), so once they are all
 * made, here in tasks of about TASK_BUDGET_MS each, the render only arranges the stages and builds
 * the node and edge objects. The store waits for this before the canvas draws the design
 * (`drawLater.ready`, store/createDocumentSlice.ts).
 */
import type { Orchestration, Problem } from '../model/types';
import { problemsByElement } from './elementProblems';
import { planStage, predecessorSide, type StagePlan } from './layout/stagePlan';
import { planContext } from './toFlowElements';
import { predecessorLinks } from './toFlowEdges';

/**
 * How long one task of planning may run before it yields: short enough that 10,000 steps open
 * without a long task over 200 ms, long enough that 2,000 steps are planned in a task or two
 * (a fixed 25 stages a task gave 2,000 steps four tasks, and the gaps between them).
 */
export const TASK_BUDGET_MS = 30;

/** Resolves in a task of its own, without the 4 ms clamp nested timeouts get. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Plans every stage of `doc` as toFlowElements(doc, problems) will, in tasks of about
 * TASK_BUDGET_MS (from the next task on), including the routes of predecessor links
 * (toFlowEdges.ts); resolves with the plans.
 */
export async function planInTasks(
  doc: Orchestration,
  problems: readonly Problem[],
  yieldTask: () => Promise<void> = nextTask,
  now: () => number = () => performance.now(),
): Promise<Map<string, StagePlan>> {
  const ctx = planContext(doc, problemsByElement(doc, problems));
  const plans = new Map<string, StagePlan>();
  // the first stages too: the task that opened the design has read it and set the store
  await yieldTask();
  let taskStart = now();
  for (let i = 0; i < doc.stages.length; i++) {
    const stage = doc.stages[i]!;
    const plan = planStage(ctx, stage);
    plans.set(stage.name, plan);
    for (const { step, predecessor } of predecessorLinks(stage)) predecessorSide(plan, predecessor, step.name);
    if (i < doc.stages.length - 1 && now() - taskStart >= TASK_BUDGET_MS) {
      await yieldTask();
      taskStart = now();
    }
  }
  return plans;
}
