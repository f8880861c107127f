/**
 * The API Name of a stage, step, decision or variable. Checked as the admin types (format and
 * uniqueness across the one namespace); applied on blur or Enter as one edit that renames every
 * reference; Escape restores the current name. A DraftTextField with the API-name check.
 */
import { setApiName } from '../../commands/setApiName';
import { apiNameChangeProblem } from './apiNames';
import { DraftTextField } from '../../ui/fields/DraftTextField';
import { useAppStore } from '../../store/appStore';
import { selectDoc } from '../../store/selectors';

export interface ApiNameFieldProps {
  name: string;
  /** Problems the validator reports at this name. */
  errors?: readonly string[];
  /** Called after a successful rename, with the new name. */
  onRenamed?(to: string): void;
  label?: string;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

export function ApiNameField({ name, errors = [], onRenamed, label = 'API Name', problemPath }: ApiNameFieldProps) {
  const doc = useAppStore(selectDoc);
  return (
    <DraftTextField
      label={label}
      value={name}
      mono
      problemPath={problemPath}
      errors={errors}
      check={(text) => apiNameChangeProblem(doc, name, text)}
      apply={(to) => {
        useAppStore.getState().dispatch(setApiName, { from: name, to });
        onRenamed?.(to);
      }}
    />
  );
}
