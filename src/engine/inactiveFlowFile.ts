/**
 * The project file holding an inactive flow's version, as data and in words. One place for the
 * step's error (behaviors/stepOutcome.ts, R25) and the evaluation flow's explanation (explain.ts,
 * startCheck.ts, R17/R22), so both name the file the admin must activate in the validator's words
 * (model/validateFlows.ts).
 */
import type { Flow } from '../model/types';

/** Where an inactive flow was read from: the file's path and its `<status>` as written (null when the file gave none). */
export interface InactiveFlowFile {
  readonly path: string;
  readonly status: string | null;
}

/** The file of a flow that came from one (a project's, a package's); null for a flow designed in the app. */
export function inactiveFlowFile(flow: Flow): InactiveFlowFile | null {
  const source = flow.source;
  if (!source?.path) return null;
  return { path: source.path, status: source.status ? source.status : null };
}

/** Its words, shared with the validator (model/flowStatus.ts). */
export { inactiveFileWords } from '../model/flowStatus';
