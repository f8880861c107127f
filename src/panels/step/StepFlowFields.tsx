/**
 * The flow a step runs, with what choosing it means: sync or async for background steps (R20),
 * the legacy "Requires async processing" box under API 62 and earlier, and the mapping of the
 * flow's inputs and outputs.
 */
import { FlowPicker } from '../org/FlowPicker';
import { SyncModeNote } from '../org/SyncModeNote';
import { useFlowDetails } from '../../org/useFlowDetails';
import type { Flow, Orchestration, Step } from '../../model/types';
import { backgroundStepMode } from '../../org/syncMode';
import { InputMappingFields } from '../conditions/InputMappingFields';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import type { Edit } from '../fields/edit';
import { sectionClass } from '../../ui/fields/styles';
import type { StepChanges } from '../../commands/updateStep';
import type { ProblemIndex } from '../../store/problems';
import { OutputMappingFields } from './OutputMappingFields';
import { apiVersionOf } from '../../model/apiVersion';
import type { InputValue } from '../../model/inputValue';
import { RelatedRecordField, onlyRelatedRecord } from './RelatedRecordField';
import { RELATED_RECORD_INPUT } from '../../model/engineInputs';
import { droppedForFlow, droppedNotice, keptForFlow } from '../../model/keptForFlow';
import { useAppStore } from '../../store/appStore';

export interface StepFlowFieldsProps {
  doc: Orchestration;
  step: Step;
  onChange: Edit<StepChanges>;
  path: string;
  problems: ProblemIndex;
}

export function StepFlowFields({ doc, step, onChange, path, problems }: StepFlowFieldsProps) {
  const background = step.kind === 'background';
  const type = background ? 'autolaunched' : 'screen';
  const flow = useFlowDetails(step.flow, type);
  const api = apiVersionOf(doc);
  // Another flow keeps the rows it also declares (keptForFlow.ts), and an interactive step's related
  // record, which is the step's, not its flow's. The new flow is read from the store: a flow "New …
  // flow…" made or a project flow just linked joined the catalog inside the gesture that picks it.
  // The rows that go are named in a notice that offers Undo: they went silently, and a mapping typed
  // by hand was lost unseen (docs/editor.md, "Choosing another flow").
  const chooseFlow = (name: string, gesture?: Parameters<Edit<StepChanges>>[1]) => {
    const chosen = name ? (useAppStore.getState().doc.flows ?? []).find((f) => f.name === name) : undefined;
    const related = background ? undefined : onlyRelatedRecord(step.inputs);
    const ownInputs = step.inputs && Object.fromEntries(Object.entries(step.inputs).filter(([key]) => key !== RELATED_RECORD_INPUT));
    const inputs = { ...related, ...keptForFlow(ownInputs, chosen?.inputs) };
    onChange({ flow: name || undefined, inputs: Object.keys(inputs).length ? inputs : undefined, outputs: keptForFlow(step.outputs, chosen?.outputs) }, gesture);
    const notice = name === (step.flow ?? '') ? null : droppedNotice(name ? (chosen?.label ?? name) : null, droppedForFlow(ownInputs, chosen?.inputs), droppedForFlow(step.outputs, chosen?.outputs));
    if (notice) useAppStore.getState().notify('info', notice, undefined, true);
  };
  const setInputs: Edit<Record<string, InputValue>> = (inputs, gesture) => onChange({ inputs: Object.keys(inputs).length ? inputs : undefined }, gesture);
  return (
    <section className={sectionClass}>
      {/* keyed by the element's place, which a rename keeps: another element's picker opens closed, and the
          editor left open here saves what was typed in it (useKeepDraftOnLeave.ts) */}
      <FlowPicker
        key={path}
        label="Flow"
        type={type}
        activeOnly
        {...(background ? { describe: (f: Flow) => `runs ${backgroundStepMode(f, step.requiresAsync, api).mode}` } : {})}
        value={step.flow ?? ''}
        errors={problems.at(`${path}.flow`)}
        problemPath={`${path}.flow`}
        onChange={(name) => chooseFlow(name)}
        onCreate={(name, gesture) => chooseFlow(name, gesture)}
      >
        {background && <SyncModeNote flow={flow} requiresAsync={step.requiresAsync} apiVersion={api} />}
      </FlowPicker>
      {background && api <= 62 && (
        <CheckboxField
          label="Requires async processing (contains callouts or waits)"
          checked={step.requiresAsync ?? false}
          // "Read only under API 62" meant "only read (used)", but an admin reads "read-only" on a box they can tick
          hint="Applies only under API 62 and earlier: from API 63 the flow’s elements decide."
          onChange={(on) => onChange({ requiresAsync: on ? true : undefined })}
        />
      )}
      {!background && <RelatedRecordField inputs={step.inputs} path={`${path}.inputs`} problems={problems} onChange={setInputs} />}
      {flow && (
        <>
          <InputMappingFields
            title="Flow inputs"
            inputs={flow.inputs ?? []}
            parameters={flow.parameters}
            value={step.inputs}
            {...(background ? {} : { shownElsewhere: [RELATED_RECORD_INPUT] })}
            path={`${path}.inputs`}
            problems={problems}
            onChange={setInputs}
          />
          <OutputMappingFields
            doc={doc}
            outputs={flow.outputs ?? []}
            value={step.outputs}
            path={`${path}.outputs`}
            problems={problems}
            onChange={(outputs) => onChange({ outputs: Object.keys(outputs).length ? outputs : undefined })}
          />
        </>
      )}
    </section>
  );
}
