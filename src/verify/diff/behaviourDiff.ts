/**
 * What two versions of a design do differently under the same scenario: the run's status and end,
 * stages and steps that now start later, earlier or never, different run-as users, different
 * decision outcomes, changed final statuses, elements added or removed. Side by side (old, new),
 * in words, never a text diff of the files.
 */
import type { Orchestration, RunAsIdentity, Trace } from '../../model/types';
import { own } from '../../model/ownKey';

export type ChangeAspect = 'status' | 'endedAt' | 'stalled' | 'stoppedBy' | 'presence' | 'start' | 'runAs' | 'outcome';

/** One difference in behaviour. */
export interface BehaviourChange {
  kind: 'run' | 'stage' | 'step' | 'decision';
  /** The stage, step or decision; null for the run itself. */
  element: string | null;
  aspect: ChangeAspect;
  /** The old and the new behaviour, in words ("at 4500 ms", "never started", "jdoe (system, withoutSharing)"). */
  old: string;
  new: string;
  /** A start or end that moved: new − old, in virtual ms (positive: later). */
  deltaMs?: number;
}

const NEVER = 'never started';
const ABSENT = 'not in this version';

const at = (t: number | null | undefined): string => (t === null || t === undefined ? NEVER : `at ${t} ms`);

function identity(runAs: RunAsIdentity | null | undefined): string {
  return runAs ? `${runAs.user} (${runAs.context}, ${runAs.access ?? 'own access'})` : 'nobody';
}

function ordered(oldNames: readonly string[], newNames: readonly string[]): string[] {
  const seen = new Set(newNames);
  return [...newNames, ...oldNames.filter((n) => !seen.has(n))];
}

function presence(kind: BehaviourChange['kind'], element: string, inOld: boolean, inNew: boolean): BehaviourChange | null {
  if (inOld === inNew) return null;
  return { kind, element, aspect: 'presence', old: inOld ? 'present' : ABSENT, new: inNew ? 'present' : ABSENT };
}

function runChanges(before: Trace, after: Trace): BehaviourChange[] {
  const out: BehaviourChange[] = [];
  const a = before.run;
  const b = after.run;
  if (a.status !== b.status) out.push({ kind: 'run', element: null, aspect: 'status', old: a.status, new: b.status });
  if (a.endedAt !== b.endedAt) {
    const change: BehaviourChange = { kind: 'run', element: null, aspect: 'endedAt', old: a.endedAt === null ? 'not ended' : `at ${a.endedAt} ms`, new: b.endedAt === null ? 'not ended' : `at ${b.endedAt} ms` };
    if (a.endedAt !== null && b.endedAt !== null) change.deltaMs = b.endedAt - a.endedAt;
    out.push(change);
  }
  if (a.stalled !== b.stalled) out.push({ kind: 'run', element: null, aspect: 'stalled', old: a.stalled ? 'stalled' : 'did not stall', new: b.stalled ? 'stalled' : 'did not stall' });
  if (a.stoppedBy !== b.stoppedBy) out.push({ kind: 'run', element: null, aspect: 'stoppedBy', old: a.stoppedBy ?? 'no limit reached', new: b.stoppedBy ?? 'no limit reached' });
  return out;
}

/** Every time the step started in the run (a stage entered again by a loop starts it again, R7). */
function startTimes(trace: Trace, step: string): number[] {
  const times = trace.events.filter((e) => e.type === 'stepStarted' && e.step === step).map((e) => e.t);
  const run = own(trace.steps, step);
  // a trace without its events (cut down by hand) still says when the step last started
  return times.length === 0 && run && run.starts > 0 && run.startedAt !== null && run.startedAt !== undefined ? [run.startedAt] : times;
}

/** "at 0 ms", or "at 0 ms, then at 5000 ms" for a step that started more than once. */
const atEach = (times: readonly number[]): string => (times.length === 0 ? NEVER : times.map((t, i) => `${i === 0 ? '' : 'then '}at ${t} ms`).join(', '));

function stepChanges(name: string, before: Trace, after: Trace): BehaviourChange[] {
  const a = own(before.steps, name);
  const b = own(after.steps, name);
  const startA = a && a.starts > 0 ? a.startedAt : null;
  const startB = b && b.starts > 0 ? b.startedAt : null;
  const out: BehaviourChange[] = [];
  // compared start by start: the latest start alone would read "starts 5 s earlier" for a step
  // that started at 0 ms in both versions and once more, at 5 s, in the old one
  const timesA = startTimes(before, name);
  const timesB = startTimes(after, name);
  if (timesA.join() !== timesB.join()) {
    const once = timesA.length === 1 && timesB.length === 1;
    const change: BehaviourChange = { kind: 'step', element: name, aspect: 'start', old: once ? at(startA) : atEach(timesA), new: once ? at(startB) : atEach(timesB) };
    if (once && startA !== null && startB !== null) change.deltaMs = startB - startA;
    out.push(change);
  }
  // a step that starts in one version only: the start line says it all
  if (startA === null || startB === null) return out;
  if (a!.status !== b!.status) out.push({ kind: 'step', element: name, aspect: 'status', old: a!.status, new: b!.status });
  if (identity(a!.runAs) !== identity(b!.runAs)) out.push({ kind: 'step', element: name, aspect: 'runAs', old: identity(a!.runAs), new: identity(b!.runAs) });
  return out;
}

function outcomesTaken(trace: Trace, decision: string): string {
  const taken = trace.events.filter((e) => e.type === 'decisionTaken' && e.decision === decision).map((e) => e.outcome ?? 'default path');
  return taken.length === 0 ? 'not reached' : taken.join(' → ');
}

/**
 * The behaviour changes from (`oldDoc`, `oldTrace`) to (`newDoc`, `newTrace`), both runs made under
 * the same scenario: the run first, then stages with their steps in the new design's order
 * (removed ones after), then decisions. An empty list: the two versions behave the same.
 */
export function diffBehaviour(oldDoc: Orchestration, oldTrace: Trace, newDoc: Orchestration, newTrace: Trace): BehaviourChange[] {
  const out = runChanges(oldTrace, newTrace);
  const oldStages = new Map(oldDoc.stages.map((s) => [s.name, s]));
  const newStages = new Map(newDoc.stages.map((s) => [s.name, s]));
  const oldSteps = new Set(oldDoc.stages.flatMap((s) => s.steps.map((x) => x.name)));
  const newSteps = new Set(newDoc.stages.flatMap((s) => s.steps.map((x) => x.name)));
  for (const stageName of ordered([...oldStages.keys()], [...newStages.keys()])) {
    const added = presence('stage', stageName, oldStages.has(stageName), newStages.has(stageName));
    if (added) out.push(added);
    else {
      const a = own(oldTrace.stages, stageName)?.status ?? NEVER;
      const b = own(newTrace.stages, stageName)?.status ?? NEVER;
      if (a !== b) out.push({ kind: 'stage', element: stageName, aspect: 'status', old: a, new: b });
    }
    const stepNames = ordered(oldStages.get(stageName)?.steps.map((s) => s.name) ?? [], newStages.get(stageName)?.steps.map((s) => s.name) ?? []);
    for (const stepName of stepNames) {
      const moved = presence('step', stepName, oldSteps.has(stepName), newSteps.has(stepName));
      if (moved) out.push(moved);
      else if (!out.some((c) => c.kind === 'step' && c.element === stepName)) out.push(...stepChanges(stepName, oldTrace, newTrace));
    }
  }
  const oldDecisions = (oldDoc.decisions ?? []).map((d) => d.name);
  const newDecisions = (newDoc.decisions ?? []).map((d) => d.name);
  for (const name of ordered(oldDecisions, newDecisions)) {
    const moved = presence('decision', name, oldDecisions.includes(name), newDecisions.includes(name));
    if (moved) { out.push(moved); continue; }
    const a = outcomesTaken(oldTrace, name);
    const b = outcomesTaken(newTrace, name);
    if (a !== b) out.push({ kind: 'decision', element: name, aspect: 'outcome', old: a, new: b });
  }
  return out;
}

/** `step Ship starts`, `run status`: what a change is about, in words. */
export function describeSubject(change: BehaviourChange): string {
  const words: Record<ChangeAspect, string> = {
    status: 'final status', endedAt: 'ends', stalled: 'stall', stoppedBy: 'limit', presence: 'exists',
    start: 'starts', runAs: 'runs as', outcome: 'outcome',
  };
  const subject = change.kind === 'run' ? 'run' : `${change.kind} ${change.element}`;
  return `${subject} ${words[change.aspect]}`;
}
