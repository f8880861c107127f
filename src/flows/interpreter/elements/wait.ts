/**
 * `waits` (Pause): each wait event whose conditions hold is armed — a time (`AlarmEvent`: a base
 * date-time plus `TimeOffset` `TimeOffsetUnit`; or the newer `offset`/`offsetUnit` from the moment
 * the wait is reached) or a platform event by type. No armed event: the default path. Otherwise the
 * run loop resumes at once when the earliest time has already come, or returns "waiting" with what
 * it waits for (`resumeFlow` goes on). Platform events whose conditions test the event's own fields
 * are not simulated (the run stops, naming the element).
 */
import type { WaitEvent } from '../../definition';
import { runStartMs } from '../../virtualClock';
import type { ArmedEvent, ElementBehavior } from '../behavior';
import { conditionsHold } from '../conditions';
import type { Frame } from '../frame';
import { fault, unsupported } from '../stop';

const UNIT_MS: Readonly<Record<string, number>> = { Minutes: 60_000, Hours: 3_600_000, Days: 86_400_000, Weeks: 604_800_000 };

/** Virtual ms of `base` (an ISO date or date-time) moved by `offset` `unit`s. */
function shifted(frame: Frame, baseMs: number, offset: number, unit: string, where: string): number {
  let ms = baseMs;
  if (unit === 'Months') {
    const date = new Date(baseMs);
    date.setUTCMonth(date.getUTCMonth() + offset);
    ms = date.getTime();
  } else {
    const size = UNIT_MS[unit];
    if (size === undefined) throw unsupported(`${where}: the time unit "${unit}" is not simulated`, { kind: unit });
    ms += offset * size;
  }
  return ms - runStartMs(frame.options.startAt);
}

function parameter(frame: Frame, event: { inputParameters: { name: string; value?: Parameters<Frame['valueOf']>[0] }[] }, name: string) {
  const found = event.inputParameters.find((p) => p.name.toLowerCase() === name.toLowerCase());
  return found ? frame.valueOf(found.value).value : null;
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
    const isTime = event.eventType === 'AlarmEvent' || (event.eventType === undefined && event.offset !== undefined);
    if (!isTime && event.eventType === undefined) throw unsupported(`${where}: this kind of wait is not simulated`, { kind: element.subtype ?? 'wait' });
    if (!isTime && event.conditions.length > 0) throw unsupported(`${where}: waiting for a ${event.eventType} event with conditions on its fields is not simulated`, { kind: event.eventType });
    if (isTime && !conditionsHold(frame, event.conditions, event.conditionLogic, where)) continue;
    const base = { name, ...(event.connector ? { connector: event.connector } : {}) };
    if (!isTime) { armed.push({ ...base, eventType: event.eventType! }); continue; }
    if (event.eventType === undefined) {
      const nowMs = frame.now + runStartMs(frame.options.startAt);
      armed.push({ ...base, until: shifted(frame, nowMs, event.offset!, event.offsetUnit ?? 'Hours', where) });
      continue;
    }
    const at = parameter(frame, event, 'AlarmTime');
    const baseMs = typeof at === 'string' ? Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at) : NaN;
    if (!Number.isFinite(baseMs)) throw fault(`${where}: the base time {AlarmTime} is empty or not a date-time`);
    const offset = Number(parameter(frame, event, 'TimeOffset') ?? 0);
    const unit = String(parameter(frame, event, 'TimeOffsetUnit') ?? 'Hours');
    armed.push({ ...base, until: shifted(frame, baseMs, Number.isFinite(offset) ? offset : 0, unit, where) });
  }
  if (armed.length === 0) return { next: element.defaultConnector, outcome: 'default' };
  return { wait: armed, ...(element.defaultConnector ? { defaultConnector: element.defaultConnector } : {}) };
};
