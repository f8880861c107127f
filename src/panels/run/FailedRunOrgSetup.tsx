/**
 * Under "The run failed.": the records a real org has that the failed steps' flows looked for and
 * the simulated org lacked, with one button that gives them all to the run's scenario and computes
 * the run again (docs/scenarios.md, "A first run of a real project"). A project opened without a
 * scenario file runs with an empty org, so its first Run ended in Error at 0 ms and the fix was
 * under Flow runs of a step the admin had first to select.
 */
import { useMemo, useRef } from 'react';
import { defaultScenario } from '../../model/factories';
import type { Orchestration, Scenario, Trace } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { BREAKABLE_CLASS, breakableName } from '../../ui/breakableName';
import { focusNextFrame } from '../../ui/focusLater';
import { lookupSites, lookupWhere } from '../../verify/hints/lookupSites';
import { giveMissingOrgSetup, missingOrgSetup, type MissingRecord } from '../../verify/hints/missingOrgSetup';
import { runningUserInWords } from '../../verify/hints/runningUserNote';

/** One missing record in words: what it is, and which flow needed it. */
function recordInWords(item: MissingRecord): string {
  if (item.kind === 'runningUser') return `the User record of ${runningUserInWords(item.user)}, whom ${item.flow} runs as ($User.Id and the other $User fields read it)`;
  return `a ${item.site.object} where ${lookupWhere(item.site)} (${item.site.elements.join(', ')} looks it up)`;
}

export function FailedRunOrgSetup({ doc, scenario, trace }: { doc: Orchestration; scenario: Scenario; trace: Trace }) {
  const sites = useMemo(() => lookupSites(doc), [doc]);
  const missing = useMemo(() => missingOrgSetup(doc, scenario, trace, sites), [doc, scenario, trace, sites]);
  const note = useRef<HTMLDivElement>(null);
  if (missing.length === 0) return null;
  const give = () => {
    // the button goes with the records once the run is computed again: the banner around the note
    // keeps the focus, saying the next failure (when the run completes, the app's rescue takes it)
    const banner = note.current?.parentElement ?? null;
    focusNextFrame(() => banner);
    // the scenario as it is now, with an edit made in Scenarios over the run since it ran
    const { baseScenario, runScenarioEdited, reviseRunScenario } = useAppStore.getState();
    void reviseRunScenario(giveMissingOrgSetup(runScenarioEdited ?? baseScenario ?? defaultScenario(), missing));
  };
  const one = missing.length === 1;
  return (
    <div ref={note} tabIndex={-1} role="group" aria-label="Records the simulated org lacks" className="mt-1 rounded bg-amber-50 p-1 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500">
      <p>{`A real org has ${one ? 'this record' : 'these records'}; the simulated org has only the records the scenario gives:`}</p>
      <ul id="failed-run-missing-records" className="list-disc pl-5">
        {/* flow and element API names break between their parts, never mid-word ("…_User_Reco|rd") */}
        {missing.map((item) => <li key={item.kind === 'runningUser' ? `user ${item.user}` : `${item.site.object} ${lookupWhere(item.site)}`} className={BREAKABLE_CLASS}>{breakableName(recordInWords(item))}</li>)}
      </ul>
      <button type="button" aria-describedby="failed-run-missing-records" className="mt-1 rounded border border-ink-400/40 bg-white px-2 py-0.5 text-sm hover:bg-brand-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500" onClick={give}>
        {one ? 'Add it to the scenario and run again' : `Add the ${missing.length} records to the scenario and run again`}
      </button>
    </div>
  );
}
