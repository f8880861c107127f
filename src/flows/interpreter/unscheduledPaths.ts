/**
 * The timed scheduled paths a run did not schedule: a path on a date field of `$Record` whose field
 * was empty schedules nothing (scheduledPaths.ts, *chosen*), so a flow whose logic is all on such a
 * path "completes" having run nothing. A caller (the `flow` command) names them, so that run is not
 * silent. Read from the run itself: once the run has got past its immediate path (it completed, or
 * it waits on the start for its paths), each timed path was either armed — its step is on the path,
 * or it is among the events the run waits for — or not scheduled.
 */
import type { FlowDefinition } from '../definition';
import type { FlowRun } from './types';

/** A timed path on a date field that the run did not schedule, and the field. */
export interface UnscheduledPath {
  path: string;
  field: string;
}

export function unscheduledPaths(definition: FlowDefinition, run: FlowRun): UnscheduledPath[] {
  const onFields = (definition.start.timedPaths ?? []).filter((p) => p.timeSource === 'RecordField' && p.recordField !== undefined);
  if (onFields.length === 0) return [];
  const waitsOnPaths = run.status === 'waiting' && run.waiting?.element === 'start' && run.waiting.state.scheduledPaths === true;
  if (run.status !== 'completed' && !waitsOnPaths) return [];
  const armed = new Set<string>([
    ...run.path.filter((step) => step.element === 'start' && step.kind === 'start' && step.outcome !== undefined).map((step) => step.outcome!),
    ...(waitsOnPaths ? run.waiting!.state.events.map((e) => e.name) : []),
  ]);
  return onFields.filter((p) => !armed.has(p.name)).map((p) => ({ path: p.name, field: p.recordField! }));
}
