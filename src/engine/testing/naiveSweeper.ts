/**
 * The naive reference for evaluation passes (R11) and record-change wake-ups (R13): every step is
 * checked on every sweep, every requirement of the current stage is scanned on every change. Tests
 * compare the engine's indexed sweeper against it on generated orchestrations; traces must be
 * byte-identical.
 */
import { parseReference } from '../../model/references';
import type { RequirementList } from '../../model/types';
import { completionOf, exitOf, startOf } from '../conditions';
import type { StageRun } from '../state';
import type { Sweeper } from '../sweeper';

function readsTarget(text: string, target: string): boolean {
  const ref = parseReference(text);
  if (!ref) return false;
  const dot = target.indexOf('.');
  const variable = dot < 0 ? target : target.slice(0, dot);
  const field = dot < 0 ? null : target.slice(dot + 1);
  if (ref.kind === 'name') return ref.name === variable;
  if (ref.kind === 'field') return ref.variable === variable && (field === null || ref.field === field);
  return false;
}

function listReads(list: RequirementList, target: string): boolean {
  return list.requirements.some((r) => readsTarget(r.left, target) || (r.right !== undefined && 'ref' in r.right && readsTarget(r.right.ref, target)));
}

export class NaiveSweeper implements Sweeper {
  private run: StageRun | null = null;
  private pos = -1;

  enterStage(run: StageRun): void {
    this.run = run;
  }

  changed(): void {
    // the naive sweep re-checks everything anyway
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
    if (exit.mode === 'requirements' && listReads(exit, target)) return true;
    return run.steps.some((s) => {
      if (s.status !== 'NotStarted' && s.status !== 'InProgress') return false;
      const start = startOf(s.step);
      if (start.mode === 'requirements' && listReads(start, target)) return true;
      const complete = completionOf(s.step);
      return s.step.kind === 'interactive' && complete.mode === 'requirements' && listReads(complete, target);
    });
  }
}
