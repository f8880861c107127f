/**
 * Saves a flow editor's changed draft when the editor goes away without Save flow or Cancel — the
 * admin selected another element, or the step's Flow picker closed. Everywhere else in the
 * Properties panel an edit is kept as it is typed; a flow's label typed after "New … flow…" was
 * dropped in silence when the admin went on to the next step (Save flow sits below the fold at
 * 1280×800), and every card then read "Flow: New Flow 1" (docs/editor.md, *chosen*).
 */
import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../model/types';
import { sameFlow } from '../../org/flowDraft';
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
  const latest = useRef({ draft, problem, design: '' });
  // after each render, so the cleanup below sees the last draft drawn, and the design it was drawn in
  useEffect(() => {
    latest.current = { draft, problem, design: designOf(useAppStore.getState()) };
  });
  const [first] = useState(draft);
  const closed = useRef(false);
  useEffect(() => {
    closed.current = false;
    return () => {
      if (!enabled || closed.current || original === undefined) return;
      const { draft: last, problem, design } = latest.current;
      if (sameFlow(last, first)) return;
      const state = useAppStore.getState();
      // another design opened: the draft goes with the one it was typed in (saved now, it would
      // rename a flow of the same name, "New Flow 1", in the design opened)
      if (designOf(state) !== design) return;
      // Run hides the Properties panel and locks the design: what was typed is kept when the run
      // ends, as selecting another element keeps it (it was dropped in silence)
      if (state.runPhase !== 'idle') afterRun(design, () => keepDraft(last, problem, original));
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
 * Which design is open: a count of the designs opened, not its id, which a new design gets only
 * when it is first autosaved (during a run, say) — as the autosave service tells them apart.
 */
const designOf = (state: { session: number; openings: number }): string => `${state.session}:${state.openings}`;

/** Runs `then` once the run shown ends, in the same design (another one opened meanwhile: never). */
function afterRun(design: string, then: () => void): void {
  const stop = useAppStore.subscribe((state) => {
    if (state.runPhase !== 'idle') return;
    stop();
    if (designOf(state) === design) then();
  });
}
