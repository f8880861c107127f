/**
 * The react-query client of the simulated org. Failures are shown with a Retry button rather than
 * retried silently, and results stay fresh until the document's catalog changes (the catalog
 * version is part of every query key).
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
