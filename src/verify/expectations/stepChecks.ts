/** Checks of what happened to one step: its final status, that it never started, who it ran as, when. */
import type { Trace } from '../../model/types';
import type { ExpectationOf, RunView, Verdict } from './types';

type StepRun = Trace['steps'][string];

/** The reason a step is missing from the trace: the trace lists the steps of every stage that started. */
export const STAGE_NEVER_STARTED = 'its stage never started';

function missing(): Verdict {
  return { pass: false, actual: `it never ran (${STAGE_NEVER_STARTED}, or the design has no such step)` };
}

function whyOf(step: StepRun): string | null {
  return step.status === 'NotStarted' ? step.why : null;
}

export function checkStepStatus(e: ExpectationOf<'stepStatus'>, run: RunView): Verdict {
  const step = run.trace.steps[e.step];
  if (!step) return e.status === 'NotStarted' ? { pass: true, actual: `it never started (${STAGE_NEVER_STARTED})` } : missing();
  return { pass: step.status === e.status, actual: `it is ${step.status}`, why: whyOf(step) };
}

export function checkNotStarted(e: ExpectationOf<'notStarted'>, run: RunView): Verdict {
  const step = run.trace.steps[e.step];
  const why = step ? step.why : STAGE_NEVER_STARTED;
  const never = !step || step.starts === 0;
  if (!never) return { pass: false, actual: `it started${step.startedAt !== null ? ` at ${step.startedAt} ms` : ''} and is ${step.status}` };
  const reasonFits = e.why === undefined || (why ?? '').includes(e.why);
  return { pass: reasonFits, actual: reasonFits ? 'it never started' : 'it never started, for another reason', why };
}

export function checkRunAs(e: ExpectationOf<'runAs'>, run: RunView): Verdict {
  const step = run.trace.steps[e.step];
  if (!step) return missing();
  const runAs = step.runAs;
  if (!runAs) return { pass: false, actual: `it never ran as anyone (it is ${step.status})`, why: whyOf(step) };
  const pass = runAs.user === e.user
    && (e.context === undefined || runAs.context === e.context)
    && (e.access === undefined || runAs.access === e.access);
  return { pass, actual: `it ran as ${runAs.user} (${runAs.context}, ${runAs.access ?? 'own access'})` };
}

export function checkStepTime(e: ExpectationOf<'stepTime'>, run: RunView): Verdict {
  const step = run.trace.steps[e.step];
  if (!step) return missing();
  const startedInTime = e.startedBy === undefined || (step.startedAt !== null && step.startedAt <= e.startedBy);
  const endedInTime = e.endedBy === undefined || (step.endedAt !== null && step.endedAt <= e.endedBy);
  const started = step.startedAt === null ? 'it never started' : `it started at ${step.startedAt} ms`;
  const ended = step.startedAt === null ? '' : step.endedAt === null ? ' and had not ended' : ` and ended at ${step.endedAt} ms`;
  return { pass: startedInTime && endedInTime, actual: `${started}${ended} (${step.status})`, why: whyOf(step) };
}
