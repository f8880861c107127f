/**
 * API names that follow labels, as Flow Builder does: while an element's, a flow's or the
 * orchestration's API name is the one its label derives, a new label derives a new API name; once
 * the admin has typed an API name of their own, it stays. "Following" is not stored anywhere: it
 * is read from the document (`name` is what the label before the edit derives), so it survives
 * undo, redo, export and reload, and FORMAT.md needs no new field (docs/editor.md).
 */
import { API_NAME_MAX, apiNameFromLabel, uniqueName } from './names';

/**
 * True when `name` is what `label` derives (`Reserve_stock` for "Reserve stock"), or that with the
 * `_2`, `_3`… suffix uniqueness adds. An absent label is read as the name itself (the canvas shows
 * the name), so an unlabelled element follows the first label it is given.
 */
export function followsLabel(name: string, label: string | undefined): boolean {
  const base = apiNameFromLabel(label ?? name);
  if (name === base) return true;
  const suffix = /_\d+$/.exec(name)?.[0];
  // uniqueName shortens the base so that base + suffix stays within API_NAME_MAX.
  return suffix !== undefined && name.slice(0, -suffix.length) === base.slice(0, API_NAME_MAX - suffix.length).replace(/_+$/, '');
}

/**
 * The API name after the label changes from `before` to `after`: derived from `after` (and made
 * unique among `taken`, which must not contain `name` itself) while `name` follows `before`;
 * otherwise `name` unchanged. A blank new label keeps the name.
 */
export function nameAfterRelabel(name: string, before: string | undefined, after: string | undefined, taken: ReadonlySet<string> = new Set()): string {
  if (after === undefined || after.trim() === '' || !followsLabel(name, before)) return name;
  const base = apiNameFromLabel(after);
  return base === name ? name : uniqueName(base, taken);
}
