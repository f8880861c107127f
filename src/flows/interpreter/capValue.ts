/**
 * A value cut to a size a report or a trace can carry: text at 200 characters, lists at 20 items,
 * records at 30 fields, four levels deep. The run's assignment log keeps values this way, so a flow
 * that loops until the element limit while a text or a list grows keeps a log that grows linearly,
 * not with every full value it held (which ran a real flow out of memory); the trace cuts the same way.
 */
const MAX_TEXT = 200;
const MAX_ITEMS = 20;
const MAX_FIELDS = 30;
const MAX_DEPTH = 4;

/**
 * A string of its own: V8 may keep a slice as a view of the whole string it was cut from, which would
 * keep every long text a log entry was cut from alive.
 */
function copyOf(text: string): string {
  return Array.from(text).join('');
}

/** `value` cut to the sizes above; always a copy of lists and records, never the value itself. */
export function capValue(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${copyOf(value.slice(0, MAX_TEXT))}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => capValue(v, depth + 1));
    if (value.length > MAX_ITEMS) items.push(`… ${value.length - MAX_ITEMS} more`);
    return items;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (const key of keys.slice(0, MAX_FIELDS)) out[key] = capValue((value as Record<string, unknown>)[key], depth + 1);
    if (keys.length > MAX_FIELDS) out['…'] = `${keys.length - MAX_FIELDS} more fields`;
    return out;
  }
  return String(value);
}
