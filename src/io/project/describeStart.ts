/** How an orchestration starts, in the picker's words: "Autolaunched", "Case record created or updated". */
import type { OrchestrationStart } from './types';

const WHEN: Readonly<Record<string, string>> = { create: 'created', update: 'updated', createAndUpdate: 'created or updated' };

/** A short description of how the orchestration starts. */
export function describeStart(start: OrchestrationStart): string {
  if (start.type === 'autolaunched') return 'Autolaunched';
  const object = start.object ?? 'a';
  return `${object} record ${start.when ? WHEN[start.when] ?? start.when : 'saved'}`;
}
