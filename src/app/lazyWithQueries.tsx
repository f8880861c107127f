/**
 * `React.lazy` for a part of the app that reads react-query: the part, react-query and the app's
 * client are loaded together when the part first shows, and the part renders inside the client's
 * provider. Every such part shares the one client (appQueryClient.ts), so their caches agree.
 */
import { lazy, type ComponentType } from 'react';

/** Loads `load`'s part with react-query and the app's client, as a part that renders inside the client's provider. */
export async function loadWithQueries<P extends object>(load: () => Promise<ComponentType<P>>): Promise<ComponentType<P>> {
  const [Part, { QueryClientProvider }, { appQueryClient }] = await Promise.all([load(), import('@tanstack/react-query'), import('./appQueryClient')]);
  function WithQueries(props: P) {
    return (
      <QueryClientProvider client={appQueryClient}>
        <Part {...props} />
      </QueryClientProvider>
    );
  }
  return WithQueries;
}

export function lazyWithQueries<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await loadWithQueries(load) }));
}
