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
import { UNNAMED_BUT_KNOWN } from './certainlyValid';
import { isObject } from './valueKinds';

/** Warnings named at most; a file with more (another tool's document) gets one line counting the rest. */
const MAX_NAMED = 50;
/** Characters of an unknown key shown; the rest is cut with `…`. */
const MAX_KEY = 80;

/** Where a value sits: its key and its parent's place; written out as a path only for a warning. */
interface Place {
  up: Place | null;
  key: string | number;
}

function pathOf(place: Place | null): string {
  const keys: Array<string | number> = [];
  for (let p = place; p; p = p.up) keys.push(p.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) path = childPath(path, keys[i]!);
  return path;
}

/** What the walk needs of a table, computed once per table. */
interface Plan {
  /** Whether a value of the node can hold an object whose keys are looked at (primitives are passed over). */
  walk: boolean[];
  /** An object node's fields by name. */
  fields: Array<Map<string, number> | undefined>;
}

const plans = new WeakMap<ShapeTable, Plan>();

function planOf(table: ShapeTable): Plan {
  let plan = plans.get(table);
  if (plan) return plan;
  const { nodes } = table;
  const walk: boolean[] = [];
  // a node still being decided (a schema that refers to itself) counts as walked: never skipped wrongly
  const deciding = new Set<number>();
  const decide = (index: number): boolean => {
    const known = walk[index];
    if (known !== undefined) return known;
    if (deciding.has(index)) return true;
    deciding.add(index);
    const node = nodes[index]!;
    const result = node.t === 'object' || node.t === 'choice' ? true
      : node.t === 'array' ? decide(node.e)
      : node.t === 'record' ? decide(node.v)
      : node.t === 'optional' || node.t === 'nullable' ? decide(node.i)
      : false;
    deciding.delete(index);
    walk[index] = result;
    return result;
  };
  for (let i = 0; i < nodes.length; i++) decide(i);
  const fields = nodes.map((node) => (node.t === 'object' ? new Map(node.s) : undefined));
  plan = { walk, fields };
  plans.set(table, plan);
  return plan;
}

/**
 * A warning for each field of `value` that `table` does not name: an object's own, then its
 * children's, in file order. Only values that can hold objects are visited, and a path is written
 * out only for a warning: the walk runs on every opening (a 2,000-step design has some 60,000
 * values, nearly all of them text), where writing each value's path cost more than the structure
 * check itself.
 */
export function unknownFieldWarnings(table: ShapeTable, value: unknown): Problem[] {
  const { walk, fields } = planOf(table);
  const found: Problem[] = [];
  let more = 0;
  const note = (up: Place | null, key: string, known: readonly string[]) => {
    if (found.length >= MAX_NAMED) { more++; return; }
    const meant = closestName(key, known);
    // a hostile file's key may be megabytes long: the line names its start, and stays one readable line
    const shown = key.length > MAX_KEY ? `${key.slice(0, MAX_KEY)}…` : key;
    found.push({ path: pathOf({ up, key: shown }), message: `unknown field "${shown}": Stageflow does not read it${meant ? `; did you mean "${meant}"?` : ''}`, severity: 'warning' });
  };
  // an explicit stack, not recursion: a document nests up to 100 levels (jsonText.ts) and may be big
  const stack: Array<[node: number, value: unknown, place: Place | null]> = [[table.root, value, null]];
  while (stack.length > 0) {
    const [index, current, place] = stack.pop()!;
    const node = table.nodes[index]!;
    switch (node.t) {
      case 'optional':
        if (current !== undefined) stack.push([node.i, current, place]);
        break;
      case 'nullable':
        if (current !== null) stack.push([node.i, current, place]);
        break;
      case 'array':
        if (Array.isArray(current) && walk[node.e]) for (let i = current.length - 1; i >= 0; i--) stack.push([node.e, current[i], { up: place, key: i }]);
        break;
      case 'record':
        if (isObject(current) && walk[node.v]) for (const key of Object.keys(current).reverse()) stack.push([node.v, current[key], { up: place, key }]);
        break;
      case 'choice': {
        if (!isObject(current)) break;
        const option = node.o.find(([tag]) => tag === current[node.d]);
        if (option) stack.push([option[1], current, place]);
        break;
      }
      case 'object': {
        if (!isObject(current)) break;
        const named = fields[index]!;
        const children: Array<[number, unknown, Place]> = [];
        for (const key of Object.keys(current)) {
          const field = named.get(key);
          if (field !== undefined) {
            if (walk[field]) children.push([field, current[key], { up: place, key }]);
          }
          // a strict object's extra key is an error of the structure check already; `extensions` is
          // Flow metadata kept verbatim (FORMAT.md §2), which the XML importer puts on any element
          else if (node.x !== 'strict' && key !== UNNAMED_BUT_KNOWN) note(place, key, node.s.map(([name]) => name));
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
        break;
      }
      default:
        break;
    }
  }
  if (more > 0) found.push({ path: '', message: `and ${more} more unknown field${more === 1 ? '' : 's'}: Stageflow does not read them`, severity: 'warning' });
  return found;
}
