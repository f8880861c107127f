/**
 * Scenarios as tests in the app: the run view's Coverage toggle (every scenario of the design, a
 * heat overlay on the canvas) and "Compare with…" (another version, run under the same scenarios).
 */
import type { Action } from './types';

export const coverageAction: Action = {
  id: 'run.coverage',
  label: 'Coverage',
  description: 'Run every scenario of this design and show which steps, outcomes and paths they never reach',
  group: 'run',
  when: 'run',
  enabled: (s) => s.runDoc !== null,
  pressed: (s) => s.coverage !== null,
  focusAfter: 'unchanged',
  perform({ store }) {
    const state = store.getState();
    if (state.coverage) state.hideCoverage();
    else void state.showCoverage();
  },
};

export const compareAction: Action = {
  id: 'design.compare',
  label: 'Compare with…',
  description: 'Run a saved version or a file under the same scenarios and see what behaves differently',
  group: 'file',
  icon: 'compare',
  when: 'always',
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setDialog('compare'),
};
