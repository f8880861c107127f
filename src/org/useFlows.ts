/** The org's flows matching a query, read through react-query (loading, error, retry). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listFlows, type FlowQuery } from './orgApi';
import { useCatalogVersion } from './useCatalogVersion';

/** `keepPrevious`: show the last list while a new search loads (the catalog), not in pickers. */
export function useFlows(query: FlowQuery = {}, keepPrevious = false) {
  const version = useCatalogVersion();
  return useQuery({
    queryKey: ['org', 'flows', version, query.type ?? 'all', query.search ?? '', query.activeOnly ?? false],
    queryFn: () => listFlows(query),
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
