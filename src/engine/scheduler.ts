/**
 * The scheduler of the virtual clock (R15): engine work (async flows finishing, unattended work items
 * closing) and scenario events, in one priority queue ordered by (time, scheduling sequence).
 * Scenario events enter the queue only when the clock reaches their time, so at one instant they run
 * after the engine work already scheduled for it, and in file order among themselves.
 */
import type { ScenarioEvent } from '../model/types';
import { PriorityQueue } from './clock/queue';
import type { StepRun } from './state';

export type Job =
  | { readonly time: number; readonly seq: number; readonly kind: 'asyncFinished'; readonly step: StepRun; readonly token: number }
  | { readonly time: number; readonly seq: number; readonly kind: 'workItemDue'; readonly step: StepRun; readonly token: number }
  | { readonly time: number; readonly seq: number; readonly kind: 'flowResume'; readonly step: StepRun; readonly token: number }
  | { readonly time: number; readonly seq: number; readonly kind: 'scenario'; readonly event: ScenarioEvent; readonly index: number };


/** Whether a queued job still matters (a step that was discontinued drops its async result). */
export type Liveness = (job: Job) => boolean;

export class Scheduler {
  private readonly queue = new PriorityQueue<Job>();
  private seq = 0;
  /** Scenario events by (at, file order), not yet released into the queue. */
  private readonly upcoming: { event: ScenarioEvent; index: number }[];
  private cursor = 0;
  private readonly processed: Uint8Array;
  private readonly workItemEvents = new Map<string, number[]>();

  constructor(private readonly scenarioEvents: readonly ScenarioEvent[]) {
    this.upcoming = scenarioEvents.map((event, index) => ({ event, index }));
    this.upcoming.sort((a, b) => a.event.at - b.event.at || a.index - b.index);
    this.processed = new Uint8Array(scenarioEvents.length);
    scenarioEvents.forEach((e, i) => {
      if (e.type !== 'completeWorkItem') return;
      const list = this.workItemEvents.get(e.step) ?? [];
      list.push(i);
      this.workItemEvents.set(e.step, list);
    });
  }

  /** R21: an async flow of `step` (its start number `token`) finishes at `time`. */
  scheduleAsyncFinish(time: number, step: StepRun, token: number): void {
    this.queue.push({ time, seq: this.seq++, kind: 'asyncFinished', step, token });
  }

  /** A step's project flow that waits resumes at `time` (its earliest time event, issue 13). */
  scheduleFlowResume(time: number, step: StepRun, token: number): void {
    this.queue.push({ time, seq: this.seq++, kind: 'flowResume', step, token });
  }

  /** R23: the simulator closes the work item of `step` (assignment `token`) at `time`. */
  scheduleWorkItemDue(time: number, step: StepRun, token: number): void {
    this.queue.push({ time, seq: this.seq++, kind: 'workItemDue', step, token });
  }

  /** The earliest time at which something live is due, or null when nothing is. */
  nextTime(isLive: Liveness): number | null {
    let top = this.queue.peek();
    while (top && !isLive(top)) {
      this.queue.pop();
      top = this.queue.peek();
    }
    const scenarioAt = this.cursor < this.upcoming.length ? this.upcoming[this.cursor]!.event.at : null;
    if (top === undefined) return scenarioAt;
    return scenarioAt === null ? top.time : Math.min(top.time, scenarioAt);
  }

  /** Releases the scenario events due at `t` into the queue, behind work already queued for `t`. */
  release(t: number): void {
    while (this.cursor < this.upcoming.length && this.upcoming[this.cursor]!.event.at <= t) {
      const { event, index } = this.upcoming[this.cursor++]!;
      this.queue.push({ time: t, seq: this.seq++, kind: 'scenario', event, index });
    }
  }

  /** Removes and returns the next live job due at `t`, or undefined. */
  popDue(t: number, isLive: Liveness): Job | undefined {
    for (;;) {
      const top = this.queue.peek();
      if (!top || top.time > t) return undefined;
      this.queue.pop();
      if (top.kind === 'scenario') this.processed[top.index] = 1;
      if (isLive(top)) return top;
    }
  }

  /** Scenario `completeWorkItem` events for `step` that have not been processed yet. */
  pendingWorkItemEvents(step: string): ScenarioEvent[] {
    return (this.workItemEvents.get(step) ?? []).filter((i) => this.processed[i] === 0).map((i) => this.scenarioEvents[i]!);
  }

  /** Live jobs still queued (for state snapshots). */
  queued(isLive: Liveness): Job[] {
    return this.queue.values().filter(isLive);
  }
}
