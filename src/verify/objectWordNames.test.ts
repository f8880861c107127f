/**
 * `stageflow test`, snapshots, `diff` and coverage of a design whose names are `Object.prototype`'s
 * properties (`constructor`, `toString`…) say what they say of the same design with ordinary
 * names, renamed — above all when the element is absent from the trace (a stage that never
 * started), where a plain lookup would find Object.prototype's property (docs/decisions.md).
 */
import { describe, expect, it } from 'vitest';
import { ORDINARY, renamed, ROTATIONS, wordDesign, wordNames, wordScenario, type Names } from '../model/testing/objectWordNames';
import { computeCoverage } from './coverage/computeCoverage';
import { diffBehaviour } from './diff';
import { checkExpectations } from './expectations';
import { runScenario } from './runScenario';
import { snapshotExpectations } from './snapshot';

const rotations = Array.from({ length: ROTATIONS }, (_, r) => [r, JSON.stringify(wordNames(r))] as const);

/** Everything the verify layer says of the design's two runs, as text. */
function report(n: Names): string {
  const doc = wordDesign(n);
  const full = runScenario(doc, wordScenario(n, 'full'));
  const sparse = runScenario(doc, wordScenario(n, 'sparse'));
  return JSON.stringify({
    fullChecks: checkExpectations(wordScenario(n, 'full').expectations ?? [], full).map((r) => [r.pass, r.detail]),
    sparseChecks: checkExpectations(wordScenario(n, 'sparse').expectations ?? [], sparse).map((r) => [r.pass, r.detail]),
    traceOnlyChecks: checkExpectations(wordScenario(n, 'sparse').expectations ?? [], sparse.trace).map((r) => [r.pass, r.detail]),
    fullSnapshot: snapshotExpectations(doc, full, wordScenario(n, 'full')),
    sparseSnapshot: snapshotExpectations(doc, sparse, wordScenario(n, 'sparse')),
    diff: diffBehaviour(doc, full.trace, doc, sparse.trace),
    diffBack: diffBehaviour(doc, sparse.trace, doc, full.trace),
    coverage: computeCoverage(doc, [{ name: 'sparse', trace: sparse.trace }]),
  }, null, 1);
}

describe('verifying a design whose names are Object.prototype properties', () => {
  it('the control: the sparse run leaves the last stage out of the trace, and its checks say so', () => {
    const sparse = runScenario(wordDesign(ORDINARY), wordScenario(ORDINARY, 'sparse'));
    expect(Object.keys(sparse.trace.stages)).toEqual([ORDINARY.stage]);
    const checks = checkExpectations(wordScenario(ORDINARY, 'sparse').expectations ?? [], sparse);
    expect(checks.map((c) => c.pass)).toEqual([true, false, true, false, false, false, true, false, true]);
    expect(checks[5]!.actual).toBe('it never started');
  });

  it.each(rotations)('rotation %i %s: expectations, snapshots, diff and coverage read as the ordinary design\'s, renamed', (rotation) => {
    const names = wordNames(rotation);
    expect(report(names)).toBe(renamed(report(ORDINARY), names));
  });
});
