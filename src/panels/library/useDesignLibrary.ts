/** TanStack Query hooks over the IndexedDB design repository. */
import { designStorage } from '../../store/designStorage';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const designsKey = (query: string) => ['designs', query] as const;

export function useDesignList(query: string) {
  return useQuery({ queryKey: designsKey(query), queryFn: () => designStorage.repository().list(query), retry: false });
}

export function useDesignVersions(id: string | null) {
  return useQuery({ queryKey: ['designVersions', id], queryFn: () => designStorage.repository().versions(id!), enabled: id !== null, retry: false });
}

/** A mutation over the repository that refreshes the library when it settles. */
export function useLibraryMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: ['designs'] }) });
}
