/**
 * Orchestration settings, shown when nothing is selected: names, description, API version (and
 * what it changes), how it starts, its variables, and the simulated org (users and flows); first,
 * every problem of the design (ProblemList).
 */
import { updateOrchestration, type OrchestrationChanges } from '../../commands/updateOrchestration';
import { relabelOrchestration } from '../../commands/relabelOrchestration';
import { apiNameProblem } from '../../model/names';
import { followsLabel } from '../../model/labelFollowing';
import { FlowCatalog } from '../org/FlowCatalog';
import { commandEdit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import { sectionClass, sectionTitleClass } from '../../ui/fields/styles';
import { TextField } from '../../ui/fields/TextField';
import { ProblemList } from '../problems/ProblemList';
import { ProblemSummary } from '../problems/ProblemSummary';
import { useProblems } from '../../store/useProblems';
import { ApiVersionNote } from './ApiVersionNote';
import { TriggerFields } from './TriggerFields';
import { UsersEditor } from './UsersEditor';
import { VariablesEditor } from './VariablesEditor';
import { useAppStore } from '../../store/appStore';
import { selectDoc, selectInProject } from '../../store/selectors';
import { apiVersionOf, MAX_API_VERSION, MIN_API_VERSION } from '../../model/apiVersion';

const API_VERSIONS = Array.from({ length: MAX_API_VERSION - MIN_API_VERSION + 1 }, (_, i) => MAX_API_VERSION - i).map((v) => ({ value: String(v), label: `${v}.0` }));
const TOP_LEVEL = ['', 'name', 'label', 'description', 'apiVersion', 'format', 'version', 'start', 'stages'];

export function OrchestrationForm() {
  const doc = useAppStore(selectDoc);
  const problems = useProblems();
  const edit = commandEdit(updateOrchestration, (changes: OrchestrationChanges) => changes);
  // The validator words a bad API name at 'name' too: the field's own check is kept for the moment
  // before the (lazily loaded) validator is ready, and left out when the index already says it.
  const nameProblem = apiNameProblem(doc.name);
  const nameIndexed = problems.at('name');
  const nameErrors = nameProblem && !nameIndexed.includes(nameProblem) ? [nameProblem, ...nameIndexed] : nameIndexed;
  const api = apiVersionOf(doc);
  // A design opened from a project keeps its API name: it names the project's file (Save to
  // project writes it back there), as a saved flow's API name is fixed in Flow Builder. A new
  // orchestration of the project has no file yet: its API name follows the label until saved.
  const fromProject = useAppStore((s) => selectInProject(s) && s.projectFile?.newFile === undefined);
  // The hint says what typing a label will do: an API name that is not the one the label gives (a
  // file imported under another name, a name the admin typed) stays, so "follows" would be untrue.
  const labelHint = fromProject ? undefined
    : followsLabel(doc.name, doc.label) ? 'The API name follows the label until you type one of your own.'
      : 'The API name stays as it is: it is not the one this label gives, so it no longer follows the label.';
  return (
    <div className="space-y-3">
      <p className="text-xs text-ink-600">Orchestration settings (select a stage, step or decision on the canvas to edit it).</p>
      <ProblemList doc={doc} index={problems} />
      <ProblemSummary problems={problems.under('').filter((p) => TOP_LEVEL.includes(p.path))} shownAt={new Set(['name', 'label', 'apiVersion'])} />
      <TextField
        label="Label"
        value={doc.label ?? ''}
        errors={problems.at('label')}
        problemPath="label"
        hint={labelHint}
        onType={(label, g) => (fromProject ? edit({ label: label || undefined }, g) : g.type(relabelOrchestration, { label: label || undefined }))}
        // a label of spaces only is no label: left as it was, the header showed nothing
        onBeforeCommit={(g) => {
          if (!doc.label || doc.label.trim()) return;
          if (fromProject) edit({ label: undefined }, g);
          else g.type(relabelOrchestration, { label: undefined });
        }}
      />
      <TextField
        label="API Name"
        value={doc.name}
        errors={nameErrors}
        problemPath="name"
        onType={(name, g) => edit({ name }, g)}
      />
      <TextField
        label="Description"
        multiline
        value={doc.description ?? ''}
        errors={problems.at('description')}
        problemPath="description"
        onType={(description, g) => edit({ description: description || undefined }, g)}
      />
      <SelectField label="API version" value={String(api)} options={API_VERSIONS} errors={problems.at('apiVersion')} problemPath="apiVersion" onChange={(v) => edit({ apiVersion: Number(v) })}>
        <ApiVersionNote apiVersion={api} />
      </SelectField>
      <section className={sectionClass} aria-labelledby="trigger-title">
        <h3 id="trigger-title" className={sectionTitleClass}>
          How it starts
        </h3>
        <TriggerFields doc={doc} problems={problems} onChange={(trigger, g) => edit({ trigger }, g)} />
      </section>
      <section className={sectionClass} aria-labelledby="variables-title">
        <h3 id="variables-title" className={sectionTitleClass}>
          Variables
        </h3>
        <VariablesEditor doc={doc} problems={problems} />
      </section>
      <section className={sectionClass} aria-labelledby="org-users-title">
        <h3 id="org-users-title" className={sectionTitleClass}>
          Simulated org: users
        </h3>
        <UsersEditor doc={doc} problems={problems} />
      </section>
      <section className={sectionClass} aria-labelledby="org-flows-title">
        <h3 id="org-flows-title" className={sectionTitleClass}>
          Simulated org: flows
        </h3>
        <FlowCatalog />
      </section>
    </div>
  );
}
