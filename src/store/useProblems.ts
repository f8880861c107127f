/** Hook: the open document's problem index (canvas markers, panel fields, Run all read this one). */
import { useAppStore } from './appStore';
import type { ProblemIndex } from './problems';
import { selectProblems } from './selectors';

export function useProblems(): ProblemIndex {
  return useAppStore(selectProblems);
}
