/** Chooses which of the design's scenarios the run uses, and re-runs with it. */
import { useScenarioStore } from '../../store/scenarioStore';

export function ScenarioPicker({ onRun }: { onRun: () => void }) {
  const scenarios = useScenarioStore((s) => s.scenarios);
  const active = useScenarioStore((s) => s.active);
  return (
    <label className="flex items-center gap-1 text-sm">
      Scenario
      <select
        aria-label="Scenario"
        className="min-w-0 flex-1 rounded border border-ink-400/40 px-1 py-0.5"
        value={active}
        onChange={(e) => {
          useScenarioStore.getState().setActive(Number(e.target.value));
          onRun();
        }}
      >
        {scenarios.map((s, i) => (
          <option key={i} value={i}>{s.name ?? `Scenario ${i + 1}`}</option>
        ))}
      </select>
    </label>
  );
}
