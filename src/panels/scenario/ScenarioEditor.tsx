/**
 * The scenarios of a design: several per design, each runnable, each editable (when the run starts
 * and what its launcher passes to input variables, the triggering record of a record-triggered
 * orchestration, the org's other records, step behaviour, evaluation flow results, the
 * actions the project's flows call, timed events, expected outcome), all runnable at once as tests,
 * and each a file for `stageflow test` (ScenarioFiles).
 */
import { useRef } from 'react';
import { useModalDialog } from '../../ui/useModalDialog';
import { ActionsEditor } from './ActionsEditor';
import { EvaluationResultsEditor } from './EvaluationResultsEditor';
import { EventsEditor } from './EventsEditor';
import { ExpectationsEditor } from './ExpectationsEditor';
import { LaunchEditor } from './LaunchEditor';
import { button, input } from './fieldStyles';
import { RunAllReport } from './RunAllReport';
import { ScenarioProblems } from './ScenarioProblems';
import { ScenarioFiles } from './ScenarioFiles';
import { OrgRecordsEditor } from './OrgRecordsEditor';
import { StepOverridesEditor } from './StepOverridesEditor';
import { TriggeringRecordEditor } from './TriggeringRecordEditor';
import { defaultScenario } from '../../store/createScenarioSlice';
import { useAppStore } from '../../store/appStore';
import { selectDoc } from '../../store/selectors';
import { focusNextFrame } from '../../ui/focusLater';
import { useScenarioDelete } from './useScenarioDelete';
import { scenarioShownName } from '../../model/scenarioShownName';

export function ScenarioEditor({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog();
  const doc = useAppStore(selectDoc);
  const scenarios = useAppStore((s) => s.scenarios);
  const active = useAppStore((s) => s.activeScenario);
  const store = useAppStore.getState();
  const scenario = scenarios[active] ?? defaultScenario();
  const change = (s: typeof scenario) => store.updateScenario(active, s);
  const picker = useRef<HTMLSelectElement>(null);
  const nameInput = useRef<HTMLTextAreaElement>(null);
  // a new or duplicated scenario is named next: focus goes to its name, selected, so typing replaces
  // "Scenario 2" (it stayed on the button, and the name was two Shift+Tabs back)
  const addAndName = (added: typeof scenario) => {
    store.addScenario(added);
    focusNextFrame(() => nameInput.current, (el) => (el as HTMLTextAreaElement).select());
  };
  const deletion = useScenarioDelete();
  const remove = () => {
    deletion.remove(active);
    // the last but one deleted: Delete scenario is disabled under the focus, which fell to <body>
    // (out of the modal dialog); the picker, showing the scenario now edited, takes it
    if (scenarios.length <= 2) picker.current?.focus();
  };

  return (
    <dialog ref={dialog} aria-label="Scenarios" onClose={onClose} className="m-auto bg-white text-ink-800 w-[48rem] max-w-[95vw] rounded-lg p-4 shadow-xl backdrop:bg-scrim">
      <div className="mb-2 flex items-center gap-2">
        <h2 className="flex-1 text-lg font-semibold">Scenarios</h2>
        <button type="button" className={button} onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {/* The picker and the name each take a row of the dialog: a long name (a test case's
            sentence) is read whole there, where the picker, sized to its longest name, pushed the
            dialog into sideways scrolling and the name field showed twenty characters of it. A name
            longer than the row is whole in the picker's list and wraps in the name field. */}
        <label className="flex w-full min-w-0 items-center gap-1 text-sm"><span className="w-16 shrink-0">Scenario</span>
          <select ref={picker} aria-label="Scenario to edit" className={`${input} min-w-0 flex-1`} value={active} onChange={(e) => store.setActiveScenario(Number(e.target.value))}>
            {scenarios.map((s, i) => <option key={i} value={i}>{scenarioShownName(s, i)}</option>)}
          </select>
        </label>
        <label className="flex w-full min-w-0 items-center gap-1 text-sm"><span className="w-16 shrink-0">Name</span>
          <textarea
            ref={nameInput} aria-label="Scenario name" rows={1} className={`${input} min-w-0 flex-1 resize-none field-sizing-content`} value={scenario.name ?? ''}
            // a cleared name is no name: the scenario is called by its place, which the empty field shows
            placeholder={scenarioShownName(undefined, active)}
            // one line of text that wraps: Enter adds no line break (it did nothing in the single-line field)
            onKeyDown={(e) => { if (e.key === 'Enter') e.preventDefault(); }}
            onChange={(e) => change({ ...scenario, name: e.target.value.replace(/[\r\n]+/g, ' ') })}
          />
        </label>
        <button type="button" className={button} onClick={() => addAndName({ ...defaultScenario(), name: `Scenario ${scenarios.length + 1}` })}>New scenario</button>
        <button type="button" className={button} onClick={() => addAndName({ ...structuredClone(scenario), name: `${scenarioShownName(scenario, active)} (copy)` })}>Duplicate scenario</button>
        <button type="button" className={button} disabled={scenarios.length < 2} onClick={remove}>Delete scenario</button>
        <ScenarioFiles doc={doc} scenario={scenario} scenarios={scenarios} />
      </div>
      <p role="status" className="mb-2 text-sm empty:hidden">
        {deletion.deleted && (
          <>
            {`Scenario “${scenarioShownName(deletion.deleted.scenario, deletion.deleted.index)}” deleted. `}
            <button type="button" className={button} onClick={() => { deletion.undo(); picker.current?.focus(); }}>Undo delete</button>
          </>
        )}
      </p>
      <div className="grid max-h-[60vh] gap-3 overflow-auto">
        <ScenarioProblems doc={doc} scenario={scenario} />
        <LaunchEditor key={active} doc={doc} scenario={scenario} onChange={change} />
        <TriggeringRecordEditor doc={doc} scenario={scenario} onChange={change} />
        <OrgRecordsEditor doc={doc} scenario={scenario} onChange={change} />
        <StepOverridesEditor doc={doc} scenario={scenario} onChange={change} />
        <EvaluationResultsEditor doc={doc} scenario={scenario} onChange={change} />
        <ActionsEditor doc={doc} scenario={scenario} onChange={change} />
        <EventsEditor doc={doc} scenario={scenario} onChange={change} />
        <ExpectationsEditor doc={doc} scenario={scenario} onChange={change} />
        <RunAllReport doc={doc} scenarios={scenarios} />
      </div>
    </dialog>
  );
}
