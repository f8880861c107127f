/**
 * What is wrong with the scenario being edited, checked against the design as `stageflow validate
 * --scenario` checks it (model/validateScenario.ts): a completeWorkItem on a step the design does
 * not have, a value of the wrong type, an unknown field. An error keeps the scenario from running
 * as a test (Run all scenarios reports it as could not run, as `stageflow test` does).
 */
import { useMemo } from 'react';
import type { Orchestration, Scenario } from '../../model/types';
import { scenarioPlaceWords } from '../../model/scenarioPlace';
import { validateScenario } from '../../model/validateScenario';

/**
 * "Other records of the org, User 2 (records.User[1].Id): ": where the problem is, in the dialog's
 * words, with its path after them for the file (model/scenarioPlace.ts); the path alone read as JSON.
 */
function ProblemPlace({ doc, path }: { doc: Orchestration; path: string }) {
  const words = scenarioPlaceWords(doc, path);
  if (words === null) return path ? <><span className="font-mono">{path}</span>: </> : null;
  return <>{words}{path ? <> (<span className="font-mono">{path}</span>)</> : null}: </>;
}

export function ScenarioProblems({ doc, scenario }: { doc: Orchestration; scenario: Scenario }) {
  const problems = useMemo(() => validateScenario(scenario, doc), [scenario, doc]);
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section aria-label="Scenario problems" role="status" className={`rounded border p-2 text-sm ${errors ? 'border-status-error bg-red-50' : 'border-status-suspended bg-amber-50'}`}>
      <p className="font-semibold">{errors ? `This scenario cannot run: ${errors === 1 ? 'an error' : `${errors} errors`}.` : 'This scenario has warnings.'}</p>
      <ul className="list-disc pl-5 text-xs">
        {problems.slice(0, 12).map((p, i) => (
          <li key={i}>{p.severity === 'warning' ? 'Warning: ' : ''}<ProblemPlace doc={doc} path={p.path} />{p.message}</li>
        ))}
      </ul>
      {problems.length > 12 && <p className="text-xs">{problems.length - 12} more.</p>}
    </section>
  );
}
