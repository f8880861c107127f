/**
 * R13 for records reached through a relationship: a requirement of the current stage that reads
 * `$Record.Account.Rating` reads the Account record the triggering record's `AccountId` points to.
 * When a project flow changes that Account — a record bound to no orchestration name — the change
 * wakes the run exactly as a change of `$Record.Status` does: when the requirement belongs to the
 * stage's exit or to a step that is NotStarted or InProgress (docs/flows.md "In a run").
 * A requirement that reads a formula resource reads what the formula's merge fields read, so a
 * formula over `$Record.Account.Rating` wakes the run the same way.
 * Such reads are volatile for the sweeper (re-checked on every sweep), so only the wake and the
 * pass's "something changed" need telling.
 */
import { lookupFieldOf, readField } from '../../flows/org/simulatedOrg';
import type { RequirementList, Stage } from '../../model/types';
import { completionOf, exitOf, hasCustomCompletion, startOf } from '../conditions';
import type { DocIndex } from '../docIndex';
import type { Engine } from '../engine';
import { FORMULA_NESTING } from '../readKeys';
import { EXIT } from '../stageIndex';

/** A requirement's field path that goes through at least one relationship, and whose it is. */
interface RelatedRead {
  readonly owner: number;
  readonly variable: string;
  readonly path: readonly string[];
}

/**
 * Found once per stage and document: a stage object is shared by the documents an edit makes from
 * one another, and what its requirements read through formulas depends on the document's formulas.
 */
const readsByDocument = new WeakMap<DocIndex, WeakMap<Stage, readonly RelatedRead[]>>();

/**
 * The relationship reads behind `text`: its own path, or, for a formula resource, those of the
 * merge fields it reads (a formula reading a formula is followed, each formula once per owner).
 */
function readsOfReference(engine: Engine, text: string, owner: number, out: RelatedRead[], formulas: Set<string>, depth: number): void {
  const ref = engine.model.reference(text);
  if (ref?.kind === 'field' && ref.path.length > 1) out.push({ owner, variable: ref.variable, path: ref.path });
  else if (ref?.kind === 'name' && engine.model.isFormula(ref.name) && !formulas.has(ref.name) && depth <= FORMULA_NESTING) {
    formulas.add(ref.name);
    for (const read of engine.model.formulaReads(ref.name)) readsOfReference(engine, read, owner, out, formulas, depth + 1);
  }
}

function readsOfList(engine: Engine, list: RequirementList, owner: number, out: RelatedRead[]): void {
  const formulas = new Set<string>();
  for (const row of list.requirements) {
    readsOfReference(engine, row.left, owner, out, formulas, 0);
    if (row.right && 'ref' in row.right) readsOfReference(engine, row.right.ref, owner, out, formulas, 0);
  }
}

/** The relationship reads of a stage's requirements (exit, starts, custom completions), found once. */
function relatedReadsOf(engine: Engine, stage: Stage): readonly RelatedRead[] {
  let byStage = readsByDocument.get(engine.model);
  if (!byStage) {
    byStage = new WeakMap();
    readsByDocument.set(engine.model, byStage);
  }
  let reads = byStage.get(stage);
  if (reads) return reads;
  const out: RelatedRead[] = [];
  const exit = exitOf(stage);
  if (exit.mode === 'requirements') readsOfList(engine, exit, EXIT, out);
  stage.steps.forEach((step, i) => {
    const start = startOf(step);
    if (start.mode === 'requirements') readsOfList(engine, start, i, out);
    const complete = completionOf(step);
    if (hasCustomCompletion(step) && complete.mode === 'requirements') readsOfList(engine, complete, i, out);
  });
  reads = out;
  byStage.set(stage, reads);
  return reads;
}

/** The field a path reads from the record it reached at `i` (a relationship's lookup field, or the last field). */
function fieldReadAt(path: readonly string[], i: number): string {
  return i === path.length - 1 ? path[i]! : lookupFieldOf(path[i]!.split(':')[0]!);
}

/** Whether following `read` from its head record passes the record `id` and reads one of `fields` there (none: any). */
function reaches(engine: Engine, read: RelatedRead, id: string, fields: readonly string[]): boolean {
  let current = engine.vars.recordOf(read.variable);
  for (let i = 0; i < read.path.length - 1 && current; i++) {
    const target = readField(current, lookupFieldOf(read.path[i]!.split(':')[0]!));
    if (typeof target !== 'string') return false;
    if (target === id) {
      const field = fieldReadAt(read.path, i + 1).toLowerCase();
      return fields.length === 0 || fields.some((f) => f.toLowerCase() === field);
    }
    current = engine.org.get(target);
  }
  return false;
}

/**
 * A project flow created, updated (`fields`) or deleted the record `id`. When a relationship read
 * of the current stage reaches it, the run counts a change (a running pass goes round again) and,
 * when the reader is live (R13), the result says the run wakes.
 */
export function relatedRecordChanged(engine: Engine, id: string, fields: readonly string[]): boolean {
  const stage = engine.current;
  if (!stage) return false;
  let touched = false;
  let wakes = false;
  for (const read of relatedReadsOf(engine, stage.stage)) {
    if (!reaches(engine, read, id, fields)) continue;
    touched = true;
    const status = read.owner === EXIT ? null : stage.steps[read.owner]!.status;
    if (status === null || status === 'NotStarted' || status === 'InProgress') wakes = true;
  }
  if (touched) engine.changes++;
  return wakes;
}
