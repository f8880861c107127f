/**
 * The react-query client of the simulated org. Failures are shown with a Retry button rather than
 * retried silently, and results stay fresh: catalogSync.ts writes each change of the catalog
 * into them.
 */
import { QueryClient } from '@tanstack/react-query';

export function createOrgQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const orgQueryClient = createOrgQueryClient();
