/**
 * Per-stage read index (built once per stage): for each read key, which steps' start conditions and
 * which interactive steps' completion conditions read it, which steps must be re-checked on every
 * sweep (evaluation flows are computed only when a pass checks them, R22), and which requirements a
 * scenario change can wake (R13).
 */
import type { Stage } from '../model/types';
import { completionOf, exitOf, hasCustomCompletion, startOf } from './conditions';
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
}

function addKey(map: Map<string, number[]>, k: string, owner: number): void {
  const list = map.get(k);
  if (!list) map.set(k, [owner]);
  else if (list[list.length - 1] !== owner) list.push(owner);
}

function add(map: Map<string, number[]>, keys: readonly string[], owner: number): void {
  for (const k of keys) addKey(map, k, owner);
}

/** Builds the read index of one stage. */
export function buildStageIndex(stage: Stage, kinds: ReferenceKinds = PLAIN_KINDS): StageIndex {
  const startReaders = new Map<string, number[]>();
  const completionReaders = new Map<string, number[]>();
  const requirementReaders = new Map<string, number[]>();
  const alwaysStart: number[] = [];
  const alwaysComplete: number[] = [];
  const exit = exitOf(stage);
  if (exit.mode === 'requirements') add(requirementReaders, keysOfList(exit, kinds), EXIT);
  stage.steps.forEach((step, i) => {
    const start = startOf(step);
    if (start.mode === 'stepCompleted') addKey(startReaders, statusKey(start.step), i);
    else if (start.mode === 'requirements') {
      const keys = keysOfList(start, kinds);
      add(startReaders, keys, i);
      add(requirementReaders, keys, i);
      if (keys.includes(VOLATILE)) alwaysStart.push(i);
    } else if (start.mode === 'evaluationFlow') alwaysStart.push(i);
    if (!hasCustomCompletion(step)) return;
    const complete = completionOf(step);
    // The step's own status: it becomes a completion candidate when it starts.
    addKey(completionReaders, statusKey(step.name), i);
    if (complete.mode === 'requirements') {
      const keys = keysOfList(complete, kinds);
      add(completionReaders, keys, i);
      add(requirementReaders, keys, i);
      if (keys.includes(VOLATILE)) alwaysComplete.push(i);
    } else if (complete.mode === 'evaluationFlow') alwaysComplete.push(i);
  });
  return { startReaders, completionReaders, alwaysStart, alwaysComplete, requirementReaders };
}
