/**
 * The other records of a scenario's simulated org (`records`, by object): what the design's
 * relationship paths and its flows' Get Records read. `$Record.Manager.Username` reads the User
 * whose Id the triggering record's `ManagerId` holds, so a scenario gives that User here.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { focusNextFrame } from '../../ui/focusLater';
import type { Orchestration, Scenario } from '../../model/types';
import { LookedUpRecords } from './LookedUpRecords';
import { RecordFieldsEditor } from '../orchestration/RecordFieldsEditor';
import { button, input } from './fieldStyles';
import { newRecordId } from '../../verify/hints/newRecordId';
import { isObjectName, objectChoices, objectsTheFlowsUse } from './objectNames';
import { withField } from './scenarioFields';
import { giveUnreadCheckboxes } from './unreadCheckboxes';

type Records = NonNullable<Scenario['records']>;

export function OrgRecordsEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const [object, setObject] = useState('');
  const listId = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const used = useMemo(() => objectsTheFlowsUse(doc), [doc]);
  const records: Records = scenario.records ?? {};
  const set = (next: Records) => {
    onChange(withField(scenario, 'records', Object.fromEntries(Object.entries(next).filter(([, list]) => list.length > 0))));
  };
  const valid = isObjectName(object);
  const add = () => {
    if (!valid) return;
    // own keys only: an object typed as "constructor" must not find Object's
    const existing = Object.prototype.hasOwnProperty.call(records, object) ? records[object]! : [];
    const id = newRecordId(records, object);
    set({ ...records, [object]: [...existing, { Id: id }] });
    // the new record is drawn above the button, which it pushes down (off screen in a long
    // scenario): focus goes to its first field, brought into view, where the admin types next
    const key = `${object}-${existing.length}`;
    focusNextFrame(
      () => [...(root.current?.querySelectorAll<HTMLElement>('[data-record]') ?? [])].find((r) => r.dataset.record === key)?.querySelector<HTMLElement>('input, select, textarea'),
      (field) => field.scrollIntoView?.({ block: 'nearest' }),
    );
    // an object no pass of the project's reading read: its Checkboxes come once its field files are read
    void giveUnreadCheckboxes(object, id);
  };
  return (
    <fieldset ref={root} className="space-y-1">
      <legend className="font-semibold">Other records of the org</legend>
      <p className="text-xs text-ink-600">
        Records the design and its flows read by Id: a relationship such as $Record.Manager.Username (or the same path from a Record input) reads the record whose Id the record&apos;s ManagerId holds.
      </p>
      <LookedUpRecords doc={doc} scenario={scenario} onChange={onChange} />
      {Object.entries(records).map(([name, list]) =>
        list.map((record, i) => (
          <fieldset key={`${name}-${i}`} data-record={`${name}-${i}`} className="space-y-1 rounded border border-ink-400/20 p-1">
            <legend className="px-1 text-xs font-semibold text-ink-600">{`${name} ${i + 1}`}</legend>
            <RecordFieldsEditor
              variable={`${name} ${i + 1}`}
              value={record}
              onChange={(value) => set({ ...records, [name]: list.map((r, j) => (j === i ? value : r)) })}
            />
            <button type="button" className={button} onClick={() => set({ ...records, [name]: list.filter((_, j) => j !== i) })}>
              {`Remove ${name} ${i + 1}`}
            </button>
          </fieldset>
        )),
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm">
          Object{' '}
          <input
            aria-label="Object of a new record"
            className={input}
            placeholder="e.g. User"
            list={listId}
            spellCheck={false}
            aria-invalid={object !== '' && !valid}
            value={object}
            onChange={(e) => setObject(e.target.value.trim())}
            onKeyDown={(e) => { if (e.key === 'Enter') add(); }}
          />
        </label>
        <datalist id={listId}>
          {objectChoices(doc, scenario, used).map((o) => <option key={o} value={o} />)}
        </datalist>
        <button type="button" className={button} disabled={!valid} onClick={add}>
          Add record
        </button>
      </div>
    </fieldset>
  );
}
