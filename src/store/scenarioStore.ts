/**
 * Scenarios of the open design: what the world does during a simulated run. Several per design,
 * one active; the run view runs the active one. Scenarios are not part of the orchestration
 * document (FORMAT.md keeps them separate) and not part of its undo history.
 */
import { create } from 'zustand';
import type { Scenario } from '../model/types';

export interface ScenarioState {
  scenarios: readonly Scenario[];
  active: number;
  setScenarios(scenarios: readonly Scenario[]): void;
  setActive(index: number): void;
  update(index: number, scenario: Scenario): void;
  add(scenario: Scenario): void;
  remove(index: number): void;
}

/** A scenario in which everything follows the flows' default behaviour. */
export function defaultScenario(): Scenario {
  return { format: 'stageflow.scenario', version: 1, name: 'Default behaviour', events: [] };
}

export const useScenarioStore = create<ScenarioState>()((set, get) => ({
  scenarios: [defaultScenario()],
  active: 0,
  setScenarios(scenarios) {
    set({ scenarios: scenarios.length ? [...scenarios] : [defaultScenario()], active: 0 });
  },
  setActive(index) {
    if (index >= 0 && index < get().scenarios.length) set({ active: index });
  },
  update(index, scenario) {
    set({ scenarios: get().scenarios.map((s, i) => (i === index ? scenario : s)) });
  },
  add(scenario) {
    set({ scenarios: [...get().scenarios, scenario], active: get().scenarios.length });
  },
  remove(index) {
    const scenarios = get().scenarios.filter((_, i) => i !== index);
    set({ scenarios: scenarios.length ? scenarios : [defaultScenario()], active: 0 });
  },
}));

/** The scenario the run view will run. */
export function activeScenario(): Scenario {
  const { scenarios, active } = useScenarioStore.getState();
  return scenarios[active] ?? defaultScenario();
}
