/**
 * Warnings about start requirement rows that read the step's own status or its own stage's: the
 * value is fixed whenever the start is checked (ownStatusStart.ts), so the row never changes the
 * outcome. Where the rows make the start never hold, validateFeasibility says the step can never
 * start (a chain of steps may follow from it); here the other two cases — the start holds at once,
 * or the row is dead weight — are warned about at the row itself, "Requirement 2, Resource", the
 * field the admin changes. Warnings, not errors: SEMANTICS.md's errors do not include it and the
 * design runs (*chosen*, docs/decisions.md).
 */
import { childPath } from './jsonPath';
import { fixedStartRows, STATUS_AT_START_CHECK, type FixedStartRow } from './ownStatusStart';
import type { ValidationContext } from './validateContext';

const rowList = (rows: readonly FixedStartRow[]): string =>
  `row${rows.length > 1 ? 's' : ''} ${rows.map((r) => r.row).join(', ')}`;

/**
 * "read its own status (row 2), which is NotStarted" — and its stage's, "InProgress" — for the
 * reason a step can never start (validateFeasibility.ts).
 */
export function fixedRowsReason(rows: readonly FixedStartRow[]): string {
  const own = rows.filter((r) => r.reads === 'step');
  const stage = rows.filter((r) => r.reads === 'stage');
  const parts: string[] = [];
  if (own.length > 0) parts.push(`its own status (${rowList(own)}), which is ${STATUS_AT_START_CHECK.step}`);
  if (stage.length > 0) parts.push(`its stage's status (${rowList(stage)}), which is ${STATUS_AT_START_CHECK.stage}`);
  return `its start requirements read ${parts.join(', and ')} whenever they are checked, so the start never holds`;
}

function rowWarning(row: FixedStartRow, stageName: string, startsAtOnce: boolean): string {
  const what = row.reads === 'step'
    ? `this row reads the step's own status, which is ${STATUS_AT_START_CHECK.step} whenever its start is checked`
    : `this row reads the status of the step's own stage "${stageName}", which is ${STATUS_AT_START_CHECK.stage} whenever the step's start is checked`;
  const then = startsAtOnce ? ' and the start always holds: the step starts as soon as its stage does' : '';
  return `${what}, so the row is always ${row.value}${then}; read another step's or stage's status, or remove the row`;
}

/** Adds a warning at each start row that reads a fixed status, unless the step can never start (validateFeasibility warns then). */
export function validateFixedStartRows(ctx: ValidationContext): void {
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const { step, stage, path } = ctx.stepEntries[i]!;
    const fixed = fixedStartRows(step, stage.name);
    if (fixed === null || fixed.outcome === 'never') continue;
    const requirements = childPath(childPath(path, 'start'), 'requirements');
    for (const row of fixed.rows) {
      ctx.warn(childPath(childPath(requirements, row.row - 1), 'left'), rowWarning(row, stage.name, fixed.outcome === 'always'));
    }
  }
}
