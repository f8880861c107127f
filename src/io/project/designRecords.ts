/**
 * The records a design reads fields of, and their objects: the triggering record (`$Record` and
 * `$Record__Prior`, of the trigger's object) and each Record variable with an object (`curUser`,
 * a User). The project's checks look fields up in these objects' metadata.
 */
import { RECORD, RECORD_PRIOR } from '../../model/references';
import type { Orchestration } from '../../model/types';

/** By document (documents are immutable): every requirement row's suggestions and both checks ask per version. */
const cache = new WeakMap<Orchestration, ReadonlyMap<string, string>>();

/** Variable (`$Record`, `curUser`) → the object of the record it holds. */
export function designRecords(doc: Orchestration): ReadonlyMap<string, string> {
  const known = cache.get(doc);
  if (known) return known;
  const records = new Map<string, string>();
  const trigger = doc.trigger;
  if (trigger?.type === 'recordTriggered' && trigger.object) {
    records.set(RECORD, trigger.object);
    records.set(RECORD_PRIOR, trigger.object);
  }
  for (const variable of doc.variables ?? []) {
    if (variable.type === 'Record' && variable.object && !records.has(variable.name)) records.set(variable.name, variable.object);
  }
  cache.set(doc, records);
  return records;
}
