/** Names of trace event types and evaluation causes (FORMAT.md §4), as constants. */
import type { EvaluationCause, TraceEventType } from '../model/types';

export const EV = {
  runStarted: 'runStarted',
  runCompleted: 'runCompleted',
  runErrored: 'runErrored',
  runSuspended: 'runSuspended',
  runResumed: 'runResumed',
  runCanceled: 'runCanceled',
  runRetried: 'runRetried',
  stageStarted: 'stageStarted',
  stageCompleted: 'stageCompleted',
  stageErrored: 'stageErrored',
  stageDiscontinued: 'stageDiscontinued',
  stageSuspended: 'stageSuspended',
  stageCanceled: 'stageCanceled',
  stepStarted: 'stepStarted',
  stepCompleted: 'stepCompleted',
  stepErrored: 'stepErrored',
  stepDiscontinued: 'stepDiscontinued',
  stepCanceled: 'stepCanceled',
  workItemAssigned: 'workItemAssigned',
  workItemCompleted: 'workItemCompleted',
  evaluation: 'evaluation',
  decisionTaken: 'decisionTaken',
  variableSet: 'variableSet',
} as const satisfies Record<TraceEventType, TraceEventType>;

export const CAUSE = {
  stageStarted: 'stageStarted',
  asyncStepCompleted: 'asyncStepCompleted',
  workItemCompleted: 'workItemCompleted',
  publishEvent: 'publishEvent',
  recordChanged: 'recordChanged',
  resumed: 'resumed',
  retried: 'retried',
} as const satisfies Record<EvaluationCause, EvaluationCause>;

/** Default limits of a scenario (FORMAT.md §3). */
export const DEFAULT_MAX_TIME_MS = 86_400_000;
export const DEFAULT_MAX_TRANSITIONS = 10_000_000;
/** Default duration of an async step or of an unattended work item (R21, R23). */
export const DEFAULT_DURATION_MS = 1000;
/** API version assumed when a document has none. */
export const DEFAULT_API_VERSION = 66;
