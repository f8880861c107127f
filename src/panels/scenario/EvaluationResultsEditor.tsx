/** Forces the result of evaluation flows in a scenario (R22), or leaves them to their condition. */
import type { Orchestration, Scenario } from '../../model/types';
import { input } from './fieldStyles';
import { own } from '../../model/ownKey';

export function EvaluationResultsEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const flows = (doc.flows ?? []).filter((f) => f.type === 'evaluation');
  if (flows.length === 0) return null;
  const results = scenario.evaluationFlows ?? {};
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Evaluation flow results</legend>
      {flows.map((f) => (
        <label key={f.name} className="flex items-center gap-2 text-xs">
          <span className="w-40 truncate font-mono">{f.name}</span>
          <select className={input} value={own(results, f.name) ? String(own(results, f.name)!.result) : ''} onChange={(e) => {
            const next = { ...results };
            if (e.target.value === '') delete next[f.name]; else next[f.name] = { result: e.target.value === 'true' };
            onChange({ ...scenario, evaluationFlows: next });
          }}>
            <option value="">Use its condition</option>
            <option value="true">Condition met</option>
            <option value="false">Condition not met</option>
          </select>
        </label>
      ))}
    </fieldset>
  );
}
