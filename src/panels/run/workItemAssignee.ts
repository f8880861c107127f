/** Whom an open work item waits for, in the admin's words: a user by name, a queue's or a group's members. */
import type { Orchestration } from '../../model/types';

export function assigneeInWords(doc: Orchestration, step: string, assignee: string | undefined): string {
  const type = doc.stages.flatMap((s) => s.steps).find((s) => s.name === step)?.assignee?.type;
  if (!assignee) return 'its assignee';
  return type === 'queue' ? `someone in queue ${assignee}` : type === 'group' ? `someone in group ${assignee}` : assignee;
}
