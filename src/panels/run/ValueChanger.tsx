/** Picks a variable or record field and a new value of its type, for a `set` intervention. */
import { useState } from 'react';
import type { Orchestration } from '../../model/types';

interface Target { ref: string; type: 'Text' | 'Number' | 'Boolean' | 'Date' | 'DateTime' | 'Field' }

function targetsOf(doc: Orchestration): Target[] {
  const out: Target[] = [];
  for (const v of doc.variables ?? []) {
    if (v.type === 'Record') {
      for (const field of Object.keys(v.value ?? {})) out.push({ ref: `${v.name}.${field}`, type: 'Field' });
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

export function ValueChanger({ doc, disabled, onSet }: { doc: Orchestration; disabled: boolean; onSet: (target: string, value: string | number | boolean | null) => void }) {
  const targets = targetsOf(doc);
  const [ref, setRef] = useState('');
  const [text, setText] = useState('');
  const target = targets.find((t) => t.ref === ref) ?? targets[0];
  if (!target) return null;
  return (
    <form
      className="flex flex-wrap items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        onSet(target.ref, parseTypedValue(text, target.type));
      }}
    >
      <select aria-label="Value to change" className="min-w-0 flex-1 rounded border border-ink-400/40 px-1 py-0.5" value={target.ref} onChange={(e) => setRef(e.target.value)}>
        {targets.map((t) => <option key={t.ref} value={t.ref}>{t.ref}</option>)}
      </select>
      <input aria-label="New value" className="w-28 rounded border border-ink-400/40 px-1 py-0.5" value={text} onChange={(e) => setText(e.target.value)} placeholder={target.type === 'Boolean' ? 'true / false' : 'value'} />
      <button type="submit" disabled={disabled} className="rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40">
        Set value
      </button>
    </form>
  );
}
