/** Expectations in words, as reports and the scenario panel list them. */
import type { Expectation } from '../../model/types';
import type { ExpectationOf } from './types';

type EventRef = ExpectationOf<'order'>['first'];

/** `stepCompleted Validate`, `runCompleted`. */
export function describeEventRef(ref: EventRef): string {
  return ref.element === undefined ? ref.type : `${ref.type} ${ref.element}`;
}

/** A value as JSON shows it (`"Closed"`, `42`, `null`). */
export function showValue(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function describeTime(e: ExpectationOf<'stepTime'>): string {
  const parts: string[] = [];
  if (e.startedBy !== undefined) parts.push(`starts by ${e.startedBy} ms`);
  if (e.endedBy !== undefined) parts.push(`ends by ${e.endedBy} ms`);
  return `step ${e.step} ${parts.join(' and ')}`;
}

function describeRecord(e: ExpectationOf<'recordField'>): string {
  const which = e.id !== undefined ? e.id : Object.entries(e.where ?? {}).map(([k, v]) => `${k} = ${showValue(v)}`).join(', ');
  return `${e.object} record ${which === '' ? '(any)' : which}: ${e.field} is ${showValue(e.value)}`;
}

/** A short description of an expectation ("step Ship ends Completed"). */
export function describeExpectation(e: Expectation): string {
  switch (e.kind) {
    case 'stepStatus': return `step ${e.step} ends ${e.status}`;
    case 'stageStatus': return `stage ${e.stage} ends ${e.status}`;
    case 'runStatus': return `run ends ${e.status}${e.byMs !== undefined ? ` by ${e.byMs} ms` : ''}`;
    case 'notStalled': return 'run does not stall';
    case 'runAs': {
      const how = [e.context, e.access === null ? 'own access' : e.access].filter((x) => x !== undefined).join(', ');
      return `step ${e.step} runs as ${e.user}${how ? ` (${how})` : ''}`;
    }
    case 'notStarted': return `step ${e.step} never starts${e.why !== undefined ? ` because ${JSON.stringify(e.why)}` : ''}`;
    case 'order': return `${describeEventRef(e.first)} before ${describeEventRef(e.then)}`;
    case 'stepTime': return describeTime(e);
    case 'decision': return `decision ${e.decision} takes ${e.outcome === null ? 'its default path' : `outcome ${e.outcome}`}`;
    case 'value': return `${e.target} ends ${showValue(e.value)}`;
    case 'recordField': return describeRecord(e);
  }
}
