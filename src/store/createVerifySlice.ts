/**
 * Scenarios as tests of the design, in the app: coverage of the design by all its scenarios (the
 * run view's "Coverage" toggle, a heat overlay on the canvas) and the behavioural comparison with
 * another version ("Compare with…"). Both run every scenario through the store's trace service
 * (the simulation worker) and hand the traces to the pure functions of `src/verify`, the ones the
 * `stageflow coverage` and `stageflow diff` commands use (loaded when first used: they are not
 * needed to edit).
 */
import type { Orchestration, Trace } from '../model/types';
import { scenarioShownName as nameOf } from '../model/scenarioShownName';
import type { CoverageReport } from '../verify/coverage/index';
import type { BehaviourChange } from '../verify/diff/index';
import type { SliceCreator } from './storeTypes';

/** The report the canvas overlay and the run panel show (re-exported: the canvas reads verify through the store). */
export type { CoverageReport };

export type VerifyPhase = 'computing' | 'ready' | 'failed';

/** Coverage of the design the run shows, by every scenario of the design. */
export interface CoverageState {
  phase: VerifyPhase;
  /** The document the coverage is of (the run's frozen document). */
  doc: Orchestration;
  report: CoverageReport | null;
  /** Scenarios that could not be simulated, with why. */
  failures: readonly { scenario: string; error: string }[];
  error: string | null;
}

/** One scenario run by both versions. */
export interface ComparedScenario {
  scenario: string;
  /** null when this scenario could not be simulated on one of the versions (`error` says why). */
  oldTrace: Trace | null;
  newTrace: Trace | null;
  changes: readonly BehaviourChange[];
  error: string | null;
}

/** The open design (new) compared with another version of it (old). */
export interface ComparisonState {
  phase: VerifyPhase;
  /** What the other version is, in words: "Version 3 · 1 Dec 2026, 18:02", "order-v1.json". */
  against: string;
  oldDoc: Orchestration;
  newDoc: Orchestration;
  results: readonly ComparedScenario[];
  error: string | null;
}

export interface VerifySlice {
  coverage: CoverageState | null;
  comparison: ComparisonState | null;
  /** Runs every scenario of the design on the run's document and shows the coverage overlay. */
  showCoverage(): Promise<void>;
  hideCoverage(): void;
  /**
   * Runs the open design (the run's document while a run is shown) and `other` under every
   * scenario of the design and keeps their behavioural differences.
   */
  compareWith(other: Orchestration, against: string): Promise<void>;
  closeComparison(): void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const createVerifySlice: SliceCreator<VerifySlice> = (set, get) => ({
  coverage: null,
  comparison: null,

  async showCoverage() {
    const { runDoc, doc: openDoc, scenarios, computeTrace } = get();
    const doc = runDoc ?? openDoc;
    const started: CoverageState = { phase: 'computing', doc, report: null, failures: [], error: null };
    set({ coverage: started });
    const runs: { name: string; trace: Trace }[] = [];
    const failures: { scenario: string; error: string }[] = [];
    try {
      for (const [i, scenario] of scenarios.entries()) {
        try {
          runs.push({ name: nameOf(scenario, i), trace: await computeTrace(doc, scenario) });
        } catch (e) {
          failures.push({ scenario: nameOf(scenario, i), error: messageOf(e) });
        }
        if (get().coverage !== started) return; // hidden or superseded meanwhile
      }
      const { computeCoverage } = await import('../verify/coverage/index');
      if (get().coverage !== started) return;
      set({ coverage: { ...started, phase: 'ready', report: computeCoverage(doc, runs), failures } });
    } catch (e) {
      if (get().coverage === started) set({ coverage: { ...started, phase: 'failed', failures, error: messageOf(e) } });
    }
  },

  hideCoverage() {
    set({ coverage: null });
  },

  async compareWith(other, against) {
    const { runDoc, doc: openDoc, scenarios, computeTrace } = get();
    const newDoc = runDoc ?? openDoc;
    const started: ComparisonState = { phase: 'computing', against, oldDoc: other, newDoc, results: [], error: null };
    set({ comparison: started });
    const { diffBehaviour } = await import('../verify/diff/index');
    const results: ComparedScenario[] = [];
    for (const [i, scenario] of scenarios.entries()) {
      const name = nameOf(scenario, i);
      try {
        const oldTrace = await computeTrace(other, scenario);
        const newTrace = await computeTrace(newDoc, scenario);
        results.push({ scenario: name, oldTrace, newTrace, changes: diffBehaviour(other, oldTrace, newDoc, newTrace), error: null });
      } catch (e) {
        results.push({ scenario: name, oldTrace: null, newTrace: null, changes: [], error: messageOf(e) });
      }
      if (get().comparison !== started) return; // closed or superseded meanwhile
    }
    set({ comparison: { ...started, phase: 'ready', results } });
  },

  closeComparison() {
    set({ comparison: null });
  },
});
