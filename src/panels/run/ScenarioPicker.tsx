/**
 * Chooses which of the design's scenarios the run uses, and re-runs with it.
 *
 * The chosen scenario's name is shown whole, wrapped over as many lines as it needs (docs/scenarios.md,
 * *chosen*): the run panel is narrow, and a closed native box cut a long name after some thirty
 * characters with nothing but a hover tooltip to read the rest, which the keyboard never shows. The
 * box is still the native select, transparent over the wrapped name: it keeps its keyboard, its
 * list of options and its value (the whole name, as a screen reader says it), so the name drawn under
 * it is hidden from assistive technology.
 */
import { scenarioShownName as nameOf } from '../../model/scenarioShownName';
import { useAppStore } from '../../store/appStore';
import { ActionIcon } from '../../ui/ActionIcon';

export function ScenarioPicker({ onRun }: { onRun: () => void }) {
  const scenarios = useAppStore((s) => s.scenarios);
  // the run's own scenario, also when Scenarios (opened over the run) was left on another one
  const active = useAppStore((s) => {
    const ran = s.runScenarioEdited ?? s.baseScenario;
    const index = ran ? s.scenarios.indexOf(ran) : -1;
    return index >= 0 ? index : s.activeScenario;
  });
  return (
    <label className="flex items-start gap-1 text-sm">
      <span className="py-0.5">Scenario</span>
      <span className="relative min-w-0 flex-1 rounded border border-ink-400/40 bg-white focus-within:outline focus-within:outline-2 focus-within:outline-brand-500">
        {/* the whole name, which the select's closed box would cut; break-words: a name with no space still wraps */}
        <span aria-hidden="true" className="block py-0.5 pl-1 pr-5 break-words">{nameOf(scenarios[active], active)}</span>
        <ActionIcon name="chevron" className="pointer-events-none absolute right-1 top-1 h-4 w-4" />
        <select
          aria-label="Scenario"
          className="absolute inset-0 h-full w-full cursor-pointer appearance-none opacity-0"
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
      </span>
    </label>
  );
}
