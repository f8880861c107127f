/** Picks what a requirement row reads, grouped by kind, each option with its type icon. */
import { useId } from 'react';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { controlClass, labelClass } from '../../ui/fields/styles';
import type { ResourceGroup, ResourceOption } from './resourceTypes';
import { TYPE_ICONS, TYPE_NAMES } from './typeIcons';
import { typeOfResource } from './resourceTypes';

export interface ResourcePickerProps {
  value: string;
  options: readonly ResourceOption[];
  onChange(ref: string): void;
  errors?: readonly string[];
  label?: string;
}

const GROUP_ORDER: ResourceGroup[] = ['Flow inputs', 'Variables', 'Triggering record', 'Record fields', 'Step statuses', 'Stage statuses', 'Step outputs'];

export function ResourcePicker({ value, options, onChange, errors, label = 'Resource' }: ResourcePickerProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const known = options.some((o) => o.ref === value);
  const type = typeOfResource(options, value);
  return (
    <div className="min-w-0">
      <div className="flex items-baseline justify-between gap-1">
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
        {value && (
          <span className="rounded bg-brand-100 px-1 text-[11px] font-semibold text-brand-700" data-testid="resource-type">
            <span aria-hidden="true">{TYPE_ICONS[type]} </span>
            {TYPE_NAMES[type]}
          </span>
        )}
      </div>
      <div>
        <select
          id={id}
          value={value}
          className={controlClass}
          onChange={(e) => onChange(e.target.value)}
          {...messageAttributes(messagesId, undefined, errors)}
        >
          <option value="">Choose a resource…</option>
          {!known && value !== '' && <option value={value}>{`${TYPE_ICONS.Unknown}  ${value} (not found)`}</option>}
          {GROUP_ORDER.map((group) => {
            const inGroup = options.filter((o) => o.group === group);
            if (inGroup.length === 0) return null;
            return (
              <optgroup key={group} label={group}>
                {inGroup.map((o) => (
                  <option key={o.ref} value={o.ref} title={TYPE_NAMES[o.type]}>
                    {`${TYPE_ICONS[o.type]}  ${o.ref}`}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <FieldMessages id={messagesId} errors={errors} />
    </div>
  );
}
