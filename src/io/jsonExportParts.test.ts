import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { exportTrace, exportTraceInParts } from './jsonExport';
import orderFulfilment from '../../public/samples/order-fulfilment.json';
import orderScenario from '../../public/samples/order-fulfilment.scenario.json';
import type { Orchestration, Scenario } from '../model/types';

describe('exportTraceInParts: the trace text in parts, for runs too long for one string', () => {
  it('joins to exactly the text of exportTrace, short lists and long ones', async () => {
    const trace = simulate(orderFulfilment as unknown as Orchestration, orderScenario as unknown as Scenario);
    expect([...exportTraceInParts(trace)].join('')).toBe(exportTrace(trace));
    // a list longer than the one written whole: every event many times over
    const long = { ...trace, events: Array.from({ length: 2500 }, (_, i) => ({ ...trace.events[i % trace.events.length]!, seq: i })) };
    const parts = [...exportTraceInParts(long)];
    expect(parts.length).toBeGreaterThan(2500);
    expect(parts.join('')).toBe(exportTrace(long));
  });
});
