/**
 * Saves a flow editor's changed draft when the editor goes away without Save flow or Cancel — the
 * admin selected another element, or the step's Flow picker closed. Everywhere else in the
 * Properties panel an edit is kept as it is typed; a flow's label typed after "New … flow…" was
 * dropped in silence when the admin went on to the next step (Save flow sits below the fold at
 * 1280×800), and every card then read "Flow: New Flow 1" (docs/editor.md, *chosen*).
 */
import { useEffect, useRef, useState } from 'react';
import type { Flow, Orchestration } from '../../model/types';
import { saveFlowInOrg } from '../../org/orgApi';
import { useAppStore } from '../../store/appStore';
import { flowIsCalled } from './flowIsCalled';

export interface KeepDraft {
  /** True before closing on purpose (Cancel, Save flow): nothing is saved on the way out; false when a save failed. */
  closing(onPurpose: boolean): void;
}

/**
 * `draft` is the whole flow as the editor would save it; `problem` what keeps Save flow disabled
 * (the first of the editor's problems), undefined when it is enabled; `original` the name of the flow edited. Off when `enabled` is false (the catalog's dialog, whose
 * Cancel and Esc mean "leave it as it was").
 */
export function useKeepDraftOnLeave(draft: Flow, problem: string | undefined, original: string | undefined, enabled: boolean): KeepDraft {
  const latest = useRef({ draft, problem });
  // after each render, so the cleanup below sees the last draft drawn
  useEffect(() => {
    latest.current = { draft, problem };
  });
  const [first] = useState(() => JSON.stringify(draft));
  const closed = useRef(false);
  useEffect(() => {
    closed.current = false;
    return () => {
      if (!enabled || closed.current || original === undefined) return;
      const { draft: last, problem } = latest.current;
      if (JSON.stringify(last) === first) return;
      const { runPhase, doc } = useAppStore.getState();
      // Run hides the Properties panel and locks the design: what was typed is kept when the run
      // ends, as selecting another element keeps it (it was dropped in silence)
      if (runPhase !== 'idle') afterRun(doc, () => keepDraft(last, problem, original));
      else keepDraft(last, problem, original);
    };
  }, [enabled, original, first]);
  return {
    closing: (onPurpose) => {
      closed.current = onPurpose;
    },
  };
}

/** Saves `draft` over the flow `original`, unless it went with its element, or says why not. */
function keepDraft(draft: Flow, problem: string | undefined, original: string): void {
  const store = useAppStore.getState();
  // the flow is gone (its creation undone): the draft goes with it, as the editor did
  if (!(store.doc.flows ?? []).some((f) => f.name === original)) return;
  // the step (or condition) that created it was deleted: the draft goes with it, so that Undo
  // brings the step back at once — saved now, the draft would be the newest undo entry
  if (!flowIsCalled(store.doc, original)) return;
  // a draft Save flow would refuse is not saved either, but not in silence: the label typed with
  // it would otherwise vanish without a word (docs/editor.md, *chosen*)
  if (problem !== undefined) {
    const kept = (store.doc.flows ?? []).find((f) => f.name === original);
    store.notify('warning', `Your changes to the flow “${kept?.label ?? original}” were not saved: ${problem}`);
    return;
  }
  saveFlowInOrg({ flow: draft, original }).catch((error: unknown) => {
    const failure = error instanceof Error ? error.message : String(error);
    useAppStore.getState().notify('error', `The flow “${draft.label ?? draft.name}” was not saved: ${failure}`);
  });
}

/**
 * Runs `then` once the run shown ends, on the document it locked: the same object, which a run
 * never changes (another design opened meanwhile: never; its id is no test, a new design gets one
 * when it is first autosaved, which may be during the run).
 */
function afterRun(doc: Orchestration, then: () => void): void {
  const stop = useAppStore.subscribe((state) => {
    if (state.runPhase !== 'idle') return;
    stop();
    if (state.doc === doc) then();
  });
}
