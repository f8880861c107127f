/**
 * What a `set` intervention can change, and the value typed for it. A Record variable offers the
 * fields its value holds and the fields the design reads of it (`$Record.Status` in a requirement):
 * an orchestration opened from a project holds no sample values, yet what its conditions wait for
 * must be changeable, or a stuck run could not be moved on.
 */
import { fieldPathOf, parseReference } from '../../model/references';
import { referenceSites } from '../../model/referenceSites';
import type { Orchestration } from '../../model/types';

export interface Target { ref: string; type: 'Text' | 'Number' | 'Boolean' | 'Date' | 'DateTime' | 'Field' }

/** Fields of each Record variable the design reads directly (`$Record.Status`, not `$Record.Account.Type`), by lower-cased variable name. */
function fieldsRead(doc: Orchestration): Map<string, string[]> {
  const read = new Map<string, string[]>();
  for (const { text } of referenceSites(doc)) {
    const ref = parseReference(text.trim());
    const field = ref ? fieldPathOf(ref) : null;
    if (!field || field.path.length !== 1) continue;
    const key = field.variable.toLowerCase();
    const list = read.get(key) ?? [];
    if (!list.some((f) => f.toLowerCase() === field.path[0]!.toLowerCase())) list.push(field.path[0]!);
    read.set(key, list);
  }
  return read;
}

/** The variables and record fields a run's value can be set on, in the design's order. */
export function targetsOf(doc: Orchestration): Target[] {
  const out: Target[] = [];
  const read = fieldsRead(doc);
  for (const v of doc.variables ?? []) {
    if (v.type === 'Record') {
      const fields = Object.keys(v.value ?? {});
      for (const field of read.get(v.name.toLowerCase()) ?? []) if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field);
      for (const field of fields) out.push({ ref: `${v.name}.${field}`, type: 'Field' });
    } else out.push({ ref: v.name, type: v.type });
  }
  return out;
}

/** Reads what the user typed as the value the target expects ("true" → true, "12" → 12). */
export function parseTypedValue(text: string, type: Target['type']): string | number | boolean | null {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'null') return null;
  if (type === 'Number') return Number.isFinite(Number(t)) ? Number(t) : t;
  if (type === 'Boolean') return t.toLowerCase() === 'true';
  if (type === 'Field') {
    if (t === 'true' || t === 'false') return t === 'true';
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  }
  return text;
}
