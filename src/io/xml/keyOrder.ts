/** Puts an imported object's keys in the order FORMAT.md lists them, so JSON output reads naturally. */
export function inKeyOrder<T extends object>(value: T, order: readonly string[]): T {
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of order) if (Object.hasOwn(source, key) && source[key] !== undefined) result[key] = source[key];
  for (const key of Object.keys(source)) if (!Object.hasOwn(result, key) && source[key] !== undefined) result[key] = source[key];
  return result as T;
}

export const STAGE_KEYS = ['name', 'label', 'exit', 'next', 'faultNext', 'steps', 'extensions'];
export const STEP_KEYS = ['name', 'label', 'kind', 'flow', 'start', 'runAs', 'requiresAsync', 'inputs', 'outputs', 'assignee', 'complete', 'extensions'];
export const DECISION_KEYS = ['name', 'label', 'outcomes', 'defaultNext', 'extensions'];
export const OUTCOME_KEYS = ['name', 'label', 'requirements', 'logic', 'next', 'extensions'];
