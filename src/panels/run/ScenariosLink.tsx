/**
 * "Scenarios" where the run view's sentences send the admin to change the scenario, as a link that
 * gets there: Scenarios is an editing action, and the toolbar that holds it is hidden while a run is
 * shown, so "change the scenario (Scenarios) and run again" named a button no one could see. The
 * link leaves the run (the design is exactly as it was, as Exit run leaves it) and opens Scenarios;
 * the Expectations section's keeps the run and opens Scenarios over it (`keepRun`).
 * A link, as the banner's step names are: no button of the run view holds words of another control.
 */
import { useAppStore } from '../../store/appStore';

export function ScenariosLink({ keepRun = false }: { keepRun?: boolean }) {
  const open = () => {
    const store = useAppStore.getState();
    if (keepRun) {
      // Expectations: Scenarios opens over the run, on the run's scenario, and the section follows
      // what is edited there, judged on the run shown (docs/scenarios.md, *chosen*)
      const index = store.scenarios.indexOf(store.runScenarioEdited ?? store.baseScenario ?? store.scenarios[store.activeScenario]!);
      if (index >= 0) store.setActiveScenario(index);
    } else {
      store.exitRun();
    }
    store.setDialog('scenarios');
  };
  return (
    <button type="button" role="link" className="underline" onClick={open}>
      Scenarios
    </button>
  );
}

/** `Scenarios` as a link when the run was simulated from a scenario, else as words (a trace read from a file has none to change). */
export function ScenariosWord({ simulated }: { simulated: boolean }) {
  return simulated ? <ScenariosLink /> : <>Scenarios</>;
}
