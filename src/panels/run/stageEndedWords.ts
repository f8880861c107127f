/**
 * How a step's ended stage is said in the Why panel: "ended in Error", "completed", in the engine's
 * words for the same case (engine/explain.ts), since "Its stage … is Error" reads as a status field,
 * not a sentence an admin would say.
 */
import type { StageStatus } from '../../model/types';
import { STATUS_LABEL } from '../../ui/statusStyles';

const ENDED: Readonly<Partial<Record<StageStatus, string>>> = {
  Completed: 'completed',
  Error: 'ended in Error',
  Canceled: 'was canceled',
  Discontinued: 'was discontinued',
};

/** ` when step “Ask” failed, before this step started`: what ended a stage in Error (its steps in Error, labelled); else nothing. */
function failedWords(failed: readonly string[]): string {
  if (failed.length === 0) return '';
  const named = failed.map((s) => `“${s}”`);
  const which = named.length === 1 ? `step ${named[0]}` : `steps ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return ` when ${which} failed, before this step started`;
}

/**
 * "Its stage “Reassign” ended in Error: a step that had not started by then does not start."
 * `failed`: the steps in Error that ended it, named first when its start condition held (R17, as
 * engine/explain.ts names them): otherwise the met condition below read as if it still waited.
 */
export function stageEndedText(stage: string, status: StageStatus | null | undefined, failed: readonly string[] = []): string {
  const ended = ENDED[status ?? 'Completed'] ?? `is ${STATUS_LABEL[status ?? 'Completed']}`;
  return `Its stage “${stage}” ${ended}${status === 'Error' ? failedWords(failed) : ''}: a step that had not started by then does not start.`;
}
