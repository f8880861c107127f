/**
 * Which steps an evaluation pass looks at (R11), and whether a scenario change wakes the run (R13).
 * The pass visits steps in declared order and re-checks a step only when something its condition
 * reads has changed since it was last found false (a change made while a sweep's candidates are
 * being checked is seen in the same sweep when it comes after the current position, else in the
 * next; the pass itself checks all candidates of a sweep before acting on them, R11). This visits exactly the steps whose condition
 * can hold, so traces are identical to checking every step (src/engine/testing/naiveSweeper.ts), but
 * a long predecessor chain costs O(n) instead of O(n²) (its candidates are bit sets scanned in order,
 * clock/positionSet.ts).
 */
import { PositionSet } from './clock/positionSet';
import { keysOfAssignment, stepKey, type ReferenceKinds } from './readKeys';
import { buildStageIndex, EXIT, type StageIndex } from './stageIndex';
import type { StageRun, StepRun } from './state';

/** The strategy a pass uses to find candidate steps. */
export interface Sweeper {
  /**
   * The stage (re)started: every step is a candidate. `stepOf` finds a step's run by name as
   * conditions do (predecessors in the stage are then indexed by position).
   */
  enterStage(run: StageRun, kinds?: ReferenceKinds, stepOf?: (name: string) => StepRun | undefined): void;
  /** Something conditions can read changed (a read key, see readKeys.ts). */
  changed(key: string): void;
  /** A step's status or outputs changed (its read key `s:Name`, found by position when it can be). */
  stepChanged(run: StepRun): void;
  /** Starts the start-condition sweep of one pass iteration. */
  beginStarts(): void;
  /** The next step position to check in this sweep (ascending), or -1. */
  nextStart(): number;
  /** Starts the completion sweep (interactive steps with custom completion) of the iteration. */
  beginCompletions(): void;
  nextCompletion(): number;
  /** The iteration is over (or the pass stopped). */
  endIteration(): void;
  /** Step `index` was found true but not started (its stage faulted first): check it again next time. */
  recheck(index: number): void;
  /** R13: does assigning `target` touch a requirement of the current stage or of its NotStarted/InProgress steps? */
  wakes(target: string): boolean;
}

type Phase = 'idle' | 'starts' | 'completions';

/** The indexed sweeper used by the engine. */
export class IndexedSweeper implements Sweeper {
  private readonly indexes = new Map<string, StageIndex>();
  private index: StageIndex | null = null;
  private run: StageRun | null = null;
  private phase: Phase = 'idle';
  private pos = -1;
  private startNow = new PositionSet(0);
  private startNext = new PositionSet(0);
  private completeNow = new PositionSet(0);
  private completeNext = new PositionSet(0);

  enterStage(run: StageRun, kinds?: ReferenceKinds, stepOf?: (name: string) => StepRun | undefined): void {
    let index = this.indexes.get(run.name);
    if (!index) {
      index = buildStageIndex(run.stage, kinds, run, stepOf);
      this.indexes.set(run.name, index);
    }
    this.index = index;
    this.run = run;
    // every step is a candidate; the sets keep their storage from the stage before when it is big enough
    const n = run.steps.length;
    this.startNow.reset(n);
    this.startNext.reset(n);
    this.completeNow.reset(n);
    this.completeNext.reset(n);
    this.startNext.addAll(n);
    this.phase = 'idle';
  }

  changed(key: string): void {
    if (!this.index) return;
    this.markStarts(this.index.startReaders.get(key));
    this.markCompletions(this.index.completionReaders.get(key));
  }

  stepChanged(run: StepRun): void {
    const index = this.index;
    if (!index) return;
    if (run.stageRun === this.run) {
      const readers = index.startReadersOfStep;
      for (let r = readers.first(run.index); r >= 0; r = readers.next(r)) this.markStart(r);
      if (index.completionReadsOwnStatus[run.index] === 1) this.markCompletion(run.index);
    }
    // readers through the key: requirements on `X.Status`, names this stage does not hold
    if (index.startReaders.size > 0 || index.completionReaders.size > 0) this.changed(stepKey(run));
  }

  private markStarts(readers: readonly number[] | undefined): void {
    if (!readers) return;
    for (let k = 0; k < readers.length; k++) this.markStart(readers[k]!);
  }

  private markCompletions(readers: readonly number[] | undefined): void {
    if (!readers) return;
    for (let k = 0; k < readers.length; k++) this.markCompletion(readers[k]!);
  }

  /** Step `i`'s start condition may hold now: checked in this sweep if the sweep has not passed it. */
  private markStart(i: number): void {
    if (this.phase === 'starts' && i > this.pos) this.startNow.add(i);
    else this.startNext.add(i);
  }

  private markCompletion(i: number): void {
    if (this.phase === 'completions' && i > this.pos) this.completeNow.add(i);
    else this.completeNext.add(i);
  }

  beginStarts(): void {
    // the candidates marked since the last sweep become this sweep's: handed over whole when this
    // sweep's set is empty, as it is after every iteration (moved one by one, the first pass of a
    // 20,000-step stage popped and added back every position)
    if (this.startNow.size === 0) {
      const empty = this.startNow;
      this.startNow = this.startNext;
      this.startNext = empty;
    } else this.drain(this.startNext, this.startNow);
    const always = this.index?.alwaysStart;
    if (always) for (let k = 0; k < always.length; k++) this.startNow.add(always[k]!); // no iterator per pass
    this.phase = 'starts';
    this.pos = -1;
  }

  nextStart(): number {
    this.pos = this.startNow.pop();
    return this.pos;
  }

  beginCompletions(): void {
    if (this.completeNow.size === 0) {
      const empty = this.completeNow;
      this.completeNow = this.completeNext;
      this.completeNext = empty;
    } else this.drain(this.completeNext, this.completeNow);
    const always = this.index?.alwaysComplete;
    if (always) for (let k = 0; k < always.length; k++) this.completeNow.add(always[k]!);
    this.phase = 'completions';
    this.pos = -1;
  }

  nextCompletion(): number {
    this.pos = this.completeNow.pop();
    return this.pos;
  }

  endIteration(): void {
    this.phase = 'idle';
    this.drain(this.startNow, this.startNext);
    this.drain(this.completeNow, this.completeNext);
  }

  recheck(index: number): void {
    this.startNext.add(index);
  }

  wakes(target: string): boolean {
    if (!this.index || !this.run) return false;
    for (const key of keysOfAssignment(target)) {
      for (const owner of this.index.requirementReaders.get(key) ?? []) {
        if (owner === EXIT) return true;
        const status = this.run.steps[owner]!.status;
        if (status === 'NotStarted' || status === 'InProgress') return true;
      }
    }
    return false;
  }

  private drain(from: PositionSet, to: PositionSet): void {
    for (let i = from.pop(); i >= 0; i = from.pop()) to.add(i);
  }
}
