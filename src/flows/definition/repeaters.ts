/**
 * Which screen fields are inside a Repeater: the interpreter takes them once per item (not from the
 * screen's own answers), and the CLI warns of a `--screens` answer given to one at the top level.
 */
import type { ScreenField } from './elements';

export const isRepeater = (field: ScreenField): boolean => field.fieldType === 'Repeater';

/** Each field inside a Repeater (its children, and what sections among them hold), with the Repeater it is in. */
export function insideRepeaters(fields: readonly ScreenField[]): Map<ScreenField, ScreenField> {
  const byName = new Map(fields.map((field) => [field.name.toLowerCase(), field]));
  const inside = new Map<ScreenField, ScreenField>();
  for (const field of fields) {
    let parent = field.parent === undefined ? undefined : byName.get(field.parent.toLowerCase());
    // bounded: a file whose parents make a cycle must not loop
    for (let depth = 0; parent && depth < 16; depth++) {
      if (isRepeater(parent)) {
        inside.set(field, parent);
        break;
      }
      parent = parent.parent === undefined ? undefined : byName.get(parent.parent.toLowerCase());
    }
  }
  return inside;
}
