/**
 * What a stage or step shows of the run on screen, as UI-CONTRACT's attributes read it: its status
 * (`data-status`, on every stage and step in run mode) and who a started step runs as
 * (`data-run-as`). One rule for the node components (useRunStatus.ts subscribes to each part) and
 * for the stand-ins of the nodes React Flow has not mounted (standIns.ts), so the two never differ.
 */
import type { AnyStatus } from '../../ui/statusStyles';
import type { AppState } from '../../store/storeTypes';
import { selectRunShown } from '../../store/selectors';
import { own } from '../../model/ownKey';
import type { RunSnapshot } from '../../player/replay';
import type { Trace } from '../../model/types';

export type RunKind = 'stage' | 'step';

/** The status a stage or step shows now, or null outside run mode. */
export function runStatusOf(s: AppState, name: string, kind: RunKind): AnyStatus | null {
  if (!selectRunShown(s)) return null;
  if (kind === 'stage') return (own(s.snapshot!.stages, name) as AnyStatus | undefined) ?? 'NotStarted';
  return (own(s.snapshot!.steps, name) as AnyStatus | undefined) ?? 'NotStarted';
}

/** Who a step runs as now (the run's record), or null outside run mode. */
export function runAsOf(s: AppState, name: string): string | null {
  return selectRunShown(s) ? (own(s.snapshot!.runAs, name) ?? null) : null;
}

/** Who a step is shown to run as: only once it has started (UI-CONTRACT `data-run-as`). */
export function shownRunAs(status: AnyStatus | null, runAs: string | null): string | null {
  return status && status !== 'NotStarted' ? runAs : null;
}

/** The run attributes of a stage or step now: null values are absent attributes. */
export function runAttributesOf(s: AppState, name: string, kind: RunKind): { 'data-status': string | null; 'data-run-as': string | null } {
  const status = runStatusOf(s, name, kind);
  return { 'data-status': status, 'data-run-as': kind === 'step' ? shownRunAs(status, runAsOf(s, name)) : null };
}

/** Beyond this many events between two moments, every element is asked again (the replay rebuilds from a checkpoint there too). */
const FEW_EVENTS = 256;

/** The steps of each stage of a trace (trace.steps' `stage`), once per trace. */
const stepsByStage = new WeakMap<Trace, Map<string, string[]>>();
function stepsOfStage(trace: Trace, stage: string): readonly string[] {
  let map = stepsByStage.get(trace);
  if (!map) {
    map = new Map();
    for (const [step, info] of Object.entries(trace.steps)) {
      const list = map.get(info.stage) ?? [];
      list.push(step);
      map.set(info.stage, list);
    }
    stepsByStage.set(trace, map);
  }
  return map.get(stage) ?? [];
}

/**
 * The stages and steps whose run attributes may differ between two moments of one run shown with
 * `trace`, when the second is a few events after the first (playback): the elements the events in
 * between name, the steps of a stage started among them (the replay sets them back to NotStarted,
 * R2/R7), and the current stage at either moment (a resume or retry brings it back, R33/R34).
 * Anything else — a step back, a jump, the same moment again — is 'all'. A beat then costs what it
 * changed, not a question to every element of a big design.
 */
export function changedRunElements(trace: Trace, before: RunSnapshot, after: RunSnapshot): Set<string> | 'all' {
  if (after.index <= before.index || after.index - before.index > FEW_EVENTS) return 'all';
  const names = new Set<string>();
  if (before.currentStage) names.add(before.currentStage);
  if (after.currentStage) names.add(after.currentStage);
  for (let i = before.index + 1; i <= after.index; i++) {
    const e = trace.events[i];
    if (!e) return 'all';
    if (e.step) names.add(e.step);
    if (e.stage) {
      names.add(e.stage);
      if (e.type === 'stageStarted') for (const step of stepsOfStage(trace, e.stage)) names.add(step);
    }
  }
  return names;
}
