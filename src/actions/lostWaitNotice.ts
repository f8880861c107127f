/**
 * What a paste says of the steps that lost their wait. A step pasted into a stage keeps waiting for
 * the step it waited for only when that step is copied along or is in the stage it lands in (a
 * step waits for a step of its own stage); otherwise its copy starts when its stage starts. That
 * went unsaid, where Move to stage says it (an editing walkthrough; docs/editor.md, *chosen*).
 */
import { elementLabel } from '../commands/queries';
import type { ClipboardFragment } from '../commands/clipboard';
import type { Orchestration } from '../model/types';
import type { PastePlan } from '../commands/pasteElements';

/** The notice for the loose steps of `fragment` whose copies in `plan` no longer wait, or null. */
export function lostWaitNotice(fragment: ClipboardFragment, plan: PastePlan, targetStage: string | null): string | null {
  const copies = plan.names.slice(plan.names.length - fragment.steps.length);
  const lost: string[] = [];
  fragment.steps.forEach((step, i) => {
    if (step.start?.mode !== 'stepCompleted') return;
    const copy = plan.doc.stages.flatMap((s) => s.steps).find((s) => s.name === copies[i]);
    if (copy && copy.start?.mode !== 'stepCompleted') lost.push(`“${step.label ?? step.name}” waited for “${labelIn(fragment, plan.doc, step.start.step)}”`);
  });
  if (lost.length === 0) return null;
  const where = targetStage ? ` “${elementLabel(plan.doc, targetStage)}”` : '';
  const copy = lost.length === 1 ? 'its copy starts' : 'their copies start';
  return `${lost.join('; ')}, which ${lost.length === 1 ? 'is' : 'are'} not in stage${where}: ${copy} when the stage starts.`;
}

/** The label of `name`, from the document or else the copied fragment. */
function labelIn(fragment: ClipboardFragment, doc: Orchestration, name: string): string {
  const copied = fragment.steps.find((s) => s.name === name);
  return copied ? (copied.label ?? copied.name) : elementLabel(doc, name);
}
