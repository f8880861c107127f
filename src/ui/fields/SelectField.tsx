/** A labelled native select (a combobox named by its label), with hint and problems. */
import { Fragment, useId, type ReactNode } from 'react';
import { FieldMessages, messageAttributes } from './FieldMessages';
import { controlClass, labelClass } from './styles';
import { problemPathProps } from '../problemField';
import { useChoiceGesture } from './useChoiceGesture';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Options next to each other with the same group are listed under its heading (an optgroup). */
  group?: string;
}

/** The options in runs: consecutive options of one group together, ungrouped options alone. */
function runsOf(options: readonly SelectOption[]): { group?: string; options: SelectOption[] }[] {
  const runs: { group?: string; options: SelectOption[] }[] = [];
  for (const o of options) {
    const last = runs.at(-1);
    if (last && o.group !== undefined && last.group === o.group) last.options.push(o);
    else runs.push({ ...(o.group !== undefined ? { group: o.group } : {}), options: [o] });
  }
  return runs;
}

function optionOf(o: SelectOption) {
  return (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label}
    </option>
  );
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  errors?: readonly string[] | undefined;
  hint?: string | undefined;
  disabled?: boolean;
  /** Shown as a first, empty choice. */
  placeholder?: string;
  className?: string;
  /** How a value missing from the options is shown (default: "(not available)"). */
  unknownSuffix?: string;
  /** Extra content under the control (e.g. a sync/async note). */
  children?: ReactNode;
  /** The id of such content that describes the chosen value (read after the hint and problems). */
  describedBy?: string | undefined;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

export function SelectField(props: SelectFieldProps) {
  const { label, value, options, onChange, errors, hint, disabled, placeholder, className, children, describedBy, problemPath, unknownSuffix = '(not available)' } = props;
  const id = useId();
  // arrow keys through the options are one undo entry, committed when the select loses focus
  const choice = useChoiceGesture();
  const messagesId = `${id}-messages`;
  const known = options.some((o) => o.value === value);
  const messages = messageAttributes(messagesId, hint, errors);
  const description = [messages['aria-describedby'], describedBy].filter((d) => d !== undefined).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        className={controlClass}
        {...problemPathProps(problemPath)}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={choice.onKeyDown}
        onBlur={choice.onBlur}
        {...messages}
        aria-describedby={description}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {!known && value !== '' && <option value={value}>{`${value} ${unknownSuffix}`}</option>}
        {runsOf(options).map((run, i) =>
          run.group === undefined ? (
            <Fragment key={`run:${i}`}>{run.options.map(optionOf)}</Fragment>
          ) : (
            <optgroup key={`group:${run.group}`} label={run.group}>
              {run.options.map(optionOf)}
            </optgroup>
          ),
        )}
      </select>
      {children}
      <FieldMessages id={messagesId} hint={hint} errors={errors} />
    </div>
  );
}
