/**
 * The one app store (zustand's slices pattern): document + history, selection, ui, run, scenarios,
 * persistence and verify (coverage, comparison), combined in one `create()` and wrapped in zundo's
 * `temporal`, which records the document only. Components read it with the module-level selectors of selectors.ts; cross-slice
 * actions (open a design, start a run) are actions of the store itself.
 *
 * Services the store owns are passed in (`createAppStore(options)`), so tests can swap real
 * animation frames and the simulation worker for hand-driven ones.
 */
import { create } from 'zustand';
import { useStore } from 'zustand';
import { temporal } from 'zundo';
import { createTraceService, outcomeOnMainThread, type ComputeTrace, type ExplainStep } from '../player/computeTrace';
import { animationFrames, type FrameScheduler } from '../player/frameScheduler';
import { createDocumentSlice } from './createDocumentSlice';
import { followRenames } from './followRenames';
import { scenariosAcrossOpenings } from './scenariosAcrossOpenings';
import { createPersistenceSlice } from './createPersistenceSlice';
import { createRunSlice } from './createRunSlice';
import { createScenarioSlice } from './createScenarioSlice';
import { createSelectionSlice } from './createSelectionSlice';
import { createUiSlice } from './createUiSlice';
import { createVerifySlice } from './createVerifySlice';
import type { Validator } from './problems';
import type { AppState, HistoryState } from './storeTypes';
import type { TemporalState } from 'zundo';

/** How many edits undo can go back. */
export const HISTORY_LIMIT = 200;

export interface AppStoreOptions {
  /** The player's clock (default: requestAnimationFrame). */
  frames?: FrameScheduler;
  /** How runs are computed (default: the engine in a Web Worker). */
  computeTrace?: ComputeTrace;
  /** How a step is explained at a moment of a run (default: the same worker). */
  explainStep?: ExplainStep;
  /** The document validator, when it is at hand (tests); the app loads it lazily (`setValidator`). */
  validate?: Validator;
}

export function createAppStore(options: AppStoreOptions = {}) {
  const service = createTraceService();
  const computeTrace = options.computeTrace ?? service.compute;
  const explainStep = options.explainStep ?? service.explain;
  // a store given its own computeTrace (tests) runs a test's run on the main thread, without a worker
  const computeOutcome = options.computeTrace ? outcomeOnMainThread : service.outcome;
  const store = create<AppState>()(
    temporal(
      (...a) => ({
        ...createDocumentSlice(options.validate)(...a),
        ...createSelectionSlice(...a),
        ...createUiSlice(...a),
        // a store given its own computeTrace (tests) computes every run through it
        ...createRunSlice({ frames: options.frames ?? animationFrames, computeTrace, explainStep, computeOutcome, ...(options.computeTrace ? {} : { computeTraceNow: service.computeNow, warm: service.warm }) })(...a),
        ...createScenarioSlice(...a),
        ...createPersistenceSlice(...a),
        ...createVerifySlice(...a),
      }),
      {
        limit: HISTORY_LIMIT,
        partialize: (state): HistoryState => ({ doc: state.doc }),
        equality: (a, b) => a.doc === b.doc,
      },
    ),
  );
  followRenames(store);
  scenariosAcrossOpenings(store);
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. */
export const useAppStore: AppStore = createAppStore();

/** Hook: a value of the undo history (use `selectCanUndo` / `selectCanRedo`). */
export function useHistory<T>(selector: (h: TemporalState<HistoryState>) => T): T {
  return useStore(useAppStore.temporal, selector);
}
