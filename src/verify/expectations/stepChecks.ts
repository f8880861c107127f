/** Checks of what happened to one step: its final status, that it never started, who it ran as, when. */
import type { Trace } from '../../model/types';
import type { ExpectationOf, RunView, Verdict } from './types';
import { own } from '../../model/ownKey';

type StepRun = Trace['steps'][string];

/** The reason a step is missing from the trace: the trace lists the steps of every stage that started. */
export const STAGE_NEVER_STARTED = 'its stage never started';

/**
 * Why `name` is not in the trace: its stage never started (named when the design is known), or —
 * when the design is known and has no such step — a typo, which fails whatever was expected.
 */
function absent(name: string, run: RunView): { known: boolean; reason: string } {
  if (!run.stageOfStep) return { known: true, reason: `${STAGE_NEVER_STARTED}, or the design has no such step` };
  const stage = run.stageOfStep.get(name);
  return stage === undefined ? { known: false, reason: `the design has no step "${name}"` } : { known: true, reason: `${STAGE_NEVER_STARTED} (stage "${stage}")` };
}

function missing(name: string, run: RunView): Verdict {
  const { known, reason } = absent(name, run);
  return { pass: false, actual: known ? `it never ran (${reason})` : reason };
}

/** Why the step is as it is: the trace's reason it did not start, or the message of its last failure. */
function whyOf(step: StepRun, name: string, trace: Trace): string | null {
  if (step.status === 'NotStarted') return step.why;
  if (step.status !== 'Error') return null;
  let message: string | undefined;
  for (const ev of trace.events) if (ev.type === 'stepErrored' && ev.step === name) message = ev.message;
  return message ? `it failed: ${message}` : null;
}

export function checkStepStatus(e: ExpectationOf<'stepStatus'>, run: RunView): Verdict {
  const step = own(run.trace.steps, e.step);
  if (!step) {
    const { known, reason } = absent(e.step, run);
    return known && e.status === 'NotStarted' ? { pass: true, actual: `it never started (${reason})` } : missing(e.step, run);
  }
  return { pass: step.status === e.status, actual: `it is ${step.status}`, why: whyOf(step, e.step, run.trace) };
}

export function checkNotStarted(e: ExpectationOf<'notStarted'>, run: RunView): Verdict {
  const step = own(run.trace.steps, e.step);
  if (!step) {
    const { known, reason } = absent(e.step, run);
    if (!known) return { pass: false, actual: reason };
    const reasonFits = e.why === undefined || reason.includes(e.why);
    return { pass: reasonFits, actual: reasonFits ? 'it never started' : 'it never started, for another reason', why: reason };
  }
  if (step.starts > 0) return { pass: false, actual: `it started${step.startedAt !== null ? ` at ${step.startedAt} ms` : ''} and is ${step.status}` };
  const reasonFits = e.why === undefined || (step.why ?? '').includes(e.why);
  return { pass: reasonFits, actual: reasonFits ? 'it never started' : 'it never started, for another reason', why: step.why };
}

export function checkRunAs(e: ExpectationOf<'runAs'>, run: RunView): Verdict {
  const step = own(run.trace.steps, e.step);
  if (!step) return missing(e.step, run);
  const runAs = step.runAs;
  if (!runAs) return { pass: false, actual: `it never ran as anyone (it is ${step.status})`, why: whyOf(step, e.step, run.trace) };
  const pass = runAs.user === e.user
    && (e.context === undefined || runAs.context === e.context)
    && (e.access === undefined || runAs.access === e.access);
  return { pass, actual: `it ran as ${runAs.user} (${runAs.context}, ${runAs.access ?? 'own access'})` };
}

export function checkStepTime(e: ExpectationOf<'stepTime'>, run: RunView): Verdict {
  const step = own(run.trace.steps, e.step);
  if (!step) return missing(e.step, run);
  const startedInTime = e.startedBy === undefined || (step.startedAt !== null && step.startedAt <= e.startedBy);
  const endedInTime = e.endedBy === undefined || (step.endedAt !== null && step.endedAt <= e.endedBy);
  const started = step.startedAt === null ? 'it never started' : `it started at ${step.startedAt} ms`;
  const ended = step.startedAt === null ? '' : step.endedAt === null ? ' and had not ended' : ` and ended at ${step.endedAt} ms`;
  return { pass: startedInTime && endedInTime, actual: `${started}${ended} (${step.status})`, why: whyOf(step, e.step, run.trace) };
}
