/** Properties of a decision: names, ordered outcomes (first that holds wins, R4), default path. */
import { locateElement } from '../../commands/elementLocator';
import { updateDecision, type DecisionChanges } from '../../commands/updateDecision';
import { uniqueName } from '../../model/names';
import type { DecisionOutcome } from '../../model/types';
import { TargetPicker } from '../conditions/TargetPicker';
import { ApiNameField } from '../fields/ApiNameField';
import { commandEdit } from '../fields/edit';
import { LabelField } from '../fields/LabelField';
import { buttonClass, sectionClass, sectionTitleClass } from '../../ui/fields/styles';
import { ProblemSummary } from '../problems/ProblemSummary';
import { useProblems } from '../../store/useProblems';
import { useFollowRename } from '../useFollowRename';
import { OutcomeEditor } from './OutcomeEditor';
import { useAppStore } from '../../store/appStore';
import { selectDoc, selectSavedInProject } from '../../store/selectors';
import { savedOutcomeName } from '../../commands/queries';
import { useRef } from 'react';
import { focusAddedRow, focusAfterRemovedRow, focusMovedRow, type RowList } from '../fields/rowFocus';

export function DecisionForm({ name }: { name: string }) {
  const doc = useAppStore(selectDoc);
  const problems = useProblems();
  const followRename = useFollowRename();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const rowList: RowList = { list: () => listRef.current, add: () => addRef.current };
  const at = locateElement(doc, name);
  if (!at || at.kind !== 'decision') return null;
  const { decision, path } = at;
  const edit = commandEdit(updateDecision, (changes: DecisionChanges) => ({ name, changes }));
  const outcomes = decision.outcomes;
  const setOutcomes = (next: DecisionOutcome[], g?: Parameters<typeof edit>[1]) => edit({ outcomes: next }, g);
  const addOutcome = () => {
    const outcomeName = uniqueName(`Outcome_${outcomes.length + 1}`, new Set(outcomes.map((o) => o.name)));
    setOutcomes([...outcomes, { name: outcomeName, label: `Outcome ${outcomes.length + 1}`, requirements: [], logic: 'and', next: null }]);
    focusAddedRow(rowList, outcomes.length);
  };
  const move = (from: number, to: number) => {
    const next = outcomes.slice();
    [next[from], next[to]] = [next[to]!, next[from]!];
    setOutcomes(next);
    focusMovedRow(rowList, to, to < from ? 'up' : 'down');
  };
  const remove = (index: number) => {
    setOutcomes(outcomes.filter((_, j) => j !== index));
    focusAfterRemovedRow(rowList, index);
  };
  return (
    <div className="space-y-3">
      <p className="text-xs text-ink-600">Decision: outcomes are checked in order; the first that holds is taken.</p>
      <ProblemSummary problems={problems.under(path)} shownUnder={['label', 'name', 'outcomes', 'defaultNext'].map((f) => `${path}.${f}`)} />
      <LabelField
        name={name}
        label={decision.label}
        command={updateDecision}
        params={(label) => ({ name, changes: { label } })}
        errors={problems.at(`${path}.label`)}
        problemPath={`${path}.label`}
        onRenamed={(to) => followRename(name, to)}
      />
      <ApiNameField name={name} errors={problems.at(`${path}.name`)} problemPath={`${path}.name`} onRenamed={(to) => followRename(name, to)} />
      <section className={sectionClass} aria-labelledby={`${path}-outcomes-title`}>
        <h3 id={`${path}-outcomes-title`} className={sectionTitleClass}>
          Outcomes
        </h3>
        <ol ref={listRef} className="space-y-2">
          {outcomes.map((o, i) => (
            <OutcomeEditor
              key={i}
              doc={doc}
              decision={name}
              siblingNames={new Set(outcomes.filter((_, j) => j !== i).map((x) => x.name))}
              isSavedInProject={() => selectSavedInProject(useAppStore.getState(), savedOutcomeName(name, o.name))}
              index={i}
              count={outcomes.length}
              outcome={o}
              path={`${path}.outcomes[${i}]`}
              problems={problems}
              onMove={move}
              onRemove={remove}
              onChange={(outcome, g) => setOutcomes(outcomes.map((x, j) => (j === i ? outcome : x)), g)}
            />
          ))}
        </ol>
        <button ref={addRef} type="button" className={buttonClass} onClick={addOutcome}>
          + Add outcome
        </button>
        <TargetPicker
          doc={doc}
          label="Default path"
          self={name}
          value={decision.defaultNext}
          noneLabel="End the orchestration"
          hint="Taken when no outcome holds."
          errors={problems.at(`${path}.defaultNext`)}
          problemPath={`${path}.defaultNext`}
          onChange={(defaultNext) => edit({ defaultNext })}
        />
      </section>
    </div>
  );
}
