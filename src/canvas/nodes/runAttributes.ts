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
