/** The org's flows matching a query, read through TanStack Query (loading, error, retry). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { flowsKey } from './flowQueries';
import { listFlows, type FlowQuery } from './orgApi';

/** `keepPrevious`: show the last list while a new search loads (the catalog), not in pickers. */
export function useFlows(query: FlowQuery = {}, keepPrevious = false) {
  return useQuery({
    queryKey: flowsKey(query),
    queryFn: () => listFlows(query),
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
