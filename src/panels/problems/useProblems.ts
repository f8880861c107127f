/** The open document's validation problems, by path (recomputed as the admin types). */
import { useDocumentStore } from '../../store/documentStore';
import { problemIndexOf, type ProblemIndex } from './problemIndex';

export function useProblems(): ProblemIndex {
  const doc = useDocumentStore((s) => s.doc);
  return problemIndexOf(doc);
}
