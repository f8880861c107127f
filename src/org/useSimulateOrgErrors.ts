/**
 * "Simulate org errors": switching it on makes the org's lists fail at once (they refetch), so the
 * admin sees how the designer copes. Switching it off does not refetch: like a real org coming
 * back, the lists recover when the admin presses Retry (or the catalog changes).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useAppStore } from '../store/appStore';
import { ORG_KEY } from './flowQueries';

export function useSimulateOrgErrors(): [boolean, (on: boolean) => void] {
  const on = useAppStore((s) => s.simulateOrgErrors);
  const client = useQueryClient();
  const set = (next: boolean) => {
    useAppStore.getState().setSimulateOrgErrors(next);
    if (next) void client.invalidateQueries({ queryKey: ORG_KEY });
  };
  return [on, set];
}
