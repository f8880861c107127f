/**
 * Opens the start design once (see sampleSource.ts for the order) and reports problems. Samples
 * come with their scenario; the design open last time is resumed from the library; a share link
 * is imported like a file. A failure never leaves a blank screen: an empty design opens instead.
 */
import { useEffect, useRef, useState } from 'react';
import { decodeShareFragment } from '../io/shareLink';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration, Scenario } from '../model/types';
import * as editorCore from './editorCore';
import type { EditorCore } from './editorCore';
import { fetchSample, fetchSampleScenarios, startSource, type StartSource } from './sampleSource';
import { sampleNames, sampleNotFoundNote } from './sampleNotFound';
import { cannotOpenNote } from './cannotOpenNote';
import { installTestHook } from './testHook';
import { earlySample, earlySampleSettled, earlySampleStillOpen, returnedToThePage } from './earlyStart';
import { useAppStore } from '../store/appStore';
import { defaultScenario } from '../store/createScenarioSlice';
import { designStorage } from '../store/designStorage';


type Opened = ({ kind: 'doc'; doc: Orchestration; scenarios: Scenario[]; note?: string } | { kind: 'stored'; id: string } | { kind: 'empty'; note?: string; error?: boolean }) & {
  /** What became of a change kept as the page was last left (designStorage.recoverUnsaved). */
  recovered?: string;
};

/** A change kept as the page was last left is stored first, so that resuming opens it. */
async function recoverThenResolve(core: EditorCore, src: StartSource): Promise<Opened> {
  const here = returnedToThePage() ? window.location.search + window.location.hash : undefined;
  const recovered = await designStorage.recoverUnsaved((json) => core.importOrchestration(json).doc, here).catch(() => null);
  // a design never stored, left at this very address and reloaded at once (a sample edited, then F5): it opens, as a reload after its autosave resumes it
  const opened = recovered?.open ? { kind: 'stored' as const, id: recovered.open } : await resolveStart(core, src);
  return recovered ? { ...opened, recovered: recovered.notice } : opened;
}

async function resolveStart(core: EditorCore, src: StartSource): Promise<Opened> {
  if (src.kind === 'new') return { kind: 'empty' };
  if (src.kind === 'share') {
    try {
      const text = await decodeShareFragment(src.fragment);
      const result = text === null ? null : core.importOrchestration(text);
      if (result?.doc) return { kind: 'doc', doc: result.doc, scenarios: [defaultScenario()], note: 'Opened a shared design. It is saved in this browser once you change it.' };
      return { kind: 'empty', error: true, note: cannotOpenNote('The shared design', text, result?.problems ?? [], 'no design in the link') };
    } catch (e) {
      return { kind: 'empty', error: true, note: `${e instanceof Error ? e.message : String(e)} Starting with an empty design.` };
    }
  }
  if (src.resume) {
    const id = designStorage.lastDesignId();
    if (id) {
      try {
        await designStorage.repository().get(id);
        return { kind: 'stored', id };
      } catch { /* gone or storage blocked: fall back to the sample */ }
    }
  }
  // the sample the entry opened before the page's load event (earlyStart.ts) is not fetched again
  const early = await earlySampleSettled();
  const fromEarly = early !== null && early.name === src.names[0];
  const data = fromEarly ? { found: true as const, name: early.name, result: early.result } : await fetchSample(core, src.names);
  if (!data.found) {
    const what = src.explicit ? sampleNotFoundNote(src.names[0] ?? '', await sampleNames()) : 'No sample design was found';
    return { kind: 'empty', error: src.explicit, note: `${what}. Starting with an empty design.` };
  }
  const { result, name } = data;
  if (!result.doc) return { kind: 'empty', error: true, note: cannotOpenNote(`Sample "${name}"`, data.text ?? null, result.problems, 'invalid document') };
  const scenarios = fromEarly ? await early.scenarios : await fetchSampleScenarios(name, result.doc);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  return {
    kind: 'doc', doc: result.doc, scenarios: [...scenarios, defaultScenario()],
    note: errors ? `Sample "${name}" has ${errors} validation error${errors > 1 ? 's' : ''}: see the marked elements.` : undefined,
  };
}

/**
 * Hands the editor core over: the validator to the store, the reader to the test hook. It is part
 * of the first bundle, not loaded later, because UI-CONTRACT's `window.stageflow` must exist as soon
 * as the page has loaded (tests and scripts call it right after navigation).
 */
export function installEditorCore(): EditorCore {
  useAppStore.getState().setValidator(editorCore.validateOrchestration);
  installTestHook(editorCore.loadDocument);
  return editorCore;
}

async function loadEditorCore(): Promise<EditorCore> {
  return installEditorCore();
}

type StartState = { isPending: true; data?: undefined; error?: undefined } | { isPending: false; data?: Opened; error?: Error };

/** One start per source, even when React runs effects twice (StrictMode): the promise is kept. */
const starts = new WeakMap<StartSource, Promise<Opened>>();

function useStartOnce(source: StartSource): StartState {
  const [state, setState] = useState<StartState>({ isPending: true });
  useEffect(() => {
    let live = true;
    let start = starts.get(source);
    if (!start) {
      start = loadEditorCore().then((core) => recoverThenResolve(core, source));
      starts.set(source, start);
    }
    start.then(
      (data) => { if (live) setState({ isPending: false, data }); },
      (e: unknown) => { if (live) setState({ isPending: false, error: e instanceof Error ? e : new Error(String(e)) }); },
    );
    return () => { live = false; };
  }, [source]);
  return state;
}

export function useStartDocument(): { loading: boolean } {
  const [source] = useState(() => startSource(window.location.search, window.location.hash));
  // The document before the start design opened: if something else replaced it meanwhile (an import, the test hook), that wins.
  const [placeholder] = useState(() => useAppStore.getState().doc);
  const query = useStartOnce(source);
  const opened = useRef(false);

  useEffect(() => {
    if (opened.current || query.isPending) return;
    opened.current = true;
    const store = useAppStore.getState();
    const start = query.data ?? { kind: 'empty' as const, error: true, note: `The start design could not be opened (${query.error?.message ?? 'unknown error'}). Starting with an empty design.` };
    // `fit`: not for a sample open since before the page's load (earlyStart.ts), framed then and perhaps clicked since
    const finish = (replaced = false, fit = true) => {
      if (fit) store.requestFit();
      designStorage.start({ changed: replaced });
      store.setStarting(false);
      if (start.recovered) store.notify('info', start.recovered);
    };
    const early = earlySample();
    const earlyOpen = early !== null && earlySampleStillOpen(early);
    if (earlyOpen) {
      // the sample is open already (earlyStart.ts): its scenarios join it, and it is never opened a
      // second time over itself (what the user selected or edited meanwhile stays)
      if (start.kind === 'doc' && start.doc === early.result.doc) {
        store.setScenarios(start.scenarios);
        if (start.note) store.notify('info', start.note);
      }
      return finish(useAppStore.getState().doc !== early.result.doc, false);
    }
    // (a document loaded meanwhile is the user's, not a start design: it is saved like any change)
    if (!earlyOpen && useAppStore.getState().doc !== placeholder) return finish(true);
    if (start.kind === 'stored') {
      void designStorage.repository().get(start.id).then(store.openStoredDesign, () => store.openUnsavedDesign(emptyOrchestration(), [])).finally(finish);
      return;
    }
    if (start.kind === 'doc') store.openUnsavedDesign(start.doc, start.scenarios);
    else store.openUnsavedDesign(emptyOrchestration(), []);
    if (start.note) store.notify(start.kind === 'empty' && start.error ? 'error' : 'info', start.note);
    finish();
  }, [query.isPending, query.data, query.error, placeholder]);

  const early = earlySample();
  return { loading: query.isPending && !(early && earlySampleStillOpen(early)) };
}
