/** One requirement row: resource → operator → value, with move and remove buttons. */
import type { Operator, Requirement } from '../../model/types';
import type { Edit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import { iconButtonClass } from '../../ui/fields/styles';
import { OPERATOR_LABELS, operatorsFor } from './operators';
import { ResourcePicker, type OtherFieldChoice } from './ResourcePicker';
import { typeOfResource, type ResourceOption } from './resourceTypes';
import { defaultRight, rightFits } from './rightValues';
import { ValueInput } from './ValueInput';
import type { ProblemIndex } from '../../store/problems';
import { designRecords } from '../../io/project/designRecords';
import { picklistValuesOf } from '../../io/project/picklistValues';
import { useAppStore } from '../../store/appStore';
import { selectProjectObjects } from '../../store/selectors';
import { problemPathProps } from '../../ui/problemField';

export interface RequirementRowProps {
  index: number;
  count: number;
  requirement: Requirement;
  options: readonly ResourceOption[];
  onChange: Edit<Requirement>;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
  /** Path of this row, e.g. `stages[0].exit.requirements[1]`. */
  path: string;
  problems: ProblemIndex;
  unused: boolean;
  /** A record-triggered design's "Another field of <object>…" (ResourcePicker). */
  otherField?: OtherFieldChoice | undefined;
}

const NO_VALUES: readonly string[] = [];

export function RequirementRow(props: RequirementRowProps) {
  const { index, count, requirement, options, onChange, onMove, onRemove, path, problems, unused, otherField } = props;
  const row = index + 1;
  const type = typeOfResource(options, requirement.left);
  const operators = operatorsFor(type);
  const operatorOk = operators.includes(requirement.operator);

  const setResource = (left: string) => {
    const nextType = typeOfResource(options, left);
    const ops = operatorsFor(nextType);
    const operator = ops.includes(requirement.operator) ? requirement.operator : ops[0]!;
    const keep = (nextType === type || !!(requirement.right && 'ref' in requirement.right)) && rightFits(requirement.right, nextType, operator);
    const right = keep ? requirement.right : defaultRight(nextType, operator);
    onChange({ ...requirement, left, operator, ...(right ? { right } : {}) });
  };
  const setOperator = (value: string) => {
    const operator = value as Operator;
    const right = rightFits(requirement.right, type, operator) ? requirement.right : defaultRight(type, operator);
    onChange({ ...requirement, operator, ...(right ? { right } : {}) });
  };
  const operatorErrors = [
    ...(operatorOk ? [] : [`"${OPERATOR_LABELS[requirement.operator]}" does not suit a ${type} resource`]),
    ...problems.at(`${path}.operator`),
  ];
  const rightErrors = problems.under(`${path}.right`).map((p) => p.message);
  // a picklist of a record the design reads: the values the project lists, while the design is the one opened from it
  const suggestions = useAppStore((s) => {
    const objects = selectProjectObjects(s);
    return objects ? picklistValuesOf(objects, designRecords(s.doc), requirement.left) : NO_VALUES;
  });

  const isReference = requirement.right !== undefined && 'ref' in requirement.right;
  return (
    <li>
      <fieldset className="rounded border border-ink-400/30 bg-white p-2" data-row={row} {...problemPathProps(path)}>
        <legend className="flex w-full items-center gap-1 px-1 text-xs font-semibold text-ink-600">
          <span>Requirement {row}</span>
          {unused && <span className="rounded bg-amber-100 px-1 font-normal text-amber-900">not used by the logic</span>}
        </legend>
        <div className="-mt-3 mb-1 flex justify-end gap-1">
          <button type="button" className={iconButtonClass} aria-label={`Move requirement ${row} up`} data-row-control="up" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
            ↑
          </button>
          <button type="button" className={iconButtonClass} aria-label={`Move requirement ${row} down`} data-row-control="down" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
            ↓
          </button>
          <button type="button" className={iconButtonClass} aria-label={`Remove requirement ${row}`} data-row-control="remove" onClick={() => onRemove(index)}>
            ✕
          </button>
        </div>
        <div className="space-y-2">
          <ResourcePicker value={requirement.left} options={options} onChange={setResource} errors={problems.at(`${path}.left`)} otherField={otherField} problemPath={`${path}.left`} />
          {/* a date-time or a reference needs the row's whole width: beside the operator, "02:00 PM" lost
              its PM at 1280 px, and a resource its name; else the operator is as wide as its longest choice
              needs and the value takes the rest: in halves, "Greater Than or Equal" read "Greater Than or
              Equ" (a decision's row is narrower still) */}
          <div className={`grid gap-2 ${type === 'DateTime' || isReference ? 'grid-cols-1' : 'grid-cols-[auto_minmax(0,1fr)]'}`}>
            <SelectField
              label="Operator"
              value={requirement.operator}
              options={operators.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
              onChange={setOperator}
              errors={operatorErrors}
              problemPath={`${path}.operator`}
            />
            <ValueInput
              type={type}
              operator={requirement.operator}
              right={requirement.right}
              options={options}
              errors={rightErrors}
              suggestions={suggestions}
              problemPath={`${path}.right`}
              onChange={(right, gesture) => onChange({ ...requirement, right }, gesture)}
            />
          </div>
        </div>
      </fieldset>
    </li>
  );
}
