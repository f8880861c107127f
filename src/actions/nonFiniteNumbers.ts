/**
 * Numbers a JSON document cannot hold (NaN, Infinity) in an object given to the test hook. JSON
 * writes them as null, so `apiVersion: NaN` was refused as `"apiVersion" must be a number, not null`
 * — a script that computed NaN read that it had passed null.
 */
import { childPath } from '../model/jsonPath';

/** At most this many values are visited: the object was written to JSON already, so it is finite, but may be large. */
const VISITED = 200_000;

/** The path of each NaN or ±Infinity inside `value` (own enumerable properties, as JSON.stringify reads them), by path. */
export function nonFiniteNumbers(value: unknown): Map<string, number> {
  const found = new Map<string, number>();
  const stack: [string, unknown][] = [['', value]];
  for (let visited = 0; stack.length > 0 && visited < VISITED; visited++) {
    const [path, current] = stack.pop()!;
    if (typeof current === 'number' && !Number.isFinite(current)) found.set(path, current);
    else if (Array.isArray(current)) current.forEach((item, i) => stack.push([childPath(path, i), item]));
    else if (current !== null && typeof current === 'object') for (const [key, item] of Object.entries(current)) stack.push([childPath(path, key), item]);
  }
  return found;
}

/** The message for a problem at a path that held `number`: what was given, and why it reads as null. */
export function nonFiniteMessage(number: number): string {
  return `${String(number)} is not a number a document can hold (JSON writes it as null): give a finite number`;
}
