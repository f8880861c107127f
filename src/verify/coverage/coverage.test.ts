import { describe, expect, it } from 'vitest';
import { scenario } from '../../engine/testing/builders';
import { runScenario } from '../runScenario';
import { routedDesign } from '../testing/designs';
import { computeCoverage, coverageTargets, percentOf } from './index';

const doc = routedDesign();
const runs = {
  big: { name: 'big order', trace: runScenario(doc).trace },
  small: { name: 'small order', trace: runScenario(doc, scenario([{ at: 0, type: 'set', target: 'amount', value: 50 }])).trace },
  broken: { name: 'check fails', trace: runScenario(doc, scenario([], { steps: { Check: { outcome: 'error' } } })).trace },
};

describe('coverageTargets', () => {
  it('lists steps, conditions that test something, decision outcomes with the default path, and fault paths', () => {
    expect(coverageTargets(doc).map((t) => `${t.kind} ${t.id}`)).toEqual([
      'step step:Check', 'step step:Review', 'faultPath fault:Intake',
      'step step:Work', 'step step:Never', 'condition start:Never', 'condition exit:Big_Stage',
      'step step:Note', 'step step:Fix',
      'outcome outcome:Route.Big', 'outcome outcome:Route.default',
    ]);
  });
});

describe('computeCoverage', () => {
  it('one scenario: what it reached, per kind and overall', () => {
    // when
    const report = computeCoverage(doc, [runs.big]);
    // then
    expect(report.items.filter((i) => i.reachedIn.length > 0).map((i) => i.id)).toEqual([
      'step:Check', 'step:Review', 'step:Work', 'exit:Big_Stage', 'outcome:Route.Big',
    ]);
    expect(report.byKind).toEqual({
      step: { covered: 3, total: 6, percent: 50 },
      outcome: { covered: 1, total: 2, percent: 50 },
      condition: { covered: 1, total: 2, percent: 50 },
      faultPath: { covered: 0, total: 1, percent: 0 },
    });
    expect(report.overall).toEqual({ covered: 5, total: 11, percent: 45.4 });
  });

  it('adds up over scenarios: each item names the scenarios that reached it; only the impossible step is left', () => {
    // when
    const report = computeCoverage(doc, [runs.big, runs.small, runs.broken]);
    // then
    const byId = Object.fromEntries(report.items.map((i) => [i.id, i.reachedIn]));
    expect(byId['step:Check']).toEqual(['big order', 'small order', 'check fails']);
    expect(byId['outcome:Route.default']).toEqual(['small order']);
    expect(byId['fault:Intake']).toEqual(['check fails']);
    expect(byId['step:Fix']).toEqual(['check fails']);
    expect(report.items.filter((i) => i.reachedIn.length === 0).map((i) => i.id)).toEqual(['step:Never', 'start:Never']);
    expect(report.overall).toEqual({ covered: 9, total: 11, percent: 81.8 });
  });

  it('counts for each element how many runs reached it (0 stands out on the canvas)', () => {
    const report = computeCoverage(doc, [runs.big, runs.small, runs.broken]);
    expect(report.elements).toEqual({
      Intake: 3, Check: 3, Review: 2, Big_Stage: 1, Work: 1, Never: 0, Small_Stage: 1, Note: 1, Recover: 1, Fix: 1, Route: 2,
    });
  });

  it('no runs: nothing covered; a design with nothing to cover is 100%', () => {
    expect(computeCoverage(doc, []).overall).toEqual({ covered: 0, total: 11, percent: 0 });
    expect(percentOf(0, 0)).toBe(100);
    expect(percentOf(2, 3)).toBe(66.6);
    expect(percentOf(9999, 10000)).toBe(99.9);
  });
});
