/**
 * Edits one flow of the simulated org (or a new one) as a draft, saved through the org API as one
 * undoable edit. A failed save keeps the draft and offers Retry.
 */
import { useId, useState } from 'react';
import { RUN_MODES } from '../../model/schemaConstants';
import type { Flow } from '../../model/types';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { SelectField } from '../../ui/fields/SelectField';
import { buttonClass, controlClass, labelClass, primaryButtonClass } from '../../ui/fields/styles';
import { CatalogError } from './CatalogError';
import { FLOW_ELEMENT_KINDS, flowDraftProblems, relabelDraft, sameFlow, splitNames } from '../../org/flowDraft';
import { SyncModeNote } from './SyncModeNote';
import { useSaveFlow } from '../../org/useSaveFlow';
import { DraftInput } from './DraftInput';
import { useKeepDraftOnLeave } from './useKeepDraftOnLeave';

/** Flow Builder's names for the element kinds (the values stay the model's: `RecordCreate`). */
const ELEMENT_WORDS: Record<(typeof FLOW_ELEMENT_KINDS)[number], string> = {
  Assignment: 'Assignment', Decision: 'Decision', GetRecords: 'Get Records', RecordCreate: 'Create Records', RecordUpdate: 'Update Records',
  Screen: 'Screen', Action: 'Action', Subflow: 'Subflow', Wait: 'Wait',
};

export interface FlowEditorProps {
  flow: Flow;
  /** Name of the flow being edited; absent for a new one. */
  original?: string;
  others: readonly Flow[];
  apiVersion: number;
  /** Called after a save (with the saved flow) or on Cancel (without). */
  onDone(saved?: Flow): void;
  /** Put focus in the label (the flow was just created for a step). */
  focusLabel?: boolean;
  /** Save a changed draft when the editor goes away unsaved (a step's picker: useKeepDraftOnLeave.ts). */
  keepOnLeave?: boolean;
}

const RUN_MODE_LABELS: Record<(typeof RUN_MODES)[number], string> = {
  default: 'Default (system context without sharing)',
  user: 'User or system context (user’s access)',
  systemWithSharing: 'System context with sharing',
  systemWithoutSharing: 'System context without sharing',
};

export function FlowEditor({ flow, original, others, apiVersion, onDone, focusLabel, keepOnLeave = false }: FlowEditorProps) {
  const [draft, setDraft] = useState<Flow>(flow);
  const [inputsText, setInputsText] = useState((flow.inputs ?? []).join(', '));
  const [outputsText, setOutputsText] = useState((flow.outputs ?? []).join(', '));
  const save = useSaveFlow();
  const full: Flow = { ...draft, inputs: splitNames(inputsText), outputs: splitNames(outputsText) };
  const problems = flowDraftProblems(full, others);
  const invalid = Object.keys(problems).length > 0;
  const keep = useKeepDraftOnLeave(full, Object.values(problems)[0], original, keepOnLeave);
  const unsavedId = useId();
  // a step's picker: the cards show the flow as saved, not the draft (docs/editor.md, "The card and
  // the flow editor", chosen), and the admin who typed a label saw the card keep "New Flow 7"
  const unsaved = keepOnLeave && original !== undefined && !sameFlow(full, flow);
  const set = (changes: Partial<Flow>) => setDraft((d) => ({ ...d, ...changes }));
  const toggleElement = (kind: string, on: boolean) => {
    const current = draft.elements ?? [];
    set({ elements: on ? [...current, kind] : current.filter((e) => e !== kind) });
  };
  // mutateAsync, not mutate's onSuccess: a rename can unmount this editor before the save settles
  // (its picker shows the flow by name), and onDone must still run to put focus back.
  // closing from the click on: leaving while the org answers must not save the same draft twice
  const submit = () => {
    keep.closing(true);
    return save.mutateAsync({ flow: full, ...(original !== undefined ? { original } : {}) }).then(onDone, () => keep.closing(false));
  };

  return (
    <form
      aria-label={original ? `Edit flow ${original}` : 'New flow'}
      className="space-y-2 rounded border border-brand-500/40 bg-white p-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!invalid) submit();
      }}
    >
      <div className="grid grid-cols-2 gap-2">
        <DraftInput label="Flow label" value={draft.label ?? ''} autoFocus={focusLabel} onChange={(label) => setDraft((d) => relabelDraft(d, label, others))} />
        <DraftInput label="Flow API name" mono value={draft.name} error={problems.name} onChange={(name) => set({ name })} />
        <SelectField
          label="Flow type"
          value={draft.type}
          options={[
            { value: 'autolaunched', label: 'Autolaunched' },
            { value: 'screen', label: 'Screen' },
            { value: 'evaluation', label: 'Evaluation' },
          ]}
          onChange={(type) => set({ type: type as Flow['type'] })}
        />
        {draft.type === 'autolaunched' && (
          // the whole row: in half of it (the Properties column at 1280 px) the options were cut
          // ("Default (system contex…")
          <SelectField
            className="col-span-2"
            label="How to run the flow"
            value={draft.runMode ?? 'default'}
            options={RUN_MODES.map((m) => ({ value: m, label: RUN_MODE_LABELS[m] }))}
            onChange={(runMode) => set({ runMode: runMode as Flow['runMode'] })}
          />
        )}
      </div>
      <CheckboxField label="Active" checked={draft.active !== false} onChange={(active) => set({ active })} />
      <fieldset>
        <legend className={labelClass}>Elements the flow contains</legend>
        <div className="grid grid-cols-3 gap-x-2">
          {FLOW_ELEMENT_KINDS.map((kind) => (
            <CheckboxField key={kind} label={ELEMENT_WORDS[kind]} checked={(draft.elements ?? []).includes(kind)} onChange={(on) => toggleElement(kind, on)} />
          ))}
        </div>
        {draft.type === 'autolaunched' && <SyncModeNote flow={full} requiresAsync={false} apiVersion={Math.max(apiVersion, 63)} />}
      </fieldset>
      <DraftInput label="Inputs (comma-separated)" mono value={inputsText} error={problems.inputs} onChange={setInputsText} />
      <DraftInput label="Outputs (comma-separated)" mono value={outputsText} error={problems.outputs} onChange={setOutputsText} />
      {draft.type === 'evaluation' && (
        <SelectField
          label="Simulated result"
          value={draft.result === undefined ? 'condition' : String(draft.result)}
          options={[
            { value: 'true', label: 'Always True' },
            { value: 'false', label: 'Always False' },
            { value: 'condition', label: 'Evaluate its condition' },
          ]}
          onChange={(v) => set({ result: v === 'condition' ? undefined : v === 'true' })}
        />
      )}
      {draft.type !== 'evaluation' && <BehaviorFields draft={draft} set={set} />}
      {save.isError && <CatalogError error={save.error} onRetry={submit} what="Could not save the flow" />}
      {unsaved && (
        <p id={unsavedId} className="text-xs text-ink-600">
          Not saved yet: the card shows “{flow.label ?? flow.name}” until you press Save flow or select another element.
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={primaryButtonClass} disabled={invalid || save.isPending} aria-describedby={unsaved ? unsavedId : undefined}>
          {save.isPending ? 'Saving…' : 'Save flow'}
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            keep.closing(true);
            onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

const DURATION_ERROR = 'a whole number of milliseconds, 0 or more (the duration kept is the last valid one)';

function BehaviorFields({ draft, set }: { draft: Flow; set(changes: Partial<Flow>): void }) {
  const behavior = draft.behavior ?? {};
  const id = useId();
  // what was typed, while it is not a duration: said, never dropped in silence
  const [typed, setTyped] = useState<string | null>(null);
  const durationErrors = typed === null ? [] : [DURATION_ERROR];
  return (
    <div className="grid grid-cols-2 gap-2">
      <div>
        <label htmlFor={id} className={labelClass}>
          Simulated duration (ms)
        </label>
        <input
          id={id}
          type="number"
          min={0}
          step={100}
          className={controlClass}
          value={typed ?? behavior.durationMs ?? ''}
          onChange={(e) => {
            const text = e.target.value;
            const n = Number(text);
            // the browser gives '' for text that is no number at all ("-", "1e"): that is not "no duration"
            const unreadable = text === '' && !e.target.validity.valid;
            if (text === '' && !unreadable) {
              setTyped(null);
              set({ behavior: { ...behavior, durationMs: undefined } });
            } else if (!unreadable && Number.isInteger(n) && n >= 0) {
              setTyped(null);
              set({ behavior: { ...behavior, durationMs: n } });
            } else setTyped(text);
          }}
          {...messageAttributes(`${id}-m`, undefined, durationErrors)}
        />
        <FieldMessages id={`${id}-m`} errors={durationErrors} />
      </div>
      <SelectField
        label="Simulated outcome"
        value={behavior.outcome ?? 'success'}
        options={[
          { value: 'success', label: 'Succeeds' },
          { value: 'error', label: 'Fails' },
        ]}
        onChange={(outcome) => set({ behavior: { ...behavior, outcome: outcome as 'success' | 'error' } })}
      />
    </div>
  );
}
