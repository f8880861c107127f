/**
 * JSON paths as problems show them: `stages[0].steps[2].start.step`. Keys that are not plain
 * identifiers are quoted (`inputs["order id"]`); the document itself is the empty path.
 */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of `key` inside the value at `base`. */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENTIFIER.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/** `stages[i]`: built directly, as validation builds one for every stage of a big design. */
export function stagePath(stageIndex: number): string {
  return `stages[${stageIndex}]`;
}

/** `stages[i].steps[j]`: built directly, as validation builds one for every step of a big design. */
export function stepPath(stageIndex: number, stepIndex: number): string {
  return `stages[${stageIndex}].steps[${stepIndex}]`;
}

/** The path of a list of keys, e.g. `['stages', 0, 'name']` → `stages[0].name`. */
export function formatPath(keys: ReadonlyArray<PropertyKey>): string {
  let path = '';
  for (const key of keys) path = childPath(path, typeof key === 'symbol' ? String(key) : key);
  return path;
}
