// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { simulate } from '../../engine';
import type { Orchestration, Scenario, Trace } from '../../model/types';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { checksRun } from './checkRunExpectations';
import { RunPanel } from './RunPanel';

const read = <T,>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const orderFulfilment = read<Orchestration>('public/samples/order-fulfilment.json');
const slowPayment = read<Scenario>('public/samples/order-fulfilment.scenario.json');
const paymentDeclined = read<Scenario>('public/samples/order-fulfilment.scenarios/payment-declined.json');

/** The run of `scenario` shown at its start, as Run shows it. */
function showRun(scenario: Scenario, doc: Orchestration = orderFulfilment): Trace {
  const trace = simulate(doc, scenario);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: doc, runScenario: scenario, trace, traceFromFile: false, cursor: { index: -1, time: 0, playing: false, speed: 1, atEnd: false } }));
  return trace;
}

beforeEach(() => resetStores(orderFulfilment));

it('lists the scenario’s expectations in the Scenarios dialog’s words, met or not, judged on the whole run at its first moment', () => {
  // given "payment declined" with one expectation that does not hold: Charge payment ends Completed
  const scenario: Scenario = { ...paymentDeclined, expectations: [...paymentDeclined.expectations!, { kind: 'stepStatus', step: 'Charge_Payment', status: 'Completed' }] };
  render(<RunPanel onRerun={() => {}} />);
  // when the run is shown at its start (nothing has happened yet at that moment)
  showRun(scenario);
  // then the side panel has the expectations, each in the dialog's words with what the run did
  const section = screen.getByRole('region', { name: 'Expectations' });
  expect(section).toHaveTextContent('judged on the whole run');
  expect(section).toHaveTextContent('1 of 6 not met.');
  const rows = within(section).getAllByRole('listitem');
  expect(rows[1]).toHaveTextContent(/^✓ met: Step “Charge payment” ends Error; it is Error/);
  expect(rows[5]).toHaveTextContent(/^✗ not met: Step “Charge payment” ends Completed; it is Error/);
  // and only the failing one offers Show it, described by its expectation, which selects the step
  const show = within(section).getByRole('button', { name: 'Show it' });
  expect(show).toHaveAccessibleDescription(/Step “Charge payment” ends Completed/);
  fireEvent.click(show);
  expect(useAppStore.getState().selected).toEqual(['Charge_Payment']);
});

it('is checked once per run, not at each frame of playback, and announced once', () => {
  // given a shown run
  const panel = render(<RunPanel onRerun={() => {}} />);
  const trace = showRun(slowPayment);
  const before = checksRun();
  const announcer = screen.getByTestId('run-expectations-announcer');
  expect(announcer).toHaveTextContent('Expectations: All 6 met.');
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(announcer, { childList: true, characterData: true, subtree: true });
  // when the run plays frame by frame to its end, and the side panel is closed and opened again
  for (let index = 0; index < trace.events.length; index++) {
    act(() => useAppStore.setState({ cursor: { index, time: trace.events[index]!.t, playing: true, speed: 1, atEnd: false } }));
  }
  panel.unmount();
  render(<RunPanel onRerun={() => {}} />);
  // then nothing was checked again, and the announcement was not said again during playback
  expect(checksRun()).toBe(before);
  observer.takeRecords().forEach((r) => changes.push(r));
  observer.disconnect();
  expect(changes).toEqual([]);
  expect(screen.getByRole('region', { name: 'Expectations' })).toHaveTextContent('All 6 met.');
});

it('a scenario without expectations gets one line leading to Scenarios; a trace read from a file gets nothing', () => {
  // given a scenario that expects nothing
  render(<RunPanel onRerun={() => {}} />);
  showRun({ ...slowPayment, expectations: [] });
  // then one line says where to add them, with a link to Scenarios
  const section = screen.getByRole('region', { name: 'Expectations' });
  expect(section).toHaveTextContent('expects nothing of this run');
  expect(within(section).queryByRole('list')).toBeNull();
  expect(within(section).getByRole('link', { name: 'Scenarios' })).toBeInTheDocument();
  // when a trace read from a file is shown instead, nothing is said of expectations
  act(() => useAppStore.setState({ traceFromFile: true }));
  expect(screen.queryByRole('region', { name: 'Expectations' })).toBeNull();
});

it('a value expectation is judged with the run’s final values, as Run all scenarios judges it', async () => {
  // given an expectation of a variable's final value, which the trace does not carry
  const doc: Orchestration = { ...orderFulfilment, variables: [...(orderFulfilment.variables ?? []), { name: 'note', type: 'Text', value: 'kept' }] };
  resetStores(doc);
  render(<RunPanel onRerun={() => {}} />);
  showRun({ ...slowPayment, expectations: [{ kind: 'value', target: 'note', value: 'kept' }] }, doc);
  // then, once the run's final values are in, it is met
  const section = screen.getByRole('region', { name: 'Expectations' });
  expect(await within(section).findByText(/^✓ met: note ends "kept"/)).toBeInTheDocument();
});
