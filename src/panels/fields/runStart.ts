/**
 * Where a new Date or DateTime value starts in the editor: the day the run starts (the active
 * scenario's `startAt`, else the default run start, a fixed Monday), never the day the admin
 * edits. A design that held "today" would behave differently from one day to the next.
 */
import { dateTimeAt } from '../../flows/virtualClock';
import { useAppStore } from '../../store/appStore';

function startAt(): string | undefined {
  const { scenarios, activeScenario } = useAppStore.getState();
  return scenarios[activeScenario]?.startAt;
}

/** The run's start as a date-time, `2025-01-06T09:00:00Z`. */
export function runStartDateTime(): string {
  return dateTimeAt(0, startAt());
}

/** The run's start day, `2025-01-06`. */
export function runStartDay(): string {
  return runStartDateTime().slice(0, 10);
}
