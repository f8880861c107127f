/**
 * The start sample opened before the page's `load` event.
 *
 * UI-CONTRACT scripts navigate to `/?sample=<name>` and read `window.stageflow.getDocument()` at
 * once, and Playwright's `goto` returns at `load`. Fetched the ordinary way (after React's first
 * effect, with its scenarios), the sample opened 0.5–1.3 s after `load`, so such a script read the
 * empty placeholder. Neither a fetch nor a module's top-level await holds `load` back; a frame
 * being loaded does, and `goto` waits for every frame's load (the frame's handler itself runs just
 * after the page's own `load` handlers, docs/decisions.md). So the entry adds a
 * hidden frame of the sample's JSON (sandboxed: no script runs in it, even if a server answers with
 * a page) and opens the sample from its text, as `fetchSample` would, and starts fetching the
 * sample's scenarios at once. useStartDocument waits for the frame (`earlySampleSettled`), so that it
 * never reads the same sample a second time, then joins the scenarios and finishes the start;
 * whatever opened meanwhile (the test hook's `loadDocument`) wins, as before. Resuming a design (the
 * library, a reload) keeps the ordinary path.
 */
import type { ImportResult } from '../io/jsonImport';
import type { Orchestration, Scenario } from '../model/types';
import { useAppStore } from '../store/appStore';
import { designStorage } from '../store/designStorage';
import type { EditorCore } from './editorCore';
import { fetchSampleScenarios, isSampleName, type StartSource } from './sampleSource';

export interface EarlySample {
  name: string;
  result: ImportResult<Orchestration>;
  /** The sample's scenarios (`fetchSampleScenarios`), fetched from the moment it opened. */
  scenarios: Promise<Scenario[]>;
  /** The store's session and openings right after it opened: both unchanged, nothing else has opened since. */
  session: number;
  openings: number;
}

let early: EarlySample | null = null;
let settled: Promise<EarlySample | null> = Promise.resolve(null);

/**
 * A frame that has not loaded by then is given up (its late load opens nothing): the start goes on
 * the ordinary way rather than wait without end; the page's own `load` waits for it regardless.
 */
const FRAME_PATIENCE_MS = 10_000;

/** The sample opened early, if one was. */
export function earlySample(): EarlySample | null {
  return early;
}

/**
 * The sample opened early, once the frame has loaded (at once when there was none). The start waits
 * for it: a start that read the sample on its own while the frame was loading opened a second copy
 * over the first when its answer came, dropping what the user had selected or edited meanwhile.
 */
export function earlySampleSettled(): Promise<EarlySample | null> {
  return settled;
}

/** True while the design the early sample opened is still the open one (perhaps edited). */
export function earlySampleStillOpen(sample: EarlySample): boolean {
  const { session, openings } = useAppStore.getState();
  return session === sample.session && openings === sample.openings;
}

/**
 * A reload (or Back/Forward) returns to the page that was left; going to an address, even the same
 * one, asks for what the address names (UI contract: `/?sample=<name>` opens the sample).
 */
export function returnedToThePage(): boolean {
  const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/** The samples public/samples held when the app was built (vite.config.ts). */
declare const __STAGEFLOW_SAMPLES__: readonly string[] | undefined;
const SHIPPED = typeof __STAGEFLOW_SAMPLES__ === 'undefined' ? [] : __STAGEFLOW_SAMPLES__;

/**
 * The sample to open early: one the address names, or the default one when there is no design to
 * resume. Only a sample shipped with the app: for any other name a server may answer with the app's
 * own page, which the frame would load (its scripts blocked, each with an error in the console).
 */
function earlySampleName(source: StartSource): string | null {
  if (source.kind !== 'samples' || returnedToThePage()) return null;
  if (!source.explicit && designStorage.lastDesignId() !== null) return null;
  const name = source.names[0];
  return name !== undefined && isSampleName(name) && SHIPPED.includes(name) ? name : null;
}

/** The frame's text when it holds a JSON file (a missing file gets the server's page, or a 404). */
function jsonText(frame: HTMLIFrameElement): string | null {
  const doc = frame.contentDocument;
  if (!doc || !/json|text\/plain/.test(doc.contentType)) return null;
  // Chromium shows JSON in a <pre> (its viewer adds controls beside it); other browsers as the body's text
  return doc.querySelector('pre')?.textContent ?? doc.body?.textContent ?? null;
}

/** Starts reading the start sample in a frame; called by the entry, before the page has loaded. */
export function beginEarlyStart(source: StartSource, core: Pick<EditorCore, 'importOrchestration'>): void {
  const name = earlySampleName(source);
  if (name === null || typeof document === 'undefined') return;
  const before = useAppStore.getState();
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.title = 'Start sample';
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('sandbox', 'allow-same-origin');
  let givenUp = false;
  const open = (): EarlySample | null => {
    const text = jsonText(frame);
    frame.remove();
    const store = useAppStore.getState();
    // something opened meanwhile (the test hook, an import): it wins
    if (givenUp || text === null || store.doc !== before.doc || store.openings !== before.openings) return null;
    const result = core.importOrchestration(text);
    if (!result.doc) return null; // the ordinary path reads it again and says why it cannot open
    store.openUnsavedDesign(result.doc, []);
    store.requestFit();
    const opened = useAppStore.getState();
    return { name, result, scenarios: fetchSampleScenarios(name, result.doc), session: opened.session, openings: opened.openings };
  };
  settled = new Promise((resolve) => {
    const patience = setTimeout(() => {
      givenUp = true;
      resolve(null);
    }, FRAME_PATIENCE_MS);
    frame.addEventListener('load', () => {
      clearTimeout(patience);
      early = open();
      resolve(early);
    }, { once: true });
  });
  frame.src = `${import.meta.env.BASE_URL}samples/${encodeURIComponent(name)}.json`;
  document.body.append(frame);
}
