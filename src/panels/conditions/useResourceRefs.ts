/** Every resource reference of the open document (for suggestions in mapping fields). */
import { useMemo } from 'react';
import { useDocumentStore } from '../../store/documentStore';
import { resourceOptions } from '../requirements/resourceTypes';

export function useResourceRefs(): string[] {
  const doc = useDocumentStore((s) => s.doc);
  return useMemo(() => resourceOptions(doc).map((o) => o.ref), [doc]);
}
