/**
 * A step's start requirements that read its own status (`A.Status EqualTo Completed` on step A) or
 * its own stage's status: whenever the start is checked the step is `NotStarted` and its stage
 * `InProgress` (R2, R14, R63 — a start is checked only for a step not started, in the stage that is
 * running), so such a row is as fixed as a constant. Where those rows decide the logic the step can
 * never start (SEMANTICS.md lists "a step that can never start" among the warnings; this is the case
 * a predecessor chain cannot see) or starts as soon as its stage does; elsewhere the row is only
 * dead weight. Orchestration Builder does not offer these resources in a step's start (nor does
 * the app's picker since 689ad64), but an imported file can hold them.
 */
import { evaluateLogic, parseLogic } from './logic';
import type { Requirement, RequirementList, Step } from './types';

/** What a start row reads that is fixed while the start is checked, and its value then. */
export interface FixedStartRow {
  /** 1-based, as the requirement editor numbers rows. */
  readonly row: number;
  readonly reads: 'step' | 'stage';
  readonly value: boolean;
}

/** Whether the start can ever hold with those rows fixed, and the rows. */
export interface FixedStart {
  readonly rows: readonly FixedStartRow[];
  /** never: holds for no value of the other rows; always: for every value; depends: on the others. */
  readonly outcome: 'never' | 'always' | 'depends';
}

/** The status each reads whenever a step's start is checked. */
export const STATUS_AT_START_CHECK = { step: 'NotStarted', stage: 'InProgress' } as const;
/** More rows are refused (R64); the search below tries every combination of the rows that are not fixed. */
const MAX_ROWS = 10;

/** What row `req` gives while the status it reads is `status`, or null when the row does not read a fixed value. */
function rowWhile(req: Requirement, status: string): boolean | null {
  const right = req.right;
  const flag = right && 'boolean' in right ? right.boolean : null;
  const text = right && 'string' in right ? right.string : null;
  switch (req.operator) {
    case 'EqualTo': return text === null ? (right ? null : false) : text === status;
    case 'NotEqualTo': return text === null ? (right ? null : true) : text !== status;
    case 'IsNull':
    case 'IsBlank': return flag === null ? null : !flag; // a status is a value, never blank
    case 'WasSet': return flag; // a status always has a value
    case 'Contains': return text === null ? null : status.includes(text);
    case 'StartsWith': return text === null ? null : status.startsWith(text);
    case 'EndsWith': return text === null ? null : status.endsWith(text);
    default: return null;
  }
}

/**
 * The rows of `step`'s start requirements (in stage `stageName`) that read its own status or its
 * stage's, with a fixed value, and whether the start can then hold; null when no row does.
 */
export function fixedStartRows(step: Step, stageName: string): FixedStart | null {
  if (step.start?.mode !== 'requirements' || step.start.requirements.length > MAX_ROWS) return null;
  return fixedRows(step.name, stageName, step.start);
}

/**
 * fixedStartRows for a start with requirements. Apart, because its closures make V8 allocate a
 * context on every call of the function that holds them, before any return: validation asks about
 * every step of a design several times, and most start otherwise.
 */
function fixedRows(stepName: string, stageName: string, start: RequirementList): FixedStart | null {
  const requirements = start.requirements;
  const ownStep = `${stepName}.Status`;
  const ownStage = `${stageName}.Status`;
  const rows: FixedStartRow[] = [];
  requirements.forEach((req, i) => {
    const reads = req.left === ownStep ? 'step' : req.left === ownStage ? 'stage' : null;
    const value = reads === null ? null : rowWhile(req, STATUS_AT_START_CHECK[reads]);
    if (reads !== null && value !== null) rows.push({ row: i + 1, reads, value });
  });
  if (rows.length === 0) return null;
  const parsed = parseLogic(start.logic, requirements.length);
  if (!parsed.ok) return null; // refused by the logic check already
  const fixed = new Map(rows.map((r) => [r.row, r.value]));
  const free = requirements.map((_, i) => i + 1).filter((n) => !fixed.has(n));
  let holds = 0;
  const combinations = 2 ** free.length;
  for (let combination = 0; combination < combinations; combination++) {
    if (evaluateLogic(parsed.ast, (n) => fixed.get(n) ?? ((combination >> free.indexOf(n)) & 1) === 1)) holds++;
  }
  return { rows, outcome: holds === 0 ? 'never' : holds === combinations ? 'always' : 'depends' };
}

/** The rows (1-based) of `step`'s start that read its own status or its stage's, when with them the start can never hold; else null. */
export function ownStatusRowsBlockingStart(step: Step, stageName: string): readonly FixedStartRow[] | null {
  const fixed = fixedStartRows(step, stageName);
  return fixed?.outcome === 'never' ? fixed.rows : null;
}
