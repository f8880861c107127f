import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { runsOtherwise } from './checkRunExpectations';

const slowPayment = JSON.parse(readFileSync('public/samples/order-fulfilment.scenario.json', 'utf8')) as Scenario;

it('an edit of a scenario’s name or expectations alone leaves a run of it a run of it as it is', () => {
  // given the scenario with another name and one more expectation, its keys in another order
  const { steps, ...rest } = slowPayment;
  const edited: Scenario = { ...rest, name: 'Renamed', expectations: [], steps: structuredClone(steps) };
  // then it runs as it did
  expect(runsOtherwise(slowPayment, edited)).toBe(false);
});

it('an edit of what the run uses — step behaviour, records, limits — makes it run otherwise', () => {
  // given the same scenario with a step that takes longer, a limit, a record
  const longer: Scenario = { ...slowPayment, steps: { Charge_Payment: { durationMs: 9000 } } };
  const limited: Scenario = { ...slowPayment, limits: { maxTimeMs: 1000 } };
  const stopped: Scenario = { ...slowPayment, steps: {} };
  // then each runs otherwise
  expect(runsOtherwise(slowPayment, longer)).toBe(true);
  expect(runsOtherwise(slowPayment, limited)).toBe(true);
  expect(runsOtherwise(slowPayment, stopped)).toBe(true);
});
