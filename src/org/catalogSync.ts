/**
 * Keeps the org's cached flow lists in step with the document that stores the catalog (an edit,
 * undo, import): each change is pushed into every cached list in the same tick, so the pickers
 * and the canvas never disagree. While "Simulate org errors" is on the push cannot arrive; the
 * lists are marked stale instead and refetch (and fail) like a real org's would.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Flow } from '../model/types';
import type { AppStore } from '../store/appStore';
import { FLOWS_KEY, queryOfKey } from './flowQueries';
import { filterFlows } from './orgApi';

const NONE: readonly Flow[] = [];

/** Starts pushing catalog changes of `store` into `client`; returns the stop function. */
export function syncCatalog(client: QueryClient, store: AppStore): () => void {
  return store.subscribe((s, prev) => {
    const flows = s.doc.flows ?? NONE;
    if (flows === (prev.doc.flows ?? NONE)) return;
    if (s.simulateOrgErrors) {
      void client.invalidateQueries({ queryKey: FLOWS_KEY });
      return;
    }
    for (const query of client.getQueryCache().findAll({ queryKey: FLOWS_KEY })) {
      client.setQueryData(query.queryKey, filterFlows(flows, queryOfKey(query.queryKey)));
    }
  });
}
