/**
 * The react-query client of the app's own server-like data (the design library, a step's "why"):
 * one client for every part that uses it. It is loaded with the first of those parts (a dialog,
 * the run sidebar), not with the page: react-query is ~10 KB of the first load otherwise
 * (docs/performance.md).
 */
import { QueryClient } from '@tanstack/react-query';

export const appQueryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
