/**
 * Where the run view's sentences send the admin to change the run's scenario, a link that gets
 * there: Scenarios is an editing action, and the toolbar that holds it is hidden while a run is shown.
 * Every such link opens Scenarios *over* the run, on the run's scenario (docs/scenarios.md, *chosen*):
 * the stuck run's banner left the run while the Expectations section's kept it, two links named
 * “Scenarios” side by side that did different things. An edit there is judged at once on the run
 * shown, and one of what the run uses offers Rerun in the Expectations section.
 * The two are named by what the admin goes there to change — “change the scenario in Scenarios”
 * (what the run uses, then run again) and “Expected outcome in Scenarios” (what is expected of it) —
 * so that a list of the page's links tells them apart.
 * A link, as the banner's step names are: no button of the run view holds words of another control.
 */
import type { ReactNode } from 'react';
import { useAppStore } from '../../store/appStore';

/** Opens Scenarios over the run, on the run's scenario (also when the dialog was last left on another). */
function openOverRun(): void {
  const store = useAppStore.getState();
  const own = store.runScenarioEdited ?? store.baseScenario ?? store.scenarios[store.activeScenario];
  const index = own ? store.scenarios.indexOf(own) : -1;
  if (index >= 0) store.setActiveScenario(index);
  store.setDialog('scenarios');
}

/** A link whose words say what is changed in Scenarios; they end with “Scenarios”, where it goes. */
export function ScenariosLink({ children }: { children: ReactNode }) {
  return (
    <button type="button" role="link" className="underline" onClick={openOverRun}>
      {children}
    </button>
  );
}

/** What the stuck, failed or unlaunched run's banner asks of its scenario: a change of what the run uses. */
const CHANGE_SCENARIO = 'change the scenario in Scenarios';

/** The banner's link when the run was simulated from a scenario, else words (a trace read from a file has none to change). */
export function ChangeScenarioLink({ simulated }: { simulated: boolean }) {
  return simulated ? <ScenariosLink>{CHANGE_SCENARIO}</ScenariosLink> : <>{CHANGE_SCENARIO}</>;
}
