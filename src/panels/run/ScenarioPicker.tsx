/** Chooses which of the design's scenarios the run uses, and re-runs with it. */
import { scenarioShownName as nameOf } from '../../model/scenarioShownName';
import { useAppStore } from '../../store/appStore';


export function ScenarioPicker({ onRun }: { onRun: () => void }) {
  const scenarios = useAppStore((s) => s.scenarios);
  // the run's own scenario, also when Scenarios (opened over the run) was left on another one
  const active = useAppStore((s) => {
    const ran = s.runScenarioEdited ?? s.baseScenario;
    const index = ran ? s.scenarios.indexOf(ran) : -1;
    return index >= 0 ? index : s.activeScenario;
  });
  return (
    <label className="flex items-center gap-1 text-sm">
      Scenario
      <select
        aria-label="Scenario"
        // the run panel is narrow: a long name is cut in the closed box, so its tooltip says it whole
        title={nameOf(scenarios[active], active)}
        className="min-w-0 flex-1 rounded border border-ink-400/40 px-1 py-0.5"
        value={active}
        onChange={(e) => {
          useAppStore.getState().setActiveScenario(Number(e.target.value));
          onRun();
        }}
      >
        {scenarios.map((s, i) => (
          <option key={i} value={i}>{nameOf(s, i)}</option>
        ))}
      </select>
    </label>
  );
}
