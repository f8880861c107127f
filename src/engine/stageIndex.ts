/**
 * Per-stage read index (built once per stage): for each read key, which steps' start conditions and
 * which interactive steps' completion conditions read it, which steps must be re-checked on every
 * sweep (evaluation flows are computed only when a pass checks them, R22), and which requirements a
 * scenario change can wake (R13).
 */
import type { Stage } from '../model/types';
import type { StageRun, StepRun } from './state';
import { completionOf, exitOf, hasCustomCompletion, startOf } from './conditions';
import { PositionReaders } from './positionReaders';
import { keysOfList, PLAIN_KINDS, statusKey, VOLATILE, type ReferenceKinds } from './readKeys';

/** Owner of a requirement list within a stage: a step position, or EXIT for the stage's exit. */
export const EXIT = -1;

export interface StageIndex {
  readonly startReaders: ReadonlyMap<string, readonly number[]>;
  readonly completionReaders: ReadonlyMap<string, readonly number[]>;
  readonly alwaysStart: readonly number[];
  readonly alwaysComplete: readonly number[];
  /** Requirement readers for R13: key → owners (step positions or EXIT). */
  readonly requirementReaders: ReadonlyMap<string, readonly number[]>;
  /**
   * Readers of a step of this stage's status, by that step's position: `stepCompleted` starts that
   * name a step of the same stage (and below, each custom completion of its own step). A status change of a step
   * finds them without building or hashing a `s:Name` key (readers through other keys stay in the maps).
   */
  readonly startReadersOfStep: PositionReaders;
  /** 1 at a step whose custom completion is read again when its own status changes (it starts). */
  readonly completionReadsOwnStatus: Uint8Array;
}

function addKey(map: Map<string, number[]>, k: string, owner: number): void {
  const list = map.get(k);
  if (!list) map.set(k, [owner]);
  else if (list[list.length - 1] !== owner) list.push(owner);
}

function add(map: Map<string, number[]>, keys: readonly string[], owner: number): void {
  for (const k of keys) addKey(map, k, owner);
}

/**
 * Builds the read index of one stage. `stepOf` is how conditions find a step by name (the run's
 * steps); a predecessor it finds in `run` is indexed by position, any other name by its read key.
 */
export function buildStageIndex(stage: Stage, kinds: ReferenceKinds = PLAIN_KINDS, run?: StageRun, stepOf?: (name: string) => StepRun | undefined): StageIndex {
  const startReaders = new Map<string, number[]>();
  const completionReaders = new Map<string, number[]>();
  const requirementReaders = new Map<string, number[]>();
  const alwaysStart: number[] = [];
  const alwaysComplete: number[] = [];
  // the position each step waits for (-1: none, or through a key); a step's own status is the only
  // one its completion reads by position
  const waitsFor = new Int32Array(stage.steps.length).fill(-1);
  const completionReadsOwnStatus = new Uint8Array(stage.steps.length);
  const exit = exitOf(stage);
  if (exit.mode === 'requirements') add(requirementReaders, keysOfList(exit, kinds), EXIT);
  stage.steps.forEach((step, i) => {
    const start = startOf(step);
    if (start.mode === 'stepCompleted') {
      const predecessor = run && stepOf ? stepOf(start.step) : undefined;
      if (predecessor && predecessor.stageRun === run) waitsFor[i] = predecessor.index;
      else addKey(startReaders, statusKey(start.step), i);
    }
    else if (start.mode === 'requirements') {
      const keys = keysOfList(start, kinds);
      add(startReaders, keys, i);
      add(requirementReaders, keys, i);
      if (keys.includes(VOLATILE)) alwaysStart.push(i);
    } else if (start.mode === 'evaluationFlow') alwaysStart.push(i);
    if (!hasCustomCompletion(step)) return;
    const complete = completionOf(step);
    // The step's own status: it becomes a completion candidate when it starts.
    if (run && stepOf && stepOf(step.name) === run.steps[i]) completionReadsOwnStatus[i] = 1;
    else addKey(completionReaders, statusKey(step.name), i);
    if (complete.mode === 'requirements') {
      const keys = keysOfList(complete, kinds);
      add(completionReaders, keys, i);
      add(requirementReaders, keys, i);
      if (keys.includes(VOLATILE)) alwaysComplete.push(i);
    } else if (complete.mode === 'evaluationFlow') alwaysComplete.push(i);
  });
  return {
    startReaders,
    completionReaders,
    alwaysStart,
    alwaysComplete,
    requirementReaders,
    startReadersOfStep: new PositionReaders(waitsFor),
    completionReadsOwnStatus,
  };
}
