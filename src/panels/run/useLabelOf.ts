/**
 * Names in the run view as the canvas shows them: an element's label (“Assign buddy”), its API name
 * (`Buddy`) only when it has none — one vocabulary across the canvas, the Why panel and the log.
 */
import { useCallback } from 'react';
import { elementLabel } from '../../commands/queries';
import { useAppStore } from '../../store/appStore';

export function useLabelOf(): (name: string) => string {
  const runDoc = useAppStore((s) => s.runDoc);
  return useCallback((name: string) => (runDoc ? elementLabel(runDoc, name) : name), [runDoc]);
}
