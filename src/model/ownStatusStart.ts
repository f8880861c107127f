/**
 * A step whose start requirements read its own status (`A.Status EqualTo Completed` on step A)
 * can never start when those rows decide the logic: its status is `NotStarted` at every check of
 * its start condition (R14, R63), so such a row is as fixed as a constant. SEMANTICS.md lists "a
 * step that can never start" among the warnings; this is the case a predecessor chain cannot see.
 */
import { evaluateLogic, parseLogic } from './logic';
import type { Requirement, RequirementList, Step } from './types';

const STATUS_BEFORE_START = 'NotStarted';
/** More rows are refused (R64); the search below tries every combination of the rows that are not fixed. */
const MAX_ROWS = 10;

/** What row `req` gives while its step is NotStarted, or null when the row does not read a fixed value. */
function rowWhileNotStarted(req: Requirement): boolean | null {
  const right = req.right;
  const flag = right && 'boolean' in right ? right.boolean : null;
  const text = right && 'string' in right ? right.string : null;
  switch (req.operator) {
    case 'EqualTo': return text === null ? (right ? null : false) : text === STATUS_BEFORE_START;
    case 'NotEqualTo': return text === null ? (right ? null : true) : text !== STATUS_BEFORE_START;
    case 'IsNull':
    case 'IsBlank': return flag === null ? null : !flag; // NotStarted is a value, not blank
    case 'WasSet': return flag; // a status always has a value
    case 'Contains': return text === null ? null : STATUS_BEFORE_START.includes(text);
    case 'StartsWith': return text === null ? null : STATUS_BEFORE_START.startsWith(text);
    case 'EndsWith': return text === null ? null : STATUS_BEFORE_START.endsWith(text);
    default: return null;
  }
}

/**
 * The rows (1-based) of `step`'s start requirements that read its own status, when with them the
 * logic holds for no values of the other rows — so the step can never start; else null.
 */
export function ownStatusRowsBlockingStart(step: Step): number[] | null {
  if (step.start?.mode !== 'requirements' || step.start.requirements.length > MAX_ROWS) return null;
  return rowsBlocking(step, step.start);
}

/**
 * ownStatusRowsBlockingStart for a start with requirements. Apart, because its closures make V8
 * allocate a context on every call of the function that holds them, before any return: validation
 * asks about every step of a design twice, and most start otherwise.
 */
function rowsBlocking(step: Step, start: RequirementList): number[] | null {
  const rows = start.requirements;
  const own = `${step.name}.Status`;
  const fixed = new Map<number, boolean>();
  rows.forEach((req, i) => {
    const value = req.left === own ? rowWhileNotStarted(req) : null;
    if (value !== null) fixed.set(i + 1, value);
  });
  if (fixed.size === 0) return null;
  const parsed = parseLogic(start.logic, rows.length);
  if (!parsed.ok) return null; // refused by the logic check already
  const free = rows.map((_, i) => i + 1).filter((n) => !fixed.has(n));
  for (let combination = 0; combination < 2 ** free.length; combination++) {
    const holds = evaluateLogic(parsed.ast, (n) => fixed.get(n) ?? ((combination >> free.indexOf(n)) & 1) === 1);
    if (holds) return null;
  }
  return [...fixed.keys()];
}
