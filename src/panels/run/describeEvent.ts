/**
 * One trace event as a sentence for the event log and the live announcements. Elements are named as
 * the canvas names them (`nameOf`: “Charge payment”, the label) — the API name is the fallback — and
 * so is the outcome a decision took (`outcomeOf`: “Yes” on its connector, not its API name `Yes_1`),
 * and the user who completed a work item (`userOf`: the Why panel's words, not `005SIM…`).
 */
import type { TraceEvent } from '../../model/types';

const CAUSE: Record<string, string> = {
  stageStarted: 'the stage started', asyncStepCompleted: 'an asynchronous step finished', workItemCompleted: 'a work item was completed',
  publishEvent: 'an orchestration event was published', recordChanged: 'a record changed', resumed: 'the run resumed', retried: 'the run was retried',
};

export function describeEvent(
  e: TraceEvent,
  nameOf: (name: string) => string = (name) => name,
  outcomeOf: (decision: string, outcome: string) => string = (_decision, outcome) => outcome,
  userOf: (user: string) => string = (user) => user,
): string {
  const step = e.step ? `step ${nameOf(e.step)}` : '';
  const stage = e.stage ? `stage ${nameOf(e.stage)}` : '';
  switch (e.type) {
    case 'runStarted': return 'Run started';
    case 'runCompleted': return 'Run completed';
    case 'runErrored': return 'Run failed';
    case 'runSuspended': return 'Run suspended';
    case 'runResumed': return 'Run resumed';
    case 'runCanceled': return 'Run canceled';
    case 'runRetried': return 'Run retried';
    case 'stageStarted': return `Started ${stage}`;
    case 'stageCompleted': return `Completed ${stage}`;
    case 'stageErrored': return `${capital(stage)} failed`;
    case 'stageDiscontinued': return `Discontinued ${stage}`;
    case 'stageSuspended': return `Suspended ${stage}`;
    case 'stageCanceled': return `Canceled ${stage}`;
    case 'stepStarted': return `Started ${step}`;
    case 'stepCompleted': return `Completed ${step}`;
    case 'stepErrored': return `${capital(step)} failed${e.message ? `: ${e.message}` : ''}`;
    case 'stepDiscontinued': return `Discontinued ${step}`;
    case 'stepCanceled': return `Canceled ${step}`;
    case 'workItemAssigned': return `Work item of ${step} assigned`;
    case 'workItemCompleted': return `Work item of ${step} completed${e.by ? ` by ${userOf(e.by)}` : ''}`;
    case 'evaluation': return `Conditions checked in ${stage} because ${CAUSE[e.cause ?? ''] ?? e.cause ?? 'of a wake-up'}`;
    case 'decisionTaken': return `Decision ${e.decision ? nameOf(e.decision) : ''} took ${e.outcome ? outcomeOf(e.decision ?? '', e.outcome) : 'the default path'}`;
    case 'variableSet': return `${e.target ?? 'A value'} set to ${JSON.stringify(e.value ?? null)}`;
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
