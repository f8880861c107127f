/** Every resource reference of the open document (for suggestions in mapping fields). */
import { useMemo } from 'react';
import { resourceOptions } from '../requirements/resourceTypes';
import { useAppStore } from '../../store/appStore';
import { selectDoc } from '../../store/selectors';
import type { AppState } from '../../store/storeTypes';

/** The active scenario's triggering record (its fields are `$Record` fields of a record-triggered orchestration). */
export const selectScenarioRecord = (s: AppState) => s.scenarios[s.activeScenario]?.record;

export function useResourceRefs(): string[] {
  const doc = useAppStore(selectDoc);
  const record = useAppStore(selectScenarioRecord);
  return useMemo(() => resourceOptions(doc, [], record).map((o) => o.ref), [doc, record]);
}
