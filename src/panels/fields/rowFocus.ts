/**
 * Where keyboard focus goes after a row of a list is added, moved or removed with its buttons —
 * requirements, decision outcomes, variables, users, a record's fields (docs/editor.md, "Focus
 * after each action"). Rows are keyed by their place, so without this focus stays at the place, not
 * with the row: Enter pressed twice on "Move requirement 1 down" moved the row down and then back
 * up, and removing the last row dropped focus out of the panel.
 *
 * The list's rows are its element children, in order; a row's ↑, ↓ and Remove buttons carry
 * `data-row-control` = `up | down | remove` (the first such button in the row is the row's own, before
 * any list nested in it); a row's first field is its first input, select or text area. Focus moves a
 * frame later, once React has drawn the changed list, and not when the user has put it elsewhere
 * since (ui/focusLater.ts: a click into another field and typing lost the rest of the typing to the
 * new row).
 */
import { focusNextFrame } from '../../ui/focusLater';

export type RowControl = 'first' | 'up' | 'down' | 'remove';

export interface RowList {
  /** The list whose children are the rows. */
  list(): Element | null;
  /** The list's add button, for when no row is left. */
  add(): HTMLElement | null;
}

const FIELD = 'input:not([type="hidden"]), select, textarea';

function control(list: Element | null, index: number, which: RowControl): HTMLElement | null {
  const row = index >= 0 ? list?.children[index] : undefined;
  const el = row?.querySelector<HTMLElement>(which === 'first' ? FIELD : `[data-row-control="${which}"]`) ?? null;
  return el && !(el as HTMLButtonElement).disabled ? el : null;
}

/**
 * After a row was added at `index`: its first field, ready to be filled in. A text field the row
 * starts with a made-up value in ("Outcome 2", `newVariable`, `user3`, `Field1`) has that value
 * selected, so what the admin types replaces it, as F2's rename field does; the caret was put after
 * it, and typing "Approved" made the outcome "Outcome 2Approved".
 */
export function focusAddedRow(rows: RowList, index: number): void {
  focusNextFrame(() => control(rows.list(), index, 'first'), (field) => {
    if (field instanceof HTMLInputElement && field.type === 'text') field.select();
  });
}

/** After a row moved to `to` with its ↑ or ↓: the same button of that row, or the other one at the end it reached. */
export function focusMovedRow(rows: RowList, to: number, direction: 'up' | 'down'): void {
  focusNextFrame(() => control(rows.list(), to, direction) ?? control(rows.list(), to, direction === 'up' ? 'down' : 'up'));
}

/** After the row at `index` was removed: the Remove of the row now in its place, else of the one before, else the add button. */
export function focusAfterRemovedRow(rows: RowList, index: number): void {
  focusNextFrame(() => control(rows.list(), index, 'remove') ?? control(rows.list(), index - 1, 'remove') ?? rows.add());
}
