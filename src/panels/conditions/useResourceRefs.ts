/** Every resource reference of the open document (for suggestions in mapping fields). */
import { useMemo } from 'react';
import { resourceOptions } from '../requirements/resourceTypes';
import { useAppStore } from '../../store/appStore';
import { selectDoc } from '../../store/selectors';

export function useResourceRefs(): string[] {
  const doc = useAppStore(selectDoc);
  return useMemo(() => resourceOptions(doc).map((o) => o.ref), [doc]);
}
