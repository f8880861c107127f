/** Query keys of the simulated org's flow lists (one cache entry per filter). */
import type { FlowQuery } from './orgApi';

export const ORG_KEY = ['org'] as const;
export const FLOWS_KEY = ['org', 'flows'] as const;

export function flowsKey(query: FlowQuery) {
  return [...FLOWS_KEY, query.type ?? 'all', query.search ?? '', query.activeOnly ?? false] as const;
}

/** The query a flows key was made from (the inverse of `flowsKey`). */
export function queryOfKey(key: readonly unknown[]): FlowQuery {
  const [, , type, search, activeOnly] = key;
  return {
    ...(typeof type === 'string' && type !== 'all' ? { type: type as FlowQuery['type'] } : {}),
    ...(typeof search === 'string' && search !== '' ? { search } : {}),
    ...(activeOnly === true ? { activeOnly: true } : {}),
  };
}
