/**
 * The run loop: from the start connector, run each element's behaviour and follow the connector it
 * chooses, until the flow ends, an element fails without a fault connector, something unsupported is
 * met, a limit is reached, or a wait must wait. Deterministic: no real clock, no randomness, stable
 * iteration. Record changes are made on a copy of the caller's org; a run that ends faulted or
 * unsupported returns the caller's org unchanged (rolled back), a completed or waiting run returns
 * the copy.
 */
import type { FlowDefinition, FlowElement } from '../definition';
import { resumeCalling } from './calledFlowWait';
import { SimulatedOrg } from '../org/simulatedOrg';
import type { ArmedEvent } from './behavior';
import { runElement } from './elements';
import { dueScheduledPaths, runScheduledPaths } from './scheduledPaths';
import { earliestDue } from './scheduleTime';
import { Frame, type FlowRunOptionsResolved, type RunBudget } from './frame';
import { initResources, outputsOf } from './resources';
import { repeatHint } from './repeatHint';
import { CalledFlowWaits, FlowStop, unsupported } from './stop';
import type { FlowRun, FlowRunResult, ResolvedFlow, RunFlowOptions, SuspendedFlow } from './types';

const DEFAULT_MAX_ELEMENTS = 100_000;
const DEFAULT_MAX_DEPTH = 25;
/**
 * A screen shown this often in one run is taken for a loop (chosen): offline each showing is
 * answered with the same values, so a loop through a screen never ends, and running it up to the
 * element limit took up to 20 seconds and hundreds of megabytes of path (survey 5). No user clicks
 * through one screen a thousand times.
 */
export const MAX_SCREEN_SHOWINGS = 1_000;

export type Ending =
  | { status: 'completed' }
  | { status: 'stopped'; stop: FlowStop; element?: string }
  | { status: 'waiting'; element: string; events: ArmedEvent[]; scheduledPaths?: true; calling?: SuspendedFlow['calling'] };

export function resolveOptions(options: RunFlowOptions): FlowRunOptionsResolved {
  return { ...options, now: options.now ?? 0, flowName: options.flowName ?? 'Flow' };
}

export function budgetOf(options: RunFlowOptions, executed = 0): RunBudget {
  return { executed, maxElements: options.limits?.maxElements ?? DEFAULT_MAX_ELEMENTS, maxDepth: options.limits?.maxDepth ?? DEFAULT_MAX_DEPTH };
}

/** Runs a frame from `from` until it ends or waits. */
export function follow(frame: Frame, from: string | undefined): Ending {
  let current = from;
  const showings = new Map<string, number>();
  while (current !== undefined) {
    const element = Object.prototype.hasOwnProperty.call(frame.definition.elements, current) ? frame.definition.elements[current] : undefined;
    if (!element) return { status: 'stopped', stop: new FlowStop('fault', `the connector goes to "${current}", which is not an element of this flow`) };
    if (element.kind === 'screen') {
      const shown = showings.get(element.name) ?? 0;
      if (shown >= MAX_SCREEN_SHOWINGS) return { status: 'stopped', stop: new FlowStop('limit', `a loop that never ends${sameAnswers(element.name, shown)}`), element: element.name };
      showings.set(element.name, shown + 1);
    }
    if (++frame.budget.executed > frame.budget.maxElements) {
      const stop = new FlowStop('limit', `the run executed more than ${frame.budget.maxElements} elements (a loop that never ends?)${screenLoopHint(frame) || repeatHint(frame.report.path)}`, { stoppedBy: 'maxElements' });
      return { status: 'stopped', stop, element: element.name };
    }
    frame.notes = [];
    try {
      const result = runElement(element, frame);
      if ('wait' in result) {
        const due = earliestDue(result.wait, frame.now);
        if (!due) return { status: 'waiting', element: element.name, events: result.wait };
        frame.report.path.push({ element: element.name, kind: element.kind, outcome: due.name, ...notesOf(frame) });
        frame.beginTransaction();
        current = due.connector;
        continue;
      }
      const { outcome, subflow, hidden, answersNotTaken } = result;
      frame.report.path.push({ element: element.name, kind: element.kind, ...(outcome ? { outcome } : {}), ...(subflow ? { subflow } : {}), ...(hidden ? { hidden } : {}), ...(answersNotTaken ? { answersNotTaken } : {}), ...notesOf(frame) });
      current = result.next;
    } catch (caught) {
      const after = caughtAt(frame, element, caught);
      if ('next' in after) {
        current = after.next;
        continue;
      }
      return after;
    }
  }
  return { status: 'completed' };
}

/** The running element's notes for its path step (none: no key), taken once. */
function notesOf(frame: Frame): { notes?: string[] } {
  const notes = frame.notes;
  frame.notes = [];
  return notes.length > 0 ? { notes } : {};
}

/**
 * What `caught`, thrown by `element`, makes of the run: its fault connector (the path notes the
 * fault), a wait inside the subflow it called (the run suspends there), or the run's end.
 */
export function caughtAt(frame: Frame, element: FlowElement, caught: unknown): Ending | { next: string | undefined } {
  if (caught instanceof CalledFlowWaits) {
    frame.org = caught.result.org;
    const state = caught.result.run.waiting!.state;
    return { status: 'waiting', element: element.name, events: state.events, calling: { flowName: caught.flowName, state } };
  }
  const stop = caught instanceof FlowStop ? caught : new FlowStop('fault', `internal error: ${caught instanceof Error ? caught.message : String(caught)}`);
  if (stop.kind === 'fault' && element.faultConnector !== undefined) {
    frame.faultMessage = stop.message;
    frame.faulted.add(element.name.toLowerCase());
    frame.report.path.push({ element: element.name, kind: element.kind, fault: stop.message, ...notesOf(frame) });
    return { next: element.faultConnector };
  }
  return { status: 'stopped', stop, element: element.name };
}

/**
 * When the endless loop goes through a screen: offline, each screen is answered with the same values
 * every time, where a user would answer differently to leave the loop. Says which screen and how.
 */
function screenLoopHint(frame: Frame): string {
  const shown = new Map<string, number>();
  for (const step of frame.report.path) if (step.kind === 'screen') shown.set(step.element, (shown.get(step.element) ?? 0) + 1);
  const [screen, times] = [...shown].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (screen === undefined || times === undefined || times < 2) return '';
  return sameAnswers(screen, times);
}

function sameAnswers(screen: string, times: number): string {
  return `: the screen ${screen} was shown ${times} times, answered with the same values each time; a user leaves such a loop by answering differently, so give the screen values that do`;
}

function suspend(frame: Frame, element: string, events: ArmedEvent[], report: Omit<FlowRun, 'status' | 'waiting'>, scheduledPaths?: true, calling?: SuspendedFlow['calling']): SuspendedFlow {
  return {
    ...(scheduledPaths ? { scheduledPaths } : {}),
    ...(calling ? { calling } : {}),
    element,
    slots: Object.fromEntries(frame.slots),
    set: [...frame.set],
    visited: [...frame.visited],
    loops: Object.fromEntries(frame.loops),
    outcomes: Object.fromEntries(frame.outcomes),
    ...(frame.recordEdits.size > 0 ? { recordEdits: Object.fromEntries(frame.recordEdits) } : {}),
    ...(frame.currentRecord !== null ? { currentRecord: frame.currentRecord } : {}),
    ...(frame.currentStage !== null ? { currentStage: frame.currentStage } : {}),
    ...((frame.definition.stages ?? []).length > 0 || frame.activeStages.length > 0 ? { activeStages: [...frame.activeStages] } : {}),
    startedAt: frame.startedAt,
    elementsExecuted: frame.budget.executed,
    events: events.map((e) => ({ ...e })),
    report,
  };
}

/** The result of a frame's ending: status, outputs, report; the org rolled back when it stopped. */
function finish(frame: Frame, ending: Ending, callerOrg: SimulatedOrg): FlowRunResult {
  const { flowName, file } = frame.options;
  const report: Omit<FlowRun, 'status' | 'waiting'> = {
    flow: flowName, ...(file ? { file } : {}),
    outputs: outputsOf(frame, frame.definition),
    ...frame.report,
    elementsExecuted: frame.budget.executed,
  };
  if (ending.status === 'completed') return { run: { ...report, status: 'completed' }, org: frame.org };
  if (ending.status === 'waiting') {
    const times = ending.events.map((e) => e.until).filter((t): t is number => t !== undefined);
    const names = ending.events.map((e) => e.eventType).filter((t): t is string => t !== undefined);
    const about = ending.events.map((e) => e.about).filter((t): t is string => t !== undefined);
    const waiting = {
      element: ending.element,
      ...(times.length > 0 ? { until: Math.min(...times) } : {}),
      ...(names.length > 0 ? { events: names } : {}),
      ...(about.length > 0 ? { about } : {}),
      state: suspend(frame, ending.element, ending.events, report, ending.scheduledPaths, ending.calling),
    };
    return { run: { ...report, status: 'waiting', waiting }, org: frame.org };
  }
  const { stop, element } = ending;
  const rolledBack = frame.report.recordChanges.length > 0 ? { rolledBack: true } : {};
  if (stop.kind === 'unsupported') {
    const detail = { message: stop.message, ...(element ? { element } : {}), ...stop.detail };
    return { run: { ...report, status: 'unsupported', unsupported: detail, ...rolledBack }, org: callerOrg };
  }
  const limit = stop.detail.stoppedBy ? { stoppedBy: stop.detail.stoppedBy } : {};
  return { run: { ...report, status: 'faulted', fault: { message: stop.message, ...(element ? { element } : {}) }, ...limit, ...rolledBack }, org: callerOrg };
}

function start(definition: FlowDefinition, options: FlowRunOptionsResolved, budget: RunBudget, depth: number, callerOrg: SimulatedOrg): FlowRunResult {
  const frame = new Frame(definition, options, budget, depth, callerOrg.clone());
  try {
    if (definition.processType === 'Orchestrator') {
      throw unsupported('an orchestration is not run by the flow interpreter (simulate it instead)', { kind: 'Orchestrator' });
    }
    initResources(frame, definition, options.inputs ?? {});
  } catch (caught) {
    const stop = caught instanceof FlowStop ? caught : new FlowStop('fault', `internal error: ${String(caught)}`);
    return finish(frame, { status: 'stopped', stop }, callerOrg);
  }
  return finish(frame, runScheduledPaths(frame, follow(frame, definition.start.connector), follow), callerOrg);
}

/**
 * Runs a flow from its start element. Never throws: the result says `completed`, `faulted`
 * (message, element), `waiting` (until a time or event; `resumeFlow` goes on) or `unsupported`
 * (what cannot be simulated, named), with outputs, the path taken, assignments, records read,
 * record changes and side effects. The caller's org is never modified; `org` in the result is the
 * org after the run.
 */
export function runFlow(definition: FlowDefinition, options: RunFlowOptions = {}): FlowRunResult {
  const resolved = resolveOptions(options);
  return start(definition, resolved, budgetOf(options), 0, options.org ?? new SimulatedOrg());
}

/** Runs a subflow inside `parent` (same org, clock, identity and budget; one level deeper). */
export function runChild(parent: Frame, flow: ResolvedFlow, name: string, inputs: Record<string, unknown>): FlowRunResult {
  const { file: _file, ...inherited } = parent.options;
  const options: FlowRunOptionsResolved = { ...inherited, inputs, now: parent.now, flowName: name, ...(flow.file ? { file: flow.file } : {}) };
  return start(flow.definition, options, parent.budget, parent.depth + 1, parent.org);
}

/** What resumes a waiting run: the virtual time it resumes at (`now`), or a platform event by type. */
export interface ResumeOptions extends RunFlowOptions {
  event?: string;
}

/**
 * Resumes a waiting run at `options.now` (the earliest time event that has come) or on
 * `options.event` (a platform event type it waits for). When nothing it waits for has happened, the
 * result is the same waiting run.
 */
export function resumeFlow(definition: FlowDefinition, state: SuspendedFlow, options: ResumeOptions = {}): FlowRunResult {
  const resolved = resolveOptions(options);
  const callerOrg = options.org ?? new SimulatedOrg();
  const frame = new Frame(definition, resolved, budgetOf(options, state.elementsExecuted), 0, callerOrg.clone());
  for (const slot of Object.values(state.slots)) frame.declare(structuredClone(slot));
  for (const name of state.set) frame.set.add(name);
  for (const name of state.visited) frame.visited.add(name);
  for (const [name, loop] of Object.entries(state.loops)) frame.loops.set(name, { ...loop, items: [...loop.items] });
  for (const [name, taken] of Object.entries(state.outcomes ?? {})) frame.outcomes.set(name, taken);
  for (const [name, edit] of Object.entries(state.recordEdits ?? {})) frame.recordEdits.set(name, { ...edit });
  frame.currentRecord = state.currentRecord ?? null;
  frame.currentStage = state.currentStage ?? null;
  if (state.activeStages) frame.activeStages = [...state.activeStages];
  frame.startedAt = state.startedAt;
  const { path, assignments, recordsRead, recordChanges, sideEffects } = state.report;
  frame.report.path.push(...path);
  // the elements that took their fault path before the pause are in the path (HasError)
  for (const step of path) if (step.fault !== undefined) frame.faulted.add(step.element.toLowerCase());
  frame.report.assignments.push(...assignments);
  frame.report.recordsRead.push(...recordsRead);
  frame.report.recordChanges.push(...recordChanges);
  frame.report.sideEffects.push(...sideEffects);
  frame.beginTransaction();
  if (state.scheduledPaths) return finish(frame, dueScheduledPaths(frame, state.events, follow), callerOrg);
  if (state.calling) return finish(frame, resumeCalling(frame, state.element, state.calling, options), callerOrg);
  const byEvent = options.event === undefined ? undefined : state.events.find((e) => e.eventType?.toLowerCase() === options.event!.toLowerCase());
  const chosen = byEvent ?? earliestDue(state.events, frame.now);
  if (!chosen) return finish(frame, { status: 'waiting', element: state.element, events: state.events }, callerOrg);
  frame.report.path.push({ element: state.element, kind: 'wait', outcome: chosen.name });
  return finish(frame, follow(frame, chosen.connector), callerOrg);
}
