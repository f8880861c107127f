import { describe, expect, it } from 'vitest';
import { runToMoment } from './simulation';
import { after, asyncStep, bg, orch, stage } from './testing/builders';

/** Runs `doc` to its end and returns the engine (its step runs as the run left them). */
function engineAtEnd(doc: ReturnType<typeof orch>) {
  return runToMoment(doc, undefined, Number.MAX_SAFE_INTEGER);
}

describe("a step run's status key (s:Name) is made when first needed", () => {
  it('a chain read by position never makes one (a 20,000-step stage kept 0.5 MB of them)', () => {
    // given a stage whose steps each wait for the one before, by name
    const doc = orch([stage('S', [asyncStep('A'), asyncStep('B', { start: after('A') }), asyncStep('C', { start: after('B') })])]);
    // when it runs to its end
    const engine = engineAtEnd(doc);
    // then every step completed, and none made a key it never read
    expect([...engine.steps.values()].map((s) => [s.name, s.status, s.key])).toEqual([
      ['A', 'Completed', null],
      ['B', 'Completed', null],
      ['C', 'Completed', null],
    ]);
  });

  it('a step whose status a requirement reads by name gets its key, and the reader wakes on it', () => {
    // given a step started by a requirement on Other.Status
    const doc = orch([stage('S', [
      bg('ByStep', { start: { mode: 'requirements', requirements: [{ left: 'Other.Status', operator: 'EqualTo', right: { string: 'InProgress' } }] } }),
      bg('Other', { flow: 'Async' }),
    ])]);
    // when it runs
    const engine = engineAtEnd(doc);
    // then Other's change reached its reader through the key, made once and kept
    expect(engine.steps.get('ByStep')?.status).toBe('Completed');
    expect(engine.steps.get('Other')?.key).toBe('s:Other');
  });
});
