/**
 * The naive reference for evaluation passes (R11) and record-change wake-ups (R13): every step is
 * checked on every sweep, every requirement of the current stage is scanned on every change. Tests
 * compare the engine's indexed sweeper against it on generated orchestrations; traces must be
 * byte-identical.
 */
import { decideStatus, firstFieldOf, parseReference } from '../../model/references';
import { PLAIN_KINDS, type ReferenceKinds } from '../readKeys';
import type { RequirementList } from '../../model/types';
import { completionOf, exitOf, startOf } from '../conditions';
import type { StageRun } from '../state';
import type { Sweeper } from '../sweeper';

function readsTarget(text: string, target: string, kinds: ReferenceKinds, depth = 0): boolean {
  const parsed = parseReference(text);
  if (!parsed) return false;
  if (parsed.kind === 'name' && kinds.isFormula(parsed.name)) return depth < 8 && kinds.formulaReads(parsed.name).some((t) => readsTarget(t, target, kinds, depth + 1));
  const ref = decideStatus(parsed, (name) => kinds.isStepOrStage(name));
  const dot = target.indexOf('.');
  const variable = dot < 0 ? target : target.slice(0, dot);
  const field = dot < 0 ? null : target.slice(dot + 1);
  if (ref.kind === 'name') return ref.name === variable;
  if (ref.kind === 'field') return ref.variable === variable && (field === null || firstFieldOf(ref.path) === field);
  return false;
}

function listReads(list: RequirementList, target: string, kinds: ReferenceKinds): boolean {
  return list.requirements.some((r) => readsTarget(r.left, target, kinds) || (r.right !== undefined && 'ref' in r.right && readsTarget(r.right.ref, target, kinds)));
}

export class NaiveSweeper implements Sweeper {
  private run: StageRun | null = null;
  private pos = -1;

  private kinds: ReferenceKinds = PLAIN_KINDS;

  enterStage(run: StageRun, kinds?: ReferenceKinds): void {
    this.run = run;
    this.kinds = kinds ?? PLAIN_KINDS;
  }

  changed(): void {
    // the naive sweep re-checks everything anyway
  }

  stepChanged(): void {
    // likewise
  }

  beginStarts(): void {
    this.pos = -1;
  }

  nextStart(): number {
    this.pos++;
    return this.pos < (this.run?.steps.length ?? 0) ? this.pos : -1;
  }

  beginCompletions(): void {
    this.pos = -1;
  }

  nextCompletion(): number {
    return this.nextStart();
  }

  endIteration(): void {
    this.pos = -1;
  }

  recheck(): void {
    // every step is checked on every sweep anyway
  }

  wakes(target: string): boolean {
    const run = this.run;
    if (!run) return false;
    const exit = exitOf(run.stage);
    if (exit.mode === 'requirements' && listReads(exit, target, this.kinds)) return true;
    return run.steps.some((s) => {
      if (s.status !== 'NotStarted' && s.status !== 'InProgress') return false;
      const start = startOf(s.step);
      if (start.mode === 'requirements' && listReads(start, target, this.kinds)) return true;
      const complete = completionOf(s.step);
      return s.step.kind === 'interactive' && complete.mode === 'requirements' && listReads(complete, target, this.kinds);
    });
  }
}
