/**
 * Plans a big design's stages ahead of its drawing, a few stages per task (docs/canvas.md "Opening
 * a big design"). Mapping a design to nodes (toFlowElements.ts) happens inside one component's
 * render, which React cannot split: at 10,000 steps planning the 500 stage columns is most of a
 * 120 ms task. Each plan is remembered per stage object (layout/stagePlan.ts), so once they are all
 * made, here in tasks of STAGES_PER_TASK stages, the render only arranges the stages and builds
 * the node and edge objects. The store waits for this before the canvas draws the design
 * (`drawLater.ready`, store/createDocumentSlice.ts).
 */
import type { Orchestration, Problem } from '../model/types';
import { problemsByElement } from './elementProblems';
import { planStage, predecessorSide, type StagePlan } from './layout/stagePlan';
import { planContext } from './toFlowElements';
import { predecessorLinks } from './toFlowEdges';

/** Stages planned per task: 25 columns of 20 steps take about 5 ms once the code is warm, 15–25 ms cold. */
export const STAGES_PER_TASK = 25;

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
 * Plans every stage of `doc` as toFlowElements(doc, problems) will, STAGES_PER_TASK stages per
 * task (from the next task on), including the routes of predecessor links (toFlowEdges.ts);
 * resolves with the plans.
 */
export async function planInTasks(doc: Orchestration, problems: readonly Problem[], yieldTask: () => Promise<void> = nextTask): Promise<Map<string, StagePlan>> {
  const ctx = planContext(doc, problemsByElement(doc, problems));
  const plans = new Map<string, StagePlan>();
  for (let from = 0; from < doc.stages.length; from += STAGES_PER_TASK) {
    // the first stages too: the task that opened the design has read it and set the store
    await yieldTask();
    for (const stage of doc.stages.slice(from, from + STAGES_PER_TASK)) {
      const plan = planStage(ctx, stage);
      plans.set(stage.name, plan);
      for (const { step, predecessor } of predecessorLinks(stage)) predecessorSide(plan, predecessor, step.name);
    }
  }
  return plans;
}
