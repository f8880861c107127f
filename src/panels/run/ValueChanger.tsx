/** Picks a variable or record field (valueTargets.ts) and a new value of its type, for a `set` intervention. */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Orchestration } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { parseTypedValue, targetsOf } from './valueTargets';

/**
 * `busy`: the run is being computed; Set value waits for it.
 * `closedWhy`: the id of the sentence that says why no value can be set at the moment shown (a run
 * that has ended). Then the target, the value and Set value are all disabled and each is described by
 * it, as Complete work item says whose work item it is; fields left enabled beside a disabled button
 * invited typing a value that could not be set.
 */
export function ValueChanger({ doc, busy, closedWhy, onSet }: { doc: Orchestration; busy: boolean; closedWhy?: string; onSet: (target: string, value: string | number | boolean | null) => void }) {
  // what the run waits on at the moment shown comes first (valueTargets.ts)
  const snapshot = useAppStore((s) => s.snapshot);
  const targets = targetsOf(doc, snapshot ?? undefined);
  const [ref, setRef] = useState('');
  const [text, setText] = useState('');
  const form = useRef<HTMLFormElement>(null);
  /** Focus was in the form and has not been put anywhere else since (a control disabled under it drops it to <body>). */
  const focusWasHere = useRef(false);
  const closed = closedWhy !== undefined;
  // Closed while focus is in the form (Play ran on to the end, a value set ended the run): the
  // disabled control would drop focus to <body>; the sentence saying why takes it instead.
  useLayoutEffect(() => {
    if (!closedWhy) return;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (form.current?.contains(active) || (lost && focusWasHere.current)) document.getElementById(closedWhy)?.focus();
  }, [closedWhy]);
  const target = targets.find((t) => t.ref === ref) ?? targets[0];
  if (!target) return null;
  return (
    <form
      ref={form}
      className="flex flex-wrap items-center gap-1"
      onFocus={() => { focusWasHere.current = true; }}
      onBlur={(e) => { if (e.relatedTarget !== null) focusWasHere.current = false; }}
      onSubmit={(e) => {
        e.preventDefault();
        if (!closed) onSet(target.ref, parseTypedValue(text, target.type));
      }}
    >
      <select aria-label="Value to change" disabled={closed} aria-describedby={closedWhy} className="min-w-0 flex-1 rounded border border-ink-400/40 px-1 py-0.5 disabled:opacity-40" value={target.ref} onChange={(e) => setRef(e.target.value)}>
        {targets.map((t) => <option key={t.ref} value={t.ref}>{t.ref}</option>)}
      </select>
      {/* typing keeps the target shown: the list's order follows the run, and may move under a value being typed */}
      <input aria-label="New value" disabled={closed} aria-describedby={closedWhy} className="w-28 rounded border border-ink-400/40 px-1 py-0.5 disabled:opacity-40" value={text} onChange={(e) => { setText(e.target.value); if (!ref) setRef(target.ref); }} placeholder={target.type === 'Boolean' ? 'true / false' : 'value'} />
      <button type="submit" disabled={busy || closed} aria-describedby={closedWhy} className="rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40">
        Set value
      </button>
    </form>
  );
}
