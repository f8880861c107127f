/**
 * Scenarios of the open design: what the world does during a simulated run. Several per design,
 * one active; the run view runs the active one. Scenarios are not part of the orchestration
 * document (FORMAT.md keeps them separate) and not part of its undo history.
 */
import { defaultScenario } from '../model/factories';
import type { Scenario } from '../model/types';
import type { SliceCreator } from './storeTypes';

export interface ScenarioSlice {
  scenarios: readonly Scenario[];
  /** Index of the scenario Run uses. */
  activeScenario: number;
  setScenarios(scenarios: readonly Scenario[]): void;
  setActiveScenario(index: number): void;
  updateScenario(index: number, scenario: Scenario): void;
  addScenario(scenario: Scenario): void;
  removeScenario(index: number): void;
}

// the store's callers import it from here; it is the model's (player/computeTrace.ts uses it too)
export { defaultScenario };

/** The scenarios a design opens with: the given ones, or the default one when there are none. */
export const scenariosOrDefault = (scenarios: readonly Scenario[]): Scenario[] => (scenarios.length ? [...scenarios] : [defaultScenario()]);

/** Whether `scenarios` is the default scenario alone, as a design opens with none. */
function isLoneDefault(scenarios: readonly Scenario[]): boolean {
  return scenarios.length === 1 && JSON.stringify(scenarios[0]) === JSON.stringify(defaultScenario());
}

export const createScenarioSlice: SliceCreator<ScenarioSlice> = (set, get) => ({
  scenarios: [defaultScenario()],
  activeScenario: 0,
  setScenarios(scenarios) {
    // the default scenario in place of the default scenario is no change (a set runs every subscriber)
    if (scenarios.length === 0 && get().activeScenario === 0 && isLoneDefault(get().scenarios)) return;
    set({ scenarios: scenariosOrDefault(scenarios), activeScenario: 0 });
  },
  setActiveScenario(index) {
    if (index >= 0 && index < get().scenarios.length) set({ activeScenario: index });
  },
  updateScenario(index, scenario) {
    const state = get();
    // the shown run's scenario, edited in Scenarios opened over the run: its Expectations follow
    // the edit, and the run can say that it used the scenario as it was (createRunSlice.ts)
    const ofRun = state.runPhase !== 'idle' && state.scenarios[index] === (state.runScenarioEdited ?? state.baseScenario);
    set({ scenarios: state.scenarios.map((s, i) => (i === index ? scenario : s)), ...(ofRun ? { runScenarioEdited: scenario } : {}) });
  },
  addScenario(scenario) {
    set({ scenarios: [...get().scenarios, scenario], activeScenario: get().scenarios.length });
  },
  removeScenario(index) {
    set({ scenarios: scenariosOrDefault(get().scenarios.filter((_, i) => i !== index)), activeScenario: 0 });
  },
});
