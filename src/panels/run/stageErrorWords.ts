/**
 * What a stage that ended in Error says when it is selected in the run view: which of its steps
 * failed, with the engine's own message for each (its `stepErrored` events), which of its steps were
 * discontinued with it, and what that means for the stages after it — its fault path (R32), or, with
 * none, the run ended in Error and no later stage starts (R31). The panel said only "Stage status:
 * Error", so the admin had to find the failed step on the canvas to learn why.
 */
import type { Orchestration, TraceEvent } from '../../model/types';

/**
 * The sentences, as of trace event `index` (the moment shown): only events of the stage's latest
 * start count, so a retried stage speaks of its last failure.
 */
export function stageErrorText(events: readonly TraceEvent[], index: number, doc: Orchestration | null, stage: string, labelOf: (name: string) => string): string[] {
  const shown = events.slice(0, index + 1);
  // the stage's latest start (a retry starts it again, R34): earlier failures were retried
  let from = 0;
  for (let i = shown.length - 1; i >= 0; i--) {
    const e = shown[i]!;
    if (e.stage === stage && (e.type === 'stageStarted' || e.type === 'runRetried')) { from = i; break; }
  }
  const ofStage = shown.slice(from).filter((e) => e.stage === stage);
  const failed = ofStage.filter((e) => e.type === 'stepErrored' && e.step);
  const discontinued = ofStage.filter((e) => e.type === 'stepDiscontinued' && e.step).map((e) => `“${labelOf(e.step!)}”`);
  const out = failed.map((e) => `Step “${labelOf(e.step!)}” failed${e.message ? `: ${e.message.replace(/\.$/, '')}` : ''}.`);
  if (discontinued.length > 0) out.push(`Its other ${discontinued.length === 1 ? 'step' : 'steps'} in progress ${discontinued.length === 1 ? 'was' : 'were'} discontinued: ${discontinued.join(', ')}.`);
  const faultNext = doc?.stages.find((s) => s.name === stage)?.faultNext;
  if (faultNext) {
    const kind = doc?.stages.some((s) => s.name === faultNext) ? 'stage' : 'decision';
    out.push(`Its fault path leads to ${kind} “${labelOf(faultNext)}”: the run goes on there, and its steps that had not started never start.`);
  } else {
    out.push('It has no fault path, so the run ended in Error: no later stage starts, and its steps that had not started never start. Retry, under Act on the run, starts the failed steps again.');
  }
  return out;
}
