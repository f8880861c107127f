/**
 * The simulated org's flow catalog: search and filter by type, see each flow's elements, inputs
 * and outputs, edit them or add a flow. Read through react-query like a remote org; failures
 * (switch them on with "Simulate org errors") show the reason and Retry, never a blank list.
 */
import { useId, useRef, useState } from 'react';
import type { Flow, FlowType } from '../../model/types';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { SelectField } from '../../ui/fields/SelectField';
import { buttonClass, controlClass, labelClass } from '../../ui/fields/styles';
import { lastInputWithin } from '../../ui/focusLater';
import { CatalogError } from './CatalogError';
import { FlowCatalogItem } from './FlowCatalogItem';
import { FlowEditor } from './FlowEditor';
import { newFlow } from '../../org/flowDraft';
import { useFlows } from '../../org/useFlows';
import { useSimulateOrgErrors } from '../../org/useSimulateOrgErrors';
import { useAppStore } from '../../store/appStore';
import { apiVersionOf } from '../../model/apiVersion';

type Editing = { flow: Flow; original?: string } | null;

const TYPE_FILTERS = [
  { value: 'all', label: 'All types' },
  { value: 'autolaunched', label: 'Autolaunched' },
  { value: 'screen', label: 'Screen' },
  { value: 'evaluation', label: 'Evaluation' },
];

export function FlowCatalog() {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<'all' | FlowType>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const [simulateErrors, setSimulateErrors] = useSimulateOrgErrors();
  const apiVersion = useAppStore((s) => apiVersionOf(s.doc));
  // The whole catalog (free names, clashes), read from the org like every list: a new flow waits for it.
  const catalog = useFlows({});
  const allFlows = catalog.data ?? [];
  const query = useFlows({ ...(type !== 'all' ? { type } : {}), search }, true);
  const others = (original?: string) => allFlows.filter((f) => f.name !== original);
  const box = useRef<HTMLDivElement>(null);
  // Focus after Save flow or Cancel: the flow's Edit button when it is listed, else "+ New flow" —
  // unless the user has clicked or typed outside the catalog while the save was under way (300 ms):
  // the Edit button took focus from the Description being typed in, and a space pressed it.
  const finish = (saved?: Flow) => {
    const back = saved?.name ?? editing?.original;
    setEditing(null);
    requestAnimationFrame(() => {
      if (!lastInputWithin(box.current)) return;
      const edit = back ? [...(box.current?.querySelectorAll<HTMLElement>('[data-edit-flow]') ?? [])].find((b) => b.dataset.editFlow === back) : null;
      (edit ?? box.current?.querySelector<HTMLElement>('[data-new-flow]'))?.focus();
    });
  };

  return (
    <div ref={box} className="space-y-2">
      <CheckboxField
        label="Simulate org errors"
        checked={simulateErrors}
        hint="Every request to the simulated org fails, to see how the designer copes."
        onChange={setSimulateErrors}
      />
      <div className="grid grid-cols-[1fr_8rem] gap-2">
        <div>
          <label htmlFor={searchId} className={labelClass}>
            Search flows
          </label>
          <input id={searchId} type="search" value={search} placeholder="Label or API name" className={controlClass} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <SelectField label="Flow type" value={type} options={TYPE_FILTERS} onChange={(t) => setType(t as 'all' | FlowType)} />
      </div>
      {editing ? (
        <FlowEditor
          key={editing.original ?? 'new'}
          flow={editing.flow}
          {...(editing.original !== undefined ? { original: editing.original } : {})}
          others={others(editing.original)}
          apiVersion={apiVersion}
          {...(editing.original === undefined ? { focusLabel: true } : {})}
          onDone={finish}
        />
      ) : (
        <button type="button" data-new-flow className={buttonClass} disabled={!catalog.isSuccess} onClick={() => setEditing({ flow: newFlow(type === 'all' ? 'autolaunched' : type, allFlows) })}>
          + New flow
        </button>
      )}
      {query.isError ? (
        <CatalogError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p className="text-xs text-ink-600" role="status">
          Loading flows from the org…
        </p>
      ) : (
        <>
          <p className="text-xs text-ink-600" role="status">
            {query.data.length} flow{query.data.length === 1 ? '' : 's'}
            {query.isFetching ? ' (refreshing…)' : ''}
          </p>
          <ul className="space-y-1">
            {query.data.map((f) => (
              <li key={f.name}>
                <FlowCatalogItem flow={f} apiVersion={apiVersion} onEdit={() => setEditing({ flow: f, original: f.name })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
