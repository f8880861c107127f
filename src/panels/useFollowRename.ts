/** Keeps the selection on an element whose API name the panel just changed. */
import { useCallback } from 'react';
import { useAppStore } from '../store/appStore';

export function useFollowRename(): (from: string, to: string) => void {
  return useCallback((from, to) => {
    const { selected, select } = useAppStore.getState();
    select(selected.map((n) => (n === from ? to : n)));
  }, []);
}
