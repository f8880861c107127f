/**
 * Checks of final values: a variable or a Record variable's field (`value`), and a field of a
 * record in the simulated org (`recordField`). Field names compare case-insensitively, as in
 * Salesforce; values compare strictly (`1` is not `"1"`).
 */
import { showValue } from './describe';
import type { ExpectationOf, RunView, Verdict } from './types';

const NOT_KNOWN = 'final values are not known for this run (it was replayed from a trace, not run)';

function fieldOf(fields: Readonly<Record<string, unknown>>, name: string): { found: boolean; value: unknown } {
  if (Object.hasOwn(fields, name)) return { found: true, value: fields[name] };
  const key = Object.keys(fields).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? { found: false, value: null } : { found: true, value: fields[key] };
}

const isFieldMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The final value of `name` or `name.Field`; a field the record does not have is null. */
function finalValue(variables: Readonly<Record<string, unknown>>, target: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const dot = target.indexOf('.');
  const name = dot < 0 ? target : target.slice(0, dot);
  if (!Object.hasOwn(variables, name)) return { ok: false, message: `the run has no variable ${name}` };
  const value = variables[name];
  if (dot < 0) return { ok: true, value: value ?? null };
  if (value === null || value === undefined) return { ok: true, value: null };
  if (!isFieldMap(value)) return { ok: false, message: `${name} is not a record, so it has no field ${target.slice(dot + 1)}` };
  return { ok: true, value: fieldOf(value, target.slice(dot + 1)).value ?? null };
}

export function checkValue(e: ExpectationOf<'value'>, run: RunView): Verdict {
  if (!run.variables) return { pass: false, actual: NOT_KNOWN };
  const found = finalValue(run.variables, e.target);
  if (!found.ok) return { pass: false, actual: found.message };
  return { pass: found.value === e.value, actual: `it is ${showValue(found.value)}` };
}

export function checkRecordField(e: ExpectationOf<'recordField'>, run: RunView): Verdict {
  if (!run.records) return { pass: false, actual: NOT_KNOWN };
  const all = run.records[e.object] ?? [];
  const matching = all.filter((rec) => {
    if (e.id !== undefined && fieldOf(rec, 'Id').value !== e.id) return false;
    return Object.entries(e.where ?? {}).every(([field, value]) => fieldOf(rec, field).value === value);
  });
  if (matching.length !== 1) {
    const how = matching.length === 0 ? `no ${e.object} record matches` : `${matching.length} ${e.object} records match (give an id or a narrower where)`;
    return { pass: false, actual: `${how}; the org has ${all.length} ${e.object} record${all.length === 1 ? '' : 's'}` };
  }
  const field = fieldOf(matching[0]!, e.field);
  return { pass: field.found && field.value === e.value, actual: field.found ? `it is ${showValue(field.value)}` : `the record has no field ${e.field}` };
}
