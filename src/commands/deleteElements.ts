import type { Orchestration } from '../model/types';
import { defineCommand } from './command';
import { mapSteps, retarget, setLayout, STAGE_STARTS } from './edits';
import type { LinkRef } from './links';
import { findDecision, findStage, findStep } from './queries';
import { unlink } from './unlink';

export interface DeleteElementsParams {
  /** Stages, steps and decisions to delete. */
  names: readonly string[];
  /** Connectors to remove. */
  links?: readonly LinkRef[];
}

/** Steps that waited for a deleted step start with their stage again. */
function releaseWaiters(doc: Orchestration, gone: ReadonlySet<string>): Orchestration {
  return mapSteps(doc, (s) => (s.start?.mode === 'stepCompleted' && gone.has(s.start.step) ? { ...s, start: STAGE_STARTS } : s));
}

function deleteOne(doc: Orchestration, name: string, gone: Set<string>): Orchestration {
  const stage = findStage(doc, name);
  if (stage) {
    for (const step of stage.steps) gone.add(step.name);
    const follower = stage.next && stage.next !== name ? stage.next : null;
    const out = retarget({ ...doc, stages: doc.stages.filter((s) => s !== stage) }, name, follower);
    return setLayout(out, Object.fromEntries([name, ...stage.steps.map((s) => s.name)].map((n) => [n, null])));
  }
  const decision = findDecision(doc, name);
  if (decision) {
    const follower = decision.defaultNext && decision.defaultNext !== name ? decision.defaultNext : null;
    const out = retarget({ ...doc, decisions: (doc.decisions ?? []).filter((d) => d !== decision) }, name, follower);
    return setLayout(out, { [name]: null });
  }
  const at = findStep(doc, name);
  if (!at) return doc;
  const stages = doc.stages.map((s, i) => (i === at.stageIndex ? { ...s, steps: s.steps.filter((x) => x !== at.step) } : s));
  return setLayout({ ...doc, stages }, { [name]: null });
}

/**
 * Deletes elements and connectors as one edit. Deleting a stage or decision links what led to it
 * to what it led to; deleting a step returns the steps that waited for it to "when the stage starts".
 */
export const deleteElements = defineCommand<DeleteElementsParams>('elements.delete', 'Delete', (doc, p) => {
  let out = doc;
  for (const link of p.links ?? []) out = unlink(out, link);
  const gone = new Set<string>();
  for (const name of p.names) {
    const before = out;
    out = deleteOne(out, name, gone);
    if (out !== before) gone.add(name);
  }
  return gone.size ? releaseWaiters(out, gone) : out;
});
