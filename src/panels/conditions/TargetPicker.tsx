/** Picks where the run goes next: a stage or a decision (never the element itself), or nowhere. */
import type { Orchestration } from '../../model/types';
import { SelectField } from '../../ui/fields/SelectField';

export interface TargetPickerProps {
  doc: Orchestration;
  label: string;
  /** The element whose target this is (left out of the choices). */
  self?: string;
  value: string | null | undefined;
  /** What "no target" means here, e.g. "End the orchestration". */
  noneLabel: string;
  onChange(target: string | null): void;
  errors?: readonly string[];
  hint?: string;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

export function TargetPicker({ doc, label, self, value, noneLabel, onChange, errors, hint, problemPath }: TargetPickerProps) {
  const options = [
    ...doc.stages.filter((s) => s.name !== self).map((s) => ({ value: s.name, label: `Stage: ${s.label ?? s.name}` })),
    ...(doc.decisions ?? []).filter((d) => d.name !== self).map((d) => ({ value: d.name, label: `Decision: ${d.label ?? d.name}` })),
  ];
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      options={options}
      placeholder={noneLabel}
      errors={errors}
      hint={hint}
      problemPath={problemPath}
      onChange={(v) => onChange(v === '' ? null : v)}
    />
  );
}
