/**
 * Picks a flow of one type from the simulated org. The list comes through react-query, so it
 * shows loading, and a failure shows its reason with Retry; the current choice stays visible.
 * With `onCreate`, a "New … flow…" button creates a flow of that type, picks it (one undo entry)
 * and opens its editor right here with focus in its label; saving or cancelling puts focus back
 * on the picker (docs/editor.md, focus table). A design opened from a project also lists, under
 * "More flows in <project>", the project's flows of the type it does not call yet; picking one
 * links it (docs/projects.md). The chosen flow shows as its label alone, its API name and the
 * `describe` words on a line beside it: the whole "Label (API_Name) — runs sync" did not fit the
 * closed control at 1280×800 (docs/editor.md). An inactive flow read from a file says that file's
 * status as Setup words it ("— inactive (Draft)"), as the step's error does: "— inactive" alone
 * left the admin to guess whether to activate a Draft or deploy over an Obsolete version.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import type { Flow, FlowType } from '../../model/types';
import { SelectField, type SelectOption } from '../../ui/fields/SelectField';
import { buttonClass } from '../../ui/fields/styles';
import { lastInputWithin } from '../../ui/focusLater';
import { CatalogError } from './CatalogError';
import { FlowEditor } from './FlowEditor';
import { createFlowFor, type PickFlow } from './createFlowFor';
import { useFlows } from '../../org/useFlows';
import { useAppStore } from '../../store/appStore';
import { selectProjectFlowOffer } from '../../store/selectors';
import { linkProjectFlow } from './linkProjectFlow';
import { apiVersionOf } from '../../model/apiVersion';
import { missingFlowNote } from '../../io/project/missingProjectFlows';
import { flowStatusLabel } from '../../model/flowStatus';

/** " — inactive", with the file's status when the flow came from one: " — inactive (Invalid draft)". */
function inactiveWords(status: string | undefined): string {
  return status && status !== 'Active' ? ` — inactive (${flowStatusLabel(status)})` : ' — inactive';
}

export interface FlowPickerProps {
  label: string;
  type: FlowType;
  value: string;
  onChange(name: string): void;
  errors?: readonly string[];
  hint?: string;
  /** Offer only active flows (inactive ones are listed, disabled). */
  activeOnly?: boolean;
  /** Extra words after a flow's name in the list, e.g. "runs async". */
  describe?(flow: Flow): string;
  /**
   * Offers "New … flow…": picks the new flow's name inside the creating gesture — and a project flow
   * the design does not call yet inside the gesture that links it (linkProjectFlow.ts).
   */
  onCreate?: PickFlow;
  children?: ReactNode;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

const TYPE_WORDS: Record<FlowType, string> = { autolaunched: 'autolaunched', screen: 'screen', evaluation: 'evaluation' };

export function FlowPicker({ label, type, value, onChange, errors, hint, activeOnly, describe, onCreate, children, problemPath }: FlowPickerProps) {
  const query = useFlows({ type });
  const flows = query.data ?? [];
  const box = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const all = useAppStore((s) => s.doc.flows);
  const apiVersion = useAppStore((s) => apiVersionOf(s.doc));
  const running = useAppStore((s) => s.runPhase !== 'idle');
  // Undo of the creation removes the flow: its editor goes with it. So does a picker that shows
  // another flow: the step was deleted and the neighbour selected in its place has this picker's key
  const edited = editing === null || editing !== value ? undefined : all?.find((f) => f.name === editing);
  // a design opened from a project is offered the project's flows it does not call yet (docs/projects.md)
  const offer = useAppStore(selectProjectFlowOffer);
  const inDesign = new Set((all ?? []).map((f) => f.name));
  const offered = offer ? offer.flows.filter((f) => f.type === type && !inDesign.has(f.name)) : [];
  const groups = offer && offered.length ? { catalog: 'Flow catalog', project: `More flows in ${offer.project}` } : null;
  const detailsId = useId();
  const missingId = useId();
  // the chosen one by its label only (the closed control shows it): the rest is on the line beside it
  const text = (name: string, label: string | undefined, full: string) => (name === value ? label ?? name : full);
  const options: SelectOption[] = [
    ...flows.map((f) => ({
      value: f.name,
      label: text(f.name, f.label, `${f.label ?? f.name} (${f.name})${describe && f.active !== false ? ` — ${describe(f)}` : ''}`) + (f.active === false ? inactiveWords(f.source?.status) : ''),
      disabled: activeOnly && f.active === false,
      ...(groups ? { group: groups.catalog } : {}),
    })),
    ...offered.map((f) => ({
      value: f.name,
      label: text(f.name, f.label, `${f.label ?? f.name} (${f.name})`) + (f.active ? '' : inactiveWords(f.status)),
      disabled: activeOnly && !f.active,
      ...(groups ? { group: groups.project } : {}),
    })),
  ];
  const inCatalog = flows.find((f) => f.name === value);
  const chosen = inCatalog ?? offered.find((f) => f.name === value);
  const details = chosen && (
    <p id={detailsId} className="text-xs text-ink-600" data-testid="flow-details">
      API name <span className="font-mono">{chosen.name}</span>
      {describe && inCatalog && inCatalog.active !== false ? ` · ${describe(inCatalog)}` : ''}
    </p>
  );
  // a flow the design's project lacks (a mistyped name): said here, not only in the closed import report
  const missing = missingFlowNote(offer, all, value, type);
  const missingNote = missing && (
    <p id={missingId} className="text-xs text-amber-900" data-testid="missing-project-flow">
      {missing}
    </p>
  );
  const pick = (name: string) => {
    if (offer && offered.some((f) => f.name === name)) linkProjectFlow(offer, name, onCreate ?? ((picked) => onChange(picked)));
    else onChange(name);
  };
  // Save flow answers after the org's latency (300 ms): once the user has clicked or typed outside
  // the editor meanwhile (the step's Label), focus stays there; the picker took it, and the typing
  // meant for the Label chose flows in it (ui/focusLater.ts).
  const backToPicker = () => {
    setEditing(null);
    requestAnimationFrame(() => {
      if (lastInputWithin(box.current)) box.current?.querySelector('select')?.focus();
    });
  };
  return (
    <div ref={box} className="space-y-1">
      <SelectField
        label={label}
        value={value}
        options={options}
        onChange={pick}
        errors={errors}
        problemPath={problemPath}
        hint={query.isPending ? 'Loading flows from the org…' : hint}
        unknownSuffix={query.isPending ? '(loading…)' : query.isError ? '(org unavailable)' : '(not in the org)'}
        placeholder={`Choose ${type === 'evaluation' ? 'an evaluation' : type === 'screen' ? 'a screen' : 'an autolaunched'} flow…`}
        describedBy={[details ? detailsId : '', missingNote ? missingId : ''].filter(Boolean).join(' ') || undefined}
      >
        {details}
        {missingNote}
        {query.isSuccess && children}
      </SelectField>
      {onCreate && !edited && (
        <button type="button" className={buttonClass} disabled={running} onClick={() => setEditing(createFlowFor(type, onCreate))}>
          {`New ${TYPE_WORDS[type]} flow…`}
        </button>
      )}
      {edited && (
        <FlowEditor
          key={edited.name}
          flow={edited}
          original={edited.name}
          others={(all ?? []).filter((f) => f.name !== edited.name)}
          apiVersion={apiVersion}
          focusLabel
          keepOnLeave
          onDone={backToPicker}
        />
      )}
      {query.isError && <CatalogError error={query.error} onRetry={() => void query.refetch()} what="Could not load flows" />}
    </div>
  );
}
