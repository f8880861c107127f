/**
 * Act on the run being shown: complete an open work item as a chosen user, change a variable or a
 * record field, publish an orchestration event, suspend, resume, cancel, retry. Each becomes a
 * scenario event at the current virtual time and the run is recomputed from there (a fork).
 */
import { useState } from 'react';
import { findStep } from '../../commands/queries';
import { ValueChanger } from './ValueChanger';
import { useAppStore } from '../../store/appStore';
import { useLabelOf } from './useLabelOf';
import { actingUser } from './actingUser';

const button =
  'rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

export function Interventions() {
  const doc = useAppStore((s) => s.doc);
  const snapshot = useAppStore((s) => s.snapshot);
  const phase = useAppStore((s) => s.runPhase);
  const intervene = useAppStore((s) => s.intervene);
  const labelOf = useLabelOf();
  const users = (doc?.users ?? []).filter((u) => u.active !== false).map((u) => u.username);
  const [workItem, setWorkItem] = useState('');
  const [by, setBy] = useState('');
  if (!doc || !snapshot) return null;
  const run = snapshot.run;
  const busy = phase !== 'ready';
  const open = snapshot.openWorkItems;
  const item = open.includes(workItem) ? workItem : (open[0] ?? '');
  // A work item assigned to a user closes only for that user (R23; group and queue items for anyone):
  // act as the assignee until another user is chosen, and say so rather than offer a press the engine
  // ignores. Who it is comes from the work item shown (an assignee such as $Record.Owner is resolved).
  const assignee = item ? findStep(doc, item)?.step.assignee : undefined;
  const onlyBy = assignee?.type === 'user' ? (snapshot.runAs[item] ?? assignee.name) : null;
  // not chosen: the assignee, else who launched the run, else the first user, and the picker says which (actingUser.ts)
  const { user, why } = actingUser(doc, users, by, onlyBy);
  const notTheAssignee = onlyBy !== null && users.length > 0 && user !== onlyBy;
  // A run that has ended (Completed or Canceled at the moment shown) reads no value again: a value set
  // then would be recorded and change nothing. A failed run still can (set a value, then Retry).
  const ended = run === 'Completed' || run === 'Canceled';

  return (
    <section aria-label="Interventions" className="space-y-2 text-sm">
      <h3 className="font-semibold text-ink-800">Act on the run</h3>
      <div className="flex flex-wrap gap-1">
        <button type="button" className={button} disabled={busy || run !== 'InProgress'} onClick={() => void intervene({ type: 'suspend' })}>Suspend</button>
        <button type="button" className={button} disabled={busy || run !== 'Suspended'} onClick={() => void intervene({ type: 'resume' })}>Resume</button>
        <button type="button" className={button} disabled={busy || run !== 'InProgress'} onClick={() => void intervene({ type: 'cancel' })}>Cancel orchestration</button>
        <button type="button" className={button} disabled={busy || run !== 'Error'} onClick={() => void intervene({ type: 'retry' })}>Retry</button>
      </div>
      {users.length > 0 ? (
        <>
        <label className="flex items-center gap-1">
          <span className="w-20 shrink-0">Acting user</span>
          <select aria-label="Acting user" aria-describedby={why ? 'acting-user-why' : undefined} className="min-w-0 flex-1 rounded border border-ink-400/40 px-1 py-0.5" value={user} onChange={(e) => setBy(e.target.value)}>
            {users.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
        </label>
        {why && <p id="acting-user-why" className="text-xs text-ink-600">{why}</p>}
        </>
      ) : (
        // no users in the design (an orchestration opened from a project has none): an empty list would
        // offer nothing to pick; the engine acts as each work item's assignee (R23)
        <p className="text-ink-600">Work items are completed as their assignee (the design lists no users to act as).</p>
      )}
      <div className="flex flex-wrap items-center gap-1">
        <select aria-label="Open work item" className="min-w-0 flex-1 rounded border border-ink-400/40 px-1 py-0.5" value={item} onChange={(e) => setWorkItem(e.target.value)} disabled={open.length === 0}>
          {open.length === 0 && <option value="">No open work items</option>}
          {/* by the step's label, as its card and the event log name it; the value stays the API name the scenario keys by */}
          {open.map((s) => <option key={s} value={s}>{labelOf(s)}</option>)}
        </select>
        {/* data-step: disabled once the last open item is completed, the button hands focus to that step's node (app/useFocusRescue.ts) */}
        <button type="button" className={button} data-step={item || undefined} disabled={busy || !item || notTheAssignee} aria-describedby={notTheAssignee ? 'work-item-assignee' : undefined} onClick={() => void intervene({ type: 'completeWorkItem', step: item, ...(user ? { by: user } : {}) })}>
          Complete work item
        </button>
      </div>
      {notTheAssignee && <p id="work-item-assignee" className="text-ink-600">Only {onlyBy}, its assignee, can complete this work item.</p>}
      <button type="button" className={button} disabled={busy || run !== 'InProgress'} onClick={() => void intervene({ type: 'publishEvent', ...(user ? { by: user } : {}) })}>
        Publish orchestration event
      </button>
      <ValueChanger doc={doc} busy={busy} closedWhy={ended ? 'set-value-ended' : undefined} onSet={(target, value) => void intervene({ type: 'set', target, value })} />
      {/* focusable by script only: it takes focus when the run ends under the value fields (ValueChanger) */}
      {ended && <p id="set-value-ended" tabIndex={-1} className="text-ink-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500">The run has ended ({run === 'Completed' ? 'completed' : 'canceled'}): a value set now would change nothing. Step back to an earlier moment to set a value there.</p>}
    </section>
  );
}
