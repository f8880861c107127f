/**
 * What the element limit's message says about the loop it stopped, when no screen is in it: which
 * elements kept repeating and how often — the fault names only the element reached at the limit,
 * which left the admin to search the flow for the cycle — and, when a Loop element is in that cycle,
 * that it was entered again after its last item (After Last Item leading back to it, directly or
 * not), which starts it over, so it never ends. Survey 23: two Active scheduled Lead flows of
 * juanragarZaelot/Paradigm-Salesforce send an email alert after a loop and connect it back to the
 * loop (a Go To), and stopped saying only "a loop that never ends?".
 */
import type { FlowRun } from './types';

/** The most repeated elements of the run's path, as words; '' when nothing repeated. */
export function repeatHint(path: FlowRun['path']): string {
  const counts = new Map<string, number>();
  const restarts = new Map<string, number>();
  for (const step of path) {
    counts.set(step.element, (counts.get(step.element) ?? 0) + 1);
    if (step.kind === 'loop' && step.outcome === 'done') restarts.set(step.element, (restarts.get(step.element) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  if (most < 2) return '';
  // the elements of one cycle run equally often, give or take the pass the limit cut short; one run
  // once (before the cycle) is no part of it, however low the scenario's limit
  const cycle = [...counts].filter(([, n]) => n >= Math.max(2, most - 1)).map(([name]) => name);
  const shown = cycle.slice(0, 5);
  const names = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}${cycle.length > shown.length ? ` (and ${cycle.length - shown.length} more)` : ''}`;
  const times = `${most.toLocaleString('en-US')} times${shown.length > 1 ? ' each' : ''}`;
  const loop = cycle.find((name) => (restarts.get(name) ?? 0) > 1);
  const restart = loop === undefined ? '' : `; the loop ${loop} went past its last item ${restarts.get(loop)!.toLocaleString('en-US')} times and was entered again each time, which starts it over from its first item`;
  return `: ${names} ran ${times}${restart}`;
}
