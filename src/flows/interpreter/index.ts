/**
 * The Flow interpreter: runs a flow's own elements (src/flows/definition) offline, on a simulated
 * org and the virtual clock. See docs/flows.md.
 */
export { runFlow, resumeFlow, type ResumeOptions } from './run';
export { capValue } from './capValue';
export { checkEntryConditions, type EntryCheck } from './entryConditions';
export { unscheduledPaths, type UnscheduledPath } from './unscheduledPaths';
export type * from './types';
