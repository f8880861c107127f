/**
 * Edits of a scenario's optional fields, as every part of the Scenarios dialog makes them: an
 * optional field at its default (no value, or an empty map) is left out of the scenario rather than
 * written empty, so a saved or exported scenario says only what the admin set.
 */
import type { Scenario } from '../../model/types';

const isEmptyMap = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/** The scenario with `key` set to `value`, or without `key` when `value` is undefined or an empty map. */
export function withField<K extends keyof Scenario>(scenario: Scenario, key: K, value: Scenario[K] | undefined): Scenario {
  const { [key]: _previous, ...rest } = scenario;
  return value === undefined || isEmptyMap(value) ? (rest as Scenario) : ({ ...rest, [key]: value } as Scenario);
}

/**
 * `map` with `key` set to `value` (in its place, or last when new), or without `key` when `value` is
 * undefined. Built from entries, never assigned: a name from a project file could be "__proto__".
 */
export function withEntry<V>(map: Readonly<Record<string, V>>, key: string, value: V | undefined): Record<string, V> {
  const entries = Object.entries(map);
  const kept = value === undefined
    ? entries.filter(([k]) => k !== key)
    : entries.some(([k]) => k === key) ? entries.map(([k, v]): [string, V] => [k, k === key ? value : v]) : [...entries, [key, value] as [string, V]];
  return Object.fromEntries(kept);
}
