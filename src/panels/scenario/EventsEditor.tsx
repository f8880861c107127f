/** Timed events of a scenario (FORMAT.md §3): set a value, publish an event, complete a work item, suspend… */
import { useRef } from 'react';
import { elementLabel } from '../../commands/queries';
import type { Orchestration, Scenario, ScenarioEvent } from '../../model/types';
import { parseTypedValue } from '../run/valueTargets';
import { focusNextFrame } from '../../ui/focusLater';
import { button, input } from './fieldStyles';

const TYPES: ScenarioEvent['type'][] = ['set', 'publishEvent', 'completeWorkItem', 'suspend', 'resume', 'cancel', 'retry'];

function blank(type: ScenarioEvent['type'], at: number, doc: Orchestration): ScenarioEvent {
  if (type === 'set') return { at, type, target: doc.variables?.[0]?.name ?? 'variable', value: null };
  if (type === 'completeWorkItem') return { at, type, step: doc.stages.flatMap((s) => s.steps).find((s) => s.kind === 'interactive')?.name ?? '' };
  return { at, type } as ScenarioEvent;
}

export function EventsEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const events = scenario.events ?? [];
  const users = (doc.users ?? []).map((u) => u.username);
  const interactive = doc.stages.flatMap((s) => s.steps).filter((s) => s.kind === 'interactive').map((s) => s.name);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const update = (i: number, e: ScenarioEvent | null) => {
    const next = events.flatMap((x, j) => (j === i ? (e ? [e] : []) : [x]));
    onChange({ ...scenario, events: next });
  };
  /** Removes event `i`; focus goes to the Remove button now in its place, else the one before, else Add — never to <body>. */
  const remove = (i: number) => {
    update(i, null);
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const within = fieldset.current;
      const target = within?.querySelector<HTMLElement>(`[aria-label="Remove event ${i + 1}"]`)
        ?? within?.querySelector<HTMLElement>(`[aria-label="Remove event ${i}"]`)
        ?? within?.querySelector<HTMLElement>('[data-add-event]');
      target?.focus();
    });
  };
  return (
    <fieldset ref={fieldset} className="space-y-1">
      <legend className="font-semibold">Timed events</legend>
      {events.map((e, i) => (
        <div key={i} className="flex flex-wrap items-center gap-1 text-xs">
          <label>At (ms){' '}
            {/* named with its event's number, as the row's other fields are: every row's read "At (ms)" */}
            <input type="number" min={0} aria-label={`Event ${i + 1} at (ms)`} className={`${input} w-20`} value={e.at} onChange={(x) => update(i, { ...e, at: Math.max(0, Math.round(Number(x.target.value))) })} />
          </label>
          <select aria-label={`Event ${i + 1} type`} className={input} value={e.type} onChange={(x) => update(i, blank(x.target.value as ScenarioEvent['type'], e.at, doc))}>
            {TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
          {e.type === 'set' && (
            <>
              <input aria-label={`Event ${i + 1} target`} className={`${input} w-32`} value={e.target} onChange={(x) => update(i, { ...e, target: x.target.value })} />
              {/* keyed by its value: rows are by position, so after a removal this row shows the next
                  event, and an uncontrolled field would keep (and later write) the removed one's value */}
              <input key={`value:${String(e.value)}`} aria-label={`Event ${i + 1} value`} className={`${input} w-24`} defaultValue={e.value === null ? '' : String(e.value)} onBlur={(x) => update(i, { ...e, value: parseTypedValue(x.target.value, 'Field') })} />
            </>
          )}
          {e.type === 'completeWorkItem' && (
            // the interactive steps of the design, so a name cannot be mistyped; a name the design
            // does not have (an imported scenario, a renamed step) stays listed and is marked.
            // As wide as its longest "Label (API_Name)", up to the row (the row wraps): a fixed
            // 10rem showed "Manager review (Mana".
            <select aria-label={`Event ${i + 1} step`} className={`${input} min-w-0 max-w-full`} value={e.step} aria-invalid={!interactive.includes(e.step) || undefined} onChange={(x) => update(i, { ...e, step: x.target.value })}>
              {!interactive.includes(e.step) && <option value={e.step}>{e.step === '' ? '(no interactive step)' : `${e.step} (not an interactive step of this design)`}</option>}
              {interactive.map((name) => <option key={name} value={name}>{elementLabel(doc, name) === name ? name : `${elementLabel(doc, name)} (${name})`}</option>)}
            </select>
          )}
          {(e.type === 'completeWorkItem' || e.type === 'publishEvent') && (
            <select aria-label={`Event ${i + 1} user`} className={input} value={e.by ?? ''} onChange={(x) => update(i, { ...e, by: x.target.value || undefined })}>
              <option value="">(assignee / launcher)</option>
              {users.map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          )}
          <button type="button" className={button} aria-label={`Remove event ${i + 1}`} onClick={() => remove(i)}>Remove</button>
        </div>
      ))}
      <button type="button" data-add-event className={button} onClick={() => {
        onChange({ ...scenario, events: [...events, blank('publishEvent', (events.at(-1)?.at ?? 0) + 1000, doc)] });
        // the new row's time, ready to be typed (the row appears above the button, which kept focus),
        // unless the user has clicked elsewhere before that frame (ui/focusLater.ts)
        const added = `Event ${events.length + 1} at (ms)`;
        focusNextFrame(() => fieldset.current?.querySelector<HTMLElement>(`[aria-label="${added}"]`));
      }}>
        Add timed event
      </button>
      <label className="ml-3 text-xs">
        <input type="checkbox" checked={scenario.autoCompleteWorkItems !== false} onChange={(e) => onChange({ ...scenario, autoCompleteWorkItems: e.target.checked })} />{' '}
        Work items complete by themselves
      </label>
    </fieldset>
  );
}
