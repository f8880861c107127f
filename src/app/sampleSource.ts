/**
 * Which design opens on start: `/?sample=<name>` opens public/samples/<name>.json (with its
 * scenario); `/?new` opens an empty design; `#design=…` opens a shared link; otherwise the design
 * open last time (from this browser's library), else the default sample (`order-fulfilment`, else
 * `onboarding`).
 */
import type { ImportResult } from '../io/jsonImport';
import type { EditorCore } from './editorCore';
import type { Orchestration, Scenario } from '../model/types';

export const DEFAULT_SAMPLES = ['order-fulfilment', 'onboarding'];
/** The shape of a sample's name: letters, digits, `-` and `_`, no path and no dot. */
export const SAMPLE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;
/**
 * Files of the samples folder that are not designs: `index.json` lists the samples. `?sample=index`
 * fetched that list and reported it as a broken design ("the document must be an object, not a
 * list"); it is no sample, so it is "not found" like any unknown name. Compared without case, as a
 * server on a case-insensitive disk answers `Index.json` with the same file.
 */
const NOT_SAMPLES = new Set(['index']);

/** A name a sample file may have (no path, no dots, not the index): anything else in `?sample=` opens nothing. */
export function isSampleName(name: string): boolean {
  return SAMPLE_NAME.test(name) && !NOT_SAMPLES.has(name.toLowerCase());
}

export type StartSource =
  | { kind: 'new' }
  | { kind: 'share'; fragment: string }
  | { kind: 'samples'; names: string[]; explicit: boolean; resume: boolean };

export function startSource(search: string, hash = ''): StartSource {
  const params = new URLSearchParams(search);
  if (hash.startsWith('#design=')) return { kind: 'share', fragment: hash };
  if (params.has('new')) return { kind: 'new' };
  const sample = params.get('sample');
  if (sample !== null) return { kind: 'samples', names: [sample], explicit: true, resume: false };
  return { kind: 'samples', names: DEFAULT_SAMPLES, explicit: false, resume: true };
}

/** A scenario file of the samples folder, read against `doc`; null when missing or invalid. */
async function fetchScenarioFile(path: string, doc: Orchestration): Promise<Scenario | null> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}samples/${path}`);
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || type.includes('text/html')) return null;
    // zod (the scenario schema) is loaded here, after the first paint, not with the page.
    const { importScenario } = await import('../io/documentImport');
    const result = importScenario(await response.text(), doc);
    return result.ok ? result.doc : null;
  } catch {
    return null;
  }
}

/** The names of a sample's other scenarios (`<name>.scenarios/<file>.json`), as index.json lists them: a static server lists no folder. */
async function otherScenarioNames(name: string): Promise<string[]> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}samples/index.json`);
    if (!response.ok) return [];
    const index = (await response.json()) as unknown;
    const entry = Array.isArray(index) ? (index as { name?: unknown; scenarios?: unknown }[]).find((e) => e.name === name) : undefined;
    return Array.isArray(entry?.scenarios) ? entry.scenarios.filter((s): s is string => typeof s === 'string' && SAMPLE_NAME.test(s)) : [];
  } catch {
    return [];
  }
}

/**
 * The scenarios saved beside a sample: `<name>.scenario.json` first, then those of its `.scenarios`
 * folder, as a project's orchestration comes with the scenarios beside it; missing or invalid ones
 * are left out.
 */
export async function fetchSampleScenarios(name: string, doc: Orchestration): Promise<Scenario[]> {
  if (!isSampleName(name)) return [];
  const file = encodeURIComponent(name);
  // the scenario reader (zod's schema) loads while the files are fetched, not after the first arrives
  import('../io/documentImport').catch(() => undefined);
  const own = fetchScenarioFile(`${file}.scenario.json`, doc);
  const others = (await otherScenarioNames(name)).map((other) => fetchScenarioFile(`${file}.scenarios/${encodeURIComponent(other)}.json`, doc));
  const found = await Promise.all([own, ...others]);
  return found.filter((s): s is Scenario => s !== null);
}

export type SampleResult =
  /** `text`: the sample as fetched, to place the problems of one that cannot be opened (cannotOpenNote.ts). */
  | { found: true; name: string; result: ImportResult<Orchestration>; text?: string }
  | { found: false; names: string[] };

/** Fetches the first sample of `names` that exists. */
export async function fetchSample(core: EditorCore, names: string[]): Promise<SampleResult> {
  for (const name of names) {
    if (!isSampleName(name)) continue;
    const response = await fetch(`${import.meta.env.BASE_URL}samples/${encodeURIComponent(name)}.json`);
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || type.includes('text/html')) continue;
    const text = await response.text();
    return { found: true, name, result: core.importOrchestration(text), text };
  }
  return { found: false, names };
}
