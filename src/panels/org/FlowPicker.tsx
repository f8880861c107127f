/**
 * Picks a flow of one type from the simulated org. The list comes through react-query, so it
 * shows loading, and a failure shows its reason with Retry; the current choice stays visible.
 */
import type { ReactNode } from 'react';
import type { Flow, FlowType } from '../../model/types';
import { SelectField } from '../../ui/fields/SelectField';
import { CatalogError } from './CatalogError';
import { useFlows } from '../../org/useFlows';

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
  children?: ReactNode;
}

export function FlowPicker({ label, type, value, onChange, errors, hint, activeOnly, describe, children }: FlowPickerProps) {
  const query = useFlows({ type });
  const flows = query.data ?? [];
  const options = flows.map((f) => ({
    value: f.name,
    label: `${f.label ?? f.name} (${f.name})${f.active === false ? ' — inactive' : describe ? ` — ${describe(f)}` : ''}`,
    disabled: activeOnly && f.active === false,
  }));
  return (
    <div className="space-y-1">
      <SelectField
        label={label}
        value={value}
        options={options}
        onChange={onChange}
        errors={errors}
        hint={query.isPending ? 'Loading flows from the org…' : hint}
        unknownSuffix={query.isPending ? '(loading…)' : query.isError ? '(org unavailable)' : '(not in the org)'}
        placeholder={`Choose ${type === 'evaluation' ? 'an evaluation' : type === 'screen' ? 'a screen' : 'an autolaunched'} flow…`}
      >
        {query.isSuccess && children}
      </SelectField>
      {query.isError && <CatalogError error={query.error} onRetry={() => void query.refetch()} what="Could not load flows" />}
    </div>
  );
}
