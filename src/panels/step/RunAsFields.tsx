/**
 * "Select Who to Run the Action As" for background steps (R40): the Automated Process User
 * (default) or an active user. Under API 59 and earlier the option does not exist (R41): the
 * control is disabled and says why; the panel then explains the identity the step will get.
 */
import { DEFAULT_RUN_AS } from '../../model/glossary';
import type { Flow, Orchestration, RunAs, Step } from '../../model/types';
import type { Edit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import { sectionClass, sectionTitleClass } from '../../ui/fields/styles';
import { explainRunAs } from './runAsExplanation';
import { apiVersionOf } from '../../model/apiVersion';

export interface RunAsFieldsProps {
  doc: Orchestration;
  /** One step, or the selected steps of a multi-selection. */
  steps: readonly Step[];
  /** The flow of a single step (for the access explanation). */
  flow?: Flow | undefined;
  onChange: Edit<RunAs>;
  errors?: readonly string[];
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

const DEFAULT = 'default';

function valueOf(runAs: RunAs | undefined): string {
  return runAs?.mode === 'user' ? `user:${runAs.user}` : DEFAULT;
}

export function RunAsFields({ doc, steps, flow, onChange, errors = [], problemPath }: RunAsFieldsProps) {
  const api = apiVersionOf(doc);
  const unavailable = api <= 59;
  const values = new Set(steps.map((s) => valueOf(s.runAs)));
  const value = values.size === 1 ? [...values][0]! : '';
  // Under API 59 a step that still has a chosen user (from a later version) keeps the field usable,
  // with the default as its only choice: the way out of the error is right here, not in the API version.
  const stuck = unavailable && [...values].some((v) => v.startsWith('user:'));
  const users = doc.users ?? [];
  const options = [
    { value: DEFAULT, label: `${DEFAULT_RUN_AS} (default)` },
    ...users.map((u) => ({
      value: `user:${u.username}`,
      label: `${u.name ?? u.username} (${u.username})${u.active === false ? ' — inactive' : ''}`,
      disabled: u.active === false || unavailable,
    })),
  ];
  const reason = unavailable
    ? `Not available under API version ${api}: choosing who runs the action needs API 60 or later. Until then a background step runs as the orchestration itself.`
    : undefined;
  const chosenLocked = stuck ? ['A chosen run-as user is not allowed under API 59 and earlier: choose the default here, or raise the API version.'] : [];
  const single = steps.length === 1 ? steps[0]! : null;
  const explanation = single ? explainRunAs(doc, single, flow) : null;
  return (
    <section className={sectionClass}>
      <h3 className={sectionTitleClass}>
        Select Who to Run the Action As
      </h3>
      <SelectField
        label="Run as"
        value={value}
        options={options}
        disabled={unavailable && !stuck}
        placeholder={values.size > 1 ? '(mixed)' : undefined}
        hint={reason}
        errors={[...chosenLocked, ...errors]}
        problemPath={problemPath}
        onChange={(v) => {
          if (!v) return;
          onChange(v === DEFAULT ? { mode: 'default' } : { mode: 'user', user: v.slice('user:'.length) });
        }}
      />
      {explanation && (
        <p className="rounded bg-brand-50 px-2 py-1 text-xs text-ink-800" data-testid="run-as-identity">
          <strong>Will run as {explanation.identity}.</strong> {explanation.why}
        </p>
      )}
    </section>
  );
}
