/**
 * The run of each step by name (stepRunsByName.ts) answers as the Map it replaces did: the first
 * stage added that holds a name keeps it, a name no stage added holds is not found, and the runs
 * come back stage by stage in the order added, each stage's steps in declared order.
 */
import { describe, expect, it } from 'vitest';
import type { Stage } from '../model/types';
import type { StageRun, StepRun } from './state';
import { StepRunsByName } from './stepRunsByName';
import { bg, orch, stage } from './testing/builders';

/** A deterministic pseudo-random sequence (no Math.random in tests). */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A stage's run as the engine makes it, with only what the table reads filled in. */
function runOf(s: Stage): StageRun {
  const run = { stage: s, name: s.name, steps: [] as StepRun[] } as unknown as StageRun;
  (run as { steps: StepRun[] }).steps = s.steps.map((step, index) => ({ step, name: step.name, stageRun: run, index }) as unknown as StepRun);
  return run;
}

describe('StepRunsByName', () => {
  it('finds the steps of the stages added, the first stage added keeping a name two stages hold', () => {
    // given stages A (x, y) and B (y, z), B started first
    const doc = orch([stage('A', [bg('x'), bg('y')]), stage('B', [bg('y'), bg('z')])]);
    const table = new StepRunsByName(doc);
    const [a, b] = [runOf(doc.stages[0]!), runOf(doc.stages[1]!)];
    // when B is added
    table.addStage(b);
    // then A's steps are not found yet, and y is B's
    expect([table.get('x'), table.get('y'), table.get('z')]).toEqual([undefined, b.steps[0], b.steps[1]]);
    // when A is added too, y stays B's
    table.addStage(a);
    expect([table.get('x'), table.get('y'), table.get('z'), table.get('w')]).toEqual([a.steps[0], b.steps[0], b.steps[1], undefined]);
    expect(table.values().map((s) => `${s.stageRun.name}.${s.name}`)).toEqual(['B.y', 'B.z', 'A.x']);
    expect(table.size).toBe(3);
  });

  it('keeps the first of a name declared twice in one stage', () => {
    // given a stage declaring q twice (an unvalidated document)
    const doc = orch([stage('S', [bg('q'), bg('r'), bg('q')])]);
    const table = new StepRunsByName(doc);
    const run = runOf(doc.stages[0]!);
    // when
    table.addStage(run);
    // then
    expect(table.get('q')).toBe(run.steps[0]);
    expect(table.values()).toEqual([run.steps[0], run.steps[1]]);
  });

  it('counts a stage with no list of steps (a document not validated) as holding none', () => {
    // given stage B without steps, never started
    const doc = orch([stage('A', [bg('a')]), { name: 'B' } as unknown as Stage]);
    // when
    const table = new StepRunsByName(doc);
    const run = runOf(doc.stages[0]!);
    table.addStage(run);
    // then
    expect(table.get('a')).toBe(run.steps[0]);
    expect(table.get('b')).toBeUndefined();
  });

  it('refuses a stage that is not the document\'s, or one added twice', () => {
    const doc = orch([stage('S', [bg('a')])]);
    const table = new StepRunsByName(doc);
    const run = runOf(doc.stages[0]!);
    table.addStage(run);
    expect(() => table.addStage(run)).toThrow(/added before/);
    expect(() => table.addStage(runOf(stage('S', [bg('a')])))).toThrow(/not a stage of the document/);
  });

  it('answers as a Map on random documents with repeated names, stages added in random order', () => {
    const next = sequence(7);
    for (let round = 0; round < 60; round++) {
      // given up to 6 stages of up to 300 steps, names drawn from a pool smaller than the steps at times
      const pool = 1 + Math.floor(next() * 600);
      const stages = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, s) =>
        stage(`S${s}`, Array.from({ length: Math.floor(next() * 300) }, () => bg(`N${Math.floor(next() * pool)}`))));
      const doc = orch(stages);
      const table = new StepRunsByName(doc);
      const reference = new Map<string, StepRun>();
      // when the stages are added in a random order
      const order = stages.map((_, s) => s).sort(() => next() - 0.5);
      for (const s of order) {
        const run = runOf(stages[s]!);
        table.addStage(run);
        for (const step of run.steps) if (!reference.has(step.name)) reference.set(step.name, step);
        // then every name of the pool (and one outside it) is found as the Map finds it
        for (let n = 0; n <= pool; n++) expect(table.get(`N${n}`)).toBe(reference.get(`N${n}`));
      }
      expect(table.values()).toEqual([...reference.values()]);
      expect(table.size).toBe(reference.size);
    }
  });
});
