/**
 * A scenario's default limits (FORMAT.md §3, `limits`): the virtual time a run may last and the
 * status changes it may make before the simulator stops it. The engine applies them; the scenario
 * editor shows them.
 */
export const DEFAULT_MAX_TIME_MS = 86_400_000;
export const DEFAULT_MAX_TRANSITIONS = 10_000_000;
