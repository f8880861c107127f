import { describe, expect, it } from 'vitest';
import orchestration from './__fixtures__/onboarding.orchestration.json';
import scenarioDoc from './__fixtures__/onboarding.scenario.json';
import golden from './__fixtures__/onboarding.trace.json';
import { Orchestration, Scenario, Trace } from '../model/schema';
import type { TraceEvent } from '../model/types';
import { simulate } from './index';

/** The facts of an event: everything but its sequence number. */
function fact(e: TraceEvent): Record<string, unknown> {
  const { seq: _seq, ...rest } = e;
  return rest;
}

describe('golden: the worked onboarding example (docs/spec/examples)', () => {
  const doc = Orchestration.parse(orchestration);
  const sc = Scenario.parse(scenarioDoc);
  const expected = Trace.parse(golden);
  const trace = simulate(doc, sc);

  it('reproduces the run summary, stages and steps (statuses, times, modes, run-as)', () => {
    expect(trace.run).toMatchObject({ status: expected.run.status, stalled: expected.run.stalled, endedAt: expected.run.endedAt });
    expect(Object.keys(trace.stages)).toEqual(Object.keys(expected.stages));
    for (const [name, s] of Object.entries(expected.stages)) expect(trace.stages[name], name).toMatchObject(s);
    expect(Object.keys(trace.steps)).toEqual(Object.keys(expected.steps));
    for (const [name, s] of Object.entries(expected.steps)) expect(trace.steps[name], name).toEqual(s);
  });

  it('reproduces the events in the same order, per type and overall', () => {
    const types = [...new Set(expected.events.map((e) => e.type))];
    for (const type of types) {
      expect(trace.events.filter((e) => e.type === type).map(fact), type).toEqual(expected.events.filter((e) => e.type === type).map(fact));
    }
    expect(trace.events.map(fact)).toEqual(expected.events.map(fact));
  });

  it('is byte-for-byte deterministic and valid against the Trace schema', () => {
    expect(JSON.stringify(simulate(doc, sc))).toBe(JSON.stringify(trace));
    expect(Trace.safeParse(trace).success).toBe(true);
  });
});
