/**
 * The one requirement editor, shared by step start, stage exit, interactive completion, decision
 * outcomes and evaluation flows: up to 10 rows (R64) of resource → operator → value, reorderable,
 * with All / Any / custom condition logic that follows the rows when they move or go.
 */
import { useMemo, useRef, useState } from 'react';
import { logicKind } from '../../model/logic';
import { ownerAsThisCondition } from '../../model/conditionOwner';
import { MAX_REQUIREMENTS } from '../../model/schemaConstants';
import type { Requirement, RequirementList } from '../../model/types';
import type { Edit } from '../fields/edit';
import { buttonClass } from '../../ui/fields/styles';
import type { ProblemIndex } from '../../store/problems';
import { LogicField, logicProblem } from './LogicField';
import { removeRowFromLogic, swapRowsInLogic, unusedRows } from './logicEdit';
import { RequirementRow } from './RequirementRow';
import { selectScenarioRecord } from '../conditions/useResourceRefs';
import { ownRecordField, resourceOptions } from './resourceTypes';
import { useAppStore } from '../../store/appStore';
import { selectDoc, selectProjectObjects } from '../../store/selectors';
import type { OtherFieldChoice } from './ResourcePicker';
import { problemPathProps } from '../../ui/problemField';
import { focusAddedRow, focusAfterRemovedRow, focusMovedRow, type RowList } from '../fields/rowFocus';

export interface RequirementEditorProps {
  /** What the requirements decide, e.g. "Requirements to start the step". */
  title: string;
  value: RequirementList;
  onChange: Edit<RequirementList>;
  /** JSON path of the object holding `requirements` and `logic`. */
  path: string;
  problems: ProblemIndex;
  /** Inputs of the evaluation flow whose condition this is (they can be read by name). */
  flowInputs?: readonly string[];
  /**
   * Resources this condition cannot meaningfully read, left out of the pickers (a step's start: its
   * own status and its stage's, fixed whenever it is checked). A row that already reads one keeps it
   * shown and typed, so an imported design still reads as it is, with the validator's warning.
   */
  notOffered?: readonly string[];
}

export const TOO_MANY_REQUIREMENTS =
  `A condition can have at most ${MAX_REQUIREMENTS} requirements. For a more complex condition, use an evaluation flow instead.`;

export function RequirementEditor({ title, value, onChange, path, problems, flowInputs, notOffered }: RequirementEditorProps) {
  const doc = useAppStore(selectDoc);
  const [refusal, setRefusal] = useState<string | null>(null);
  const record = useAppStore(selectScenarioRecord);
  // every resource of the design (a walk of all of it): once per design and scenario record, not per render
  const options = useMemo(() => resourceOptions(doc, flowInputs, record), [doc, flowInputs, record]);
  const hidden = useMemo(() => new Set(notOffered), [notOffered]);
  const offered = useMemo(() => options.filter((o) => !hidden.has(o.ref)), [options, hidden]);
  // a record-triggered design may read any field of its record: the ones not listed are typed, the
  // project's declared fields offered while typing
  const objects = useAppStore(selectProjectObjects);
  const trigger = doc.trigger;
  const triggerObject = trigger?.type === 'recordTriggered' ? trigger.object : undefined;
  const otherField = useMemo((): OtherFieldChoice | undefined => {
    if (!triggerObject) return undefined;
    const listed = new Set(options.map((o) => ownRecordField(o)));
    const declared = [...(objects?.get(triggerObject)?.keys() ?? [])].filter((f) => !listed.has(f)).sort((a, b) => a.localeCompare(b));
    return { object: triggerObject, suggestions: declared };
  }, [triggerObject, options, objects]);
  const rows = value.requirements;
  const listProblems = problems.at(`${path}.requirements`);
  const custom = logicKind(value.logic) === 'custom';
  const unused = new Set(custom && logicProblem(value.logic ?? '', rows.length) ? unusedRows(value.logic ?? '', rows.length) : []);

  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const rowList: RowList = { list: () => listRef.current, add: () => addRef.current };

  const setRows = (requirements: Requirement[], logic = value.logic) => {
    onChange({ ...value, requirements, ...(logic !== undefined ? { logic } : {}) });
  };
  const add = () => {
    if (rows.length >= MAX_REQUIREMENTS) {
      setRefusal(TOO_MANY_REQUIREMENTS);
      return;
    }
    setRefusal(null);
    setRows([...rows, { left: '', operator: 'EqualTo', right: { string: '' } }]);
    focusAddedRow(rowList, rows.length);
  };
  const move = (from: number, to: number) => {
    const next = rows.slice();
    [next[from], next[to]] = [next[to]!, next[from]!];
    setRows(next, custom ? swapRowsInLogic(value.logic ?? '', from + 1, to + 1) : value.logic);
    focusMovedRow(rowList, to, to < from ? 'up' : 'down');
  };
  const remove = (index: number) => {
    setRefusal(null);
    const next = rows.filter((_, i) => i !== index);
    let logic = value.logic;
    if (custom) logic = next.length === 0 ? 'and' : removeRowFromLogic(value.logic ?? '', index + 1) || 'and';
    setRows(next, logic);
    focusAfterRemovedRow(rowList, index);
  };

  return (
    <section aria-label={title} className="space-y-2 rounded border border-brand-100 bg-brand-50/60 p-2" {...problemPathProps(`${path}.requirements`)} data-requirement-editor="">
      <h4 className="text-xs font-semibold text-brand-900">
        {title} <span className="font-normal text-ink-600">({rows.length} of {MAX_REQUIREMENTS})</span>
      </h4>
      {/* the list's own problems without its owner (this panel is about it): "This condition has no
          requirements: add at least one", which also replaces the hint saying the same */}
      {rows.length === 0 && listProblems.length === 0 && <p className="text-xs text-ink-600">No requirements yet: add one.</p>}
      {listProblems.map((m) => (
        <p key={m} className="text-xs text-status-error">
          {ownerAsThisCondition(m)}
        </p>
      ))}
      <ol ref={listRef} className="space-y-2">
        {rows.map((req, i) => (
          <RequirementRow
            key={i}
            index={i}
            count={rows.length}
            requirement={req}
            options={hidden.has(req.left) ? options : offered}
            path={`${path}.requirements[${i}]`}
            problems={problems}
            unused={unused.has(i + 1)}
            otherField={otherField}
            onMove={move}
            onRemove={remove}
            onChange={(r, gesture) => onChange({ ...value, requirements: rows.map((x, j) => (j === i ? r : x)) }, gesture)}
          />
        ))}
      </ol>
      <div>
        <button ref={addRef} type="button" className={buttonClass} onClick={add}>
          + Add requirement
        </button>
        {refusal && (
          <p role="alert" className="mt-1 text-xs text-status-error">
            {refusal}
          </p>
        )}
      </div>
      {rows.length > 0 && (
        <LogicField
          logic={value.logic}
          rowCount={rows.length}
          errors={problems.at(`${path}.logic`)}
          problemPath={`${path}.logic`}
          onChange={(logic, gesture) => onChange({ ...value, logic }, gesture)}
        />
      )}
    </section>
  );
}
