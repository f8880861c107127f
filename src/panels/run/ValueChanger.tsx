/** Picks a variable or record field (valueTargets.ts) and a new value of its type, for a `set` intervention. */
import { useState } from 'react';
import type { Orchestration } from '../../model/types';
import { parseTypedValue, targetsOf } from './valueTargets';

/**
 * `why`: the id of the sentence that says why Set value is disabled (a run that has ended), read with
 * the button, as Complete work item says whose work item it is.
 */
export function ValueChanger({ doc, disabled, why, onSet }: { doc: Orchestration; disabled: boolean; why?: string; onSet: (target: string, value: string | number | boolean | null) => void }) {
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
      <button type="submit" disabled={disabled} aria-describedby={why} className="rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40">
        Set value
      </button>
    </form>
  );
}
