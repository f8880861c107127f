/**
 * Fields a document has that its shape does not name. FORMAT.md lets documents carry fields of
 * their own ("Fields may be added — always optional"), so such a field is never an error; but a
 * hand-written design's typo (`flwo` for `flow`) would be ignored in silence, and the step run as
 * a placeholder. Each is a warning at its path that names the field it most likely meant, as a
 * scenario's unknown fields are (validateScenarioKeys.ts; docs/decisions.md).
 *
 * Walks the written-out shape (shapeTypes.ts) beside the value, so the command line needs no zod.
 * Values of the wrong type are passed over: the structure check reports them. Free-form parts
 * (`json`: `extensions`, a flow's `definition`) are not looked into, and neither are unions: the
 * documents' unions hold primitives and strict objects only, whose extra keys are errors already.
 */
import { closestName } from '../closestName';
import { childPath } from '../jsonPath';
import type { Problem } from '../types';
import type { ShapeTable } from './shapeTypes';
import { isObject } from './valueKinds';

/** Warnings named at most; a file with more (another tool's document) gets one line counting the rest. */
const MAX_NAMED = 50;

/** A warning for each field of `value` that `table` does not name: an object's own, then its children's, in file order. */
export function unknownFieldWarnings(table: ShapeTable, value: unknown): Problem[] {
  const found: Problem[] = [];
  let more = 0;
  const note = (path: string, key: string, known: readonly string[]) => {
    if (found.length >= MAX_NAMED) { more++; return; }
    const meant = closestName(key, known);
    found.push({ path, message: `unknown field "${key}": Stageflow does not read it${meant ? `; did you mean "${meant}"?` : ''}`, severity: 'warning' });
  };
  // an explicit stack, not recursion: a document nests up to 100 levels (jsonText.ts) and may be big
  const stack: Array<[node: number, value: unknown, path: string]> = [[table.root, value, '']];
  while (stack.length > 0) {
    const [index, current, path] = stack.pop()!;
    const node = table.nodes[index]!;
    switch (node.t) {
      case 'optional':
        if (current !== undefined) stack.push([node.i, current, path]);
        break;
      case 'nullable':
        if (current !== null) stack.push([node.i, current, path]);
        break;
      case 'array':
        if (Array.isArray(current)) for (let i = current.length - 1; i >= 0; i--) stack.push([node.e, current[i], childPath(path, i)]);
        break;
      case 'record':
        if (isObject(current)) for (const key of Object.keys(current).reverse()) stack.push([node.v, current[key], childPath(path, key)]);
        break;
      case 'choice': {
        if (!isObject(current)) break;
        const option = node.o.find(([tag]) => tag === current[node.d]);
        if (option) stack.push([option[1], current, path]);
        break;
      }
      case 'object': {
        if (!isObject(current)) break;
        const children: Array<[number, unknown, string]> = [];
        for (const key of Object.keys(current)) {
          const field = node.s.find(([name]) => name === key);
          if (field) children.push([field[1], current[key], childPath(path, key)]);
          // a strict object's extra key is an error of the structure check already; `extensions` is
          // Flow metadata kept verbatim (FORMAT.md §2), which the XML importer puts on any element
          else if (node.x !== 'strict' && key !== 'extensions') note(childPath(path, key), key, node.s.map(([name]) => name));
        }
        stack.push(...children.reverse());
        break;
      }
      default:
        break;
    }
  }
  if (more > 0) found.push({ path: '', message: `and ${more} more unknown field${more === 1 ? '' : 's'}: Stageflow does not read them`, severity: 'warning' });
  return found;
}
