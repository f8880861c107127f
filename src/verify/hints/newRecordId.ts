/** Ids for records a scenario adds to its simulated org. */
import { keyPrefixOf } from '../../flows/org/simulatedOrg';
import type { Scenario } from '../../model/types';

type Records = NonNullable<Scenario['records']>;

/**
 * An Id for a new record of `object` that no record of the scenario has: the object's key prefix,
 * `SCN`, a counter — 18 characters like a real one, and unlike the simulated org's own (`SIM`).
 */
export function newRecordId(records: Records, object: string): string {
  const taken = new Set(Object.values(records).flat().map((r) => r.Id));
  let n = 1;
  const id = () => `${keyPrefixOf(object)}SCN${String(n).padStart(12, '0')}`;
  while (taken.has(id())) n++;
  return id();
}
