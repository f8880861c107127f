/** Defaults the engine applies when a scenario does not say (FORMAT.md §3). */
/** Default limits of a scenario. */
export const DEFAULT_MAX_TIME_MS = 86_400_000;
export const DEFAULT_MAX_TRANSITIONS = 10_000_000;
/** Default duration of an async step or of an unattended work item (R21, R23). */
export const DEFAULT_DURATION_MS = 1000;
/** Default runaway guard: elements a project flow's run may execute (issue 13). */
export const DEFAULT_MAX_FLOW_ELEMENTS = 100_000;
