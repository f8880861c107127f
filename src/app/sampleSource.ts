/**
 * Which design opens on start: `/?sample=<name>` opens public/samples/<name>.json; `/?new` opens an
 * empty design; otherwise the default sample (`order-fulfilment`, else `onboarding`).
 */
import { importOrchestration, type ImportResult } from '../io/jsonImport';
import type { Orchestration } from '../model/types';

export const DEFAULT_SAMPLES = ['order-fulfilment', 'onboarding'];
const SAMPLE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;

export type StartSource = { kind: 'new' } | { kind: 'samples'; names: string[]; explicit: boolean };

export function startSource(search: string): StartSource {
  const params = new URLSearchParams(search);
  if (params.has('new')) return { kind: 'new' };
  const sample = params.get('sample');
  if (sample !== null) return { kind: 'samples', names: [sample], explicit: true };
  return { kind: 'samples', names: DEFAULT_SAMPLES, explicit: false };
}

export type SampleResult =
  | { found: true; name: string; result: ImportResult<Orchestration> }
  | { found: false; names: string[] };

/** Fetches the first sample of `names` that exists. */
export async function fetchSample(names: string[]): Promise<SampleResult> {
  for (const name of names) {
    if (!SAMPLE_NAME.test(name)) continue;
    const response = await fetch(`${import.meta.env.BASE_URL}samples/${encodeURIComponent(name)}.json`);
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || type.includes('text/html')) continue;
    return { found: true, name, result: importOrchestration(await response.text()) };
  }
  return { found: false, names };
}
