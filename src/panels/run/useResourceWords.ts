/**
 * Resources in the run view's words (resourceWords.ts) for the run's design, with the field labels
 * of the project's object metadata while the design is the project's orchestration.
 */
import { useCallback } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectProjectObjects } from '../../store/selectors';
import { resourceInWords, type FieldLabelOf } from './resourceWords';

export function useResourceWords(): (text: string) => string {
  const runDoc = useAppStore((s) => s.runDoc);
  const objects = useAppStore(selectProjectObjects);
  return useCallback((text: string) => {
    const labelOf: FieldLabelOf = (object, field) => objects?.get(object)?.get(field)?.label;
    return resourceInWords(text, runDoc, labelOf);
  }, [runDoc, objects]);
}
