/**
 * Hook: the open document and its problems for views that take long to draw a big design (the
 * canvas, the outline). They are drawn with `useDeferredValue`: after a design is opened (or
 * changed), the task that opened it ends with the rest of the page up to date, and these views draw
 * it in a render of their own that React can interrupt — so opening 10,000 steps is not one long
 * task. Document and problems are deferred together (the problems are those of the document
 * shown), so a view never pairs a document with another one's problems.
 */
import { useDeferredValue } from 'react';
import type { Orchestration } from '../model/types';
import { useAppStore } from './appStore';
import type { ProblemIndex } from './problems';
import { selectDoc } from './selectors';

export interface ShownDesign {
  doc: Orchestration;
  problems: ProblemIndex;
}

export function useShownDesign(): ShownDesign {
  const doc = useDeferredValue(useAppStore(selectDoc));
  // The memo is keyed by document: the problems of the document shown, computed once.
  const problems = useAppStore((s) => s.problemMemo.indexOf(doc));
  return { doc, problems };
}
