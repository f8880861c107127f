/** Defaults the engine applies when a scenario does not say (FORMAT.md §3). */
/** Default limits of a scenario (kept in the model, where the scenario editor reads them too). */
export { DEFAULT_MAX_TIME_MS, DEFAULT_MAX_TRANSITIONS } from '../model/scenarioLimits';
/** Default duration of an async step or of an unattended work item (R21, R23). */
export const DEFAULT_DURATION_MS = 1000;
/** Default runaway guard: elements a project flow's run may execute (issue 13). */
export const DEFAULT_MAX_FLOW_ELEMENTS = 100_000;
