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

/** "Its stage “Reassign” ended in Error: a step that had not started by then does not start." */
export function stageEndedText(stage: string, status: StageStatus | null | undefined): string {
  const ended = ENDED[status ?? 'Completed'] ?? `is ${STATUS_LABEL[status ?? 'Completed']}`;
  return `Its stage “${stage}” ${ended}: a step that had not started by then does not start.`;
}
