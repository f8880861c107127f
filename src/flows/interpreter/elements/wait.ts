/**
 * `waits` (Pause): each wait event whose conditions hold is armed — a time (`AlarmEvent`: a base
 * date-time plus `TimeOffset` `TimeOffsetUnit`; or the newer `offset`/`offsetUnit` from the moment
 * the wait is reached) or a platform event by type. No armed event: the default path. Otherwise the
 * run loop resumes at once when the earliest time has already come, or returns "waiting" with what
 * it waits for (`resumeFlow` goes on). Platform events whose conditions test the event's own fields
 * are not simulated (the run stops, naming the element). `DateRefAlarmEvent` is a Process Builder
 * scheduled action: a time relative to a date field of the saved record (`3 days before CloseDate`).
 */
import type { WaitEvent } from '../../definition';
import { instantOf } from '../../formula/dates';
import { runStartMs } from '../../virtualClock';
import type { ArmedEvent, ElementBehavior } from '../behavior';
import { conditionsHold } from '../conditions';
import type { Frame } from '../frame';
import { batchJobEventAbout } from './batchJobEvent';
import { readField } from '../../org/simulatedOrg';
import { SAVE_TIME_FIELDS, shifted } from '../scheduleTime';
import { fault, unsupported } from '../stop';

function parameter(frame: Frame, event: { inputParameters: { name: string; value?: Parameters<Frame['valueOf']>[0] }[] }, name: string) {
  const found = event.inputParameters.find((p) => p.name.toLowerCase() === name.toLowerCase());
  return found ? frame.valueOf(found.value).value : null;
}

/**
 * The base time of a Process Builder scheduled action (`DateRefAlarmEvent`): the date field
 * `TimeFieldColumnEnumOrId` of the record `EntityObjectId`, read from the org as it is now (the record
 * is saved). Null when the field is empty; a record the org does not have is a fault.
 */
function dateFieldTime(frame: Frame, event: WaitEvent, nowMs: number, where: string): number | null {
  const id = parameter(frame, event, 'EntityObjectId');
  const field = String(parameter(frame, event, 'TimeFieldColumnEnumOrId') ?? '');
  const record = typeof id === 'string' ? frame.org.get(id) : undefined;
  if (!record) throw fault(`${where}: the scheduled action's record ${typeof id === 'string' ? id : '(no Id)'} is not in the org, so its ${field || 'date field'} cannot be read`);
  const value = readField(record, field);
  if (value === null || value === '') return SAVE_TIME_FIELDS.has(field.toLowerCase()) ? nowMs : null;
  const ms = instantOf(value);
  if (ms === null) throw fault(`${where}: the scheduled action's date field ${field} holds ${JSON.stringify(value)}, not a date or date-time`);
  return ms;
}

/**
 * Why an AlarmEvent's base time is no time: empty — naming what it reads, `{!End_Date}`, most often
 * an input the caller did not give (survey 20) — or a value that is not a date or date-time.
 */
function baseTimeProblem(event: WaitEvent, at: unknown): string {
  if (at === null || at === '') {
    const spec = event.inputParameters.find((p) => p.name.toLowerCase() === 'alarmtime')?.value;
    const read = spec && 'ref' in spec ? ` {!${spec.ref}}` : '';
    return `the base time (AlarmTime)${read} is empty, so there is no time to wait until`;
  }
  return `the base time (AlarmTime) holds ${JSON.stringify(at)}, not a date or date-time`;
}

/**
 * What a run calls an event (the path's outcome, messages): its name, or — Flow Builder's newer wait
 * elements save their one event without one — its label (`el_0`), else its place (`waitEvents[0]`).
 */
function eventName(event: WaitEvent, index: number): string {
  return event.name ?? event.label ?? `waitEvents[${index}]`;
}

export const runWait: ElementBehavior<'wait'> = (element, frame) => {
  const armed: ArmedEvent[] = [];
  for (const [index, event] of element.events.entries()) {
    const name = eventName(event, index);
    const where = `${element.name}.${name}`;
    const isTime = event.eventType === 'AlarmEvent' || event.eventType === 'DateRefAlarmEvent' || (event.eventType === undefined && event.offset !== undefined);
    // survey 12: a segment-triggered Marketing Cloud flow waits until an email is opened, its event an automationEventType
    if (!isTime && event.eventType === undefined && event.automationEventType !== undefined) {
      throw unsupported(`${where}: waiting for the engagement event ${event.automationEventType} (a Marketing Cloud Wait Until Event) is not simulated`, { kind: event.automationEventType });
    }
    if (!isTime && event.eventType === undefined) throw unsupported(`${where}: this kind of wait is not simulated`, { kind: element.subtype ?? 'wait' });
    if (!isTime && event.conditions.length > 0) throw unsupported(`${where}: waiting for a ${event.eventType} event with conditions on its fields is not simulated`, { kind: event.eventType });
    if (isTime && !conditionsHold(frame, event.conditions, event.conditionLogic, where)) continue;
    const base = { name, ...(event.connector ? { connector: event.connector } : {}) };
    if (!isTime) {
      const about = batchJobEventAbout(frame.definition, event);
      armed.push({ ...base, eventType: event.eventType!, ...(about ? { about } : {}) });
      continue;
    }
    if (event.eventType === undefined) {
      const nowMs = frame.now + runStartMs(frame.options.startAt);
      armed.push({ ...base, until: shifted(frame, nowMs, event.offset!, event.offsetUnit ?? 'Hours', where) });
      continue;
    }
    let baseMs: number;
    if (event.eventType === 'DateRefAlarmEvent') {
      const fieldMs = dateFieldTime(frame, event, frame.now + runStartMs(frame.options.startAt), where);
      // an empty date field schedules nothing (chosen): the event is not armed
      if (fieldMs === null) continue;
      baseMs = fieldMs;
    } else {
      const at = parameter(frame, event, 'AlarmTime');
      const atMs = instantOf(at);
      if (atMs === null) throw fault(`${where}: ${baseTimeProblem(event, at)}`);
      baseMs = atMs;
    }
    const given = parameter(frame, event, 'TimeOffset');
    const offset = given === null || given === '' ? 0 : Number(given);
    if (!Number.isFinite(offset)) throw fault(`${where}: the offset {TimeOffset} holds ${JSON.stringify(given)}, not a number`);
    const unit = String(parameter(frame, event, 'TimeOffsetUnit') ?? 'Hours');
    armed.push({ ...base, until: shifted(frame, baseMs, offset, unit, where) });
  }
  if (armed.length === 0) return { next: element.defaultConnector, outcome: 'default' };
  return { wait: armed, ...(element.defaultConnector ? { defaultConnector: element.defaultConnector } : {}) };
};
