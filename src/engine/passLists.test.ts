/**
 * The evaluation pass keeps its lists from one pass to the next (pass.ts; docs/performance.md,
 * thirty-sixth round): a long run allocates no list per wake-up, and a pass that stops in the middle
 * (a moment reached, a limit) leaves the depth as it found it. Traces are unchanged by it: the
 * golden, rule and naive-sweeper tests compare them.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { runToMoment } from './simulation';
import { after, asyncStep, bg, orch, stage } from './testing/builders';

/** One stage of `n` async steps, each waiting for the one before: one pass per completion. */
function chainOf(n: number) {
  return orch([stage('Chain', Array.from({ length: n }, (_, i) => asyncStep(`C${i}`, i > 0 ? { start: after(`C${i - 1}`) } : {})))]);
}

describe('the pass lists', () => {
  it('a run of many passes uses one pair of lists', () => {
    // given a chain whose every completion wakes a pass
    const doc = chainOf(50);
    const passes = simulate(doc).events.filter((e) => e.type === 'evaluation').length;
    // when it runs to its end
    const engine = runToMoment(doc, undefined, Number.MAX_SAFE_INTEGER);
    // then its 51 passes shared the first pair, and no pass is left open
    expect(passes).toBe(51);
    expect(engine.passLists).toHaveLength(2);
    expect(engine.passDepth).toBe(0);
  });

  it('a run stopped in the middle of a pass leaves no pass open', () => {
    // given a stage whose pass starts two sync steps, stopped at the first step's start
    const doc = orch([stage('S', [bg('A'), bg('B')])]);
    const events = simulate(doc).events;
    const firstStart = events.findIndex((e) => e.type === 'stepStarted');
    // when
    const engine = runToMoment(doc, undefined, firstStart + 1);
    // then the moment was reached inside the pass, and its depth was given back
    expect(engine.events.at(-1)?.type).toBe('stepStarted');
    expect(engine.passDepth).toBe(0);
  });
});
