/**
 * Reading a path below a resource of a flow interview (`rec.Field`, `rec.Owner.Email`,
 * `Action.output.field`): a record variable's fields are followed through the org (globals.ts
 * fieldPath), any other value's as the plain object it holds (Frame.resolve).
 */
import type { FieldValue, SimulatedOrg } from '../org/simulatedOrg';
import type { FlowValue } from '../values';
import type { SlotState } from './frameTypes';
import { fieldPath } from './globals';
import { fault, unsupported } from './stop';

export function readSlotPath(org: SimulatedOrg, slot: SlotState, path: readonly string[], reference: string): FlowValue {
  let value = slot.value;
  if (path.length === 0) return slot.whole ?? value;
  if (value.type === 'Record' && !value.collection) {
    if (value.value === null) throw fault(`the flow failed to access the value for {!${reference}}: ${slot.name} has no record (it is null)`);
    const fields = value.value as Record<string, FieldValue>;
    return fieldPath(org, { object: slot.objectType ?? '', fields }, path, reference);
  }
  const walked = [slot.name];
  for (const part of path) {
    const payload = value.value;
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
      // name the level that has no value (a screen component's `firstSelectedRow` left empty), not the field asked of it
      const what = walked.join('.');
      const why = payload === null ? `${what} is null` : Array.isArray(payload) ? `${what} is a list, not a record` : `${what} is ${JSON.stringify(payload)}, not a record`;
      throw fault(`the flow failed to access the value for {!${reference}}: ${why}, so it has no field ${part}`);
    }
    // a polymorphic step (`Owner:User`) is followed through the org only from a record variable
    if (part.includes(':')) throw unsupported(`{!${reference}}: the polymorphic step "${part}" is read only from a record variable (${walked.join('.')} is not one)`, { reference });
    walked.push(part);
    const record = payload as Readonly<Record<string, unknown>>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === part.toLowerCase());
    const raw = key === undefined ? null : record[key];
    value = Array.isArray(raw) ? { type: 'Unknown', value: raw, collection: true } : { type: 'Unknown', value: (raw ?? null) as FlowValue['value'] };
  }
  return value;
}
