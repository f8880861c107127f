/**
 * "Scenarios" where the run view's sentences send the admin to change the scenario, as a link that
 * gets there: Scenarios is an editing action, and the toolbar that holds it is hidden while a run is
 * shown, so "change the scenario (Scenarios) and run again" named a button no one could see. The
 * link leaves the run (the design is exactly as it was, as Exit run leaves it) and opens Scenarios.
 * A link, as the banner's step names are: no button of the run view holds words of another control.
 */
import { useAppStore } from '../../store/appStore';

export function ScenariosLink() {
  const open = () => {
    const store = useAppStore.getState();
    store.exitRun();
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
