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
  // and the region of the panel shown again does not say the same verdict again (it was filled anew)
  expect(screen.getByTestId('run-expectations-announcer').textContent).toBe('');
});

it('a run shown again after another is announced again: once per run, not once ever', () => {
  // given a run announced, then another run of the same scenario shown in the same panel
  render(<RunPanel onRerun={() => {}} />);
  showRun(slowPayment);
  expect(screen.getByTestId('run-expectations-announcer')).toHaveTextContent('Expectations: All 6 met.');
  act(() => useAppStore.setState({ runPhase: 'idle', trace: null }));
  expect(screen.getByTestId('run-expectations-announcer').textContent).toBe('');
  // when
  showRun(slowPayment);
  // then
  expect(screen.getByTestId('run-expectations-announcer')).toHaveTextContent('Expectations: All 6 met.');
});

it('a scenario without expectations gets one line leading to Scenarios; a trace read from a file gets nothing', () => {
  // given a scenario that expects nothing
  render(<RunPanel onRerun={() => {}} />);
  showRun({ ...slowPayment, expectations: [] });
  // then one line says where to add them, with a link to Scenarios
  const section = screen.getByRole('region', { name: 'Expectations' });
  expect(section).toHaveTextContent('expects nothing of this run');
  expect(within(section).queryByRole('list')).toBeNull();
  expect(within(section).getByRole('link', { name: 'Expected outcome in Scenarios' })).toBeInTheDocument();
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

/** The run of the design's scenario `scenario` shown at its start, as Run shows it: the design's own object. */
function runDesignScenario(scenario: Scenario): Trace {
  act(() => useAppStore.setState({ scenarios: [scenario], activeScenario: 0, baseScenario: scenario, interventions: [] }));
  return showRun(scenario);
}

it('follows the run’s scenario as its expectations are edited in Scenarios, judged on the run shown', () => {
  // given a run of "slow payment", its six expectations met
  render(<RunPanel onRerun={() => {}} />);
  const trace = runDesignScenario(slowPayment);
  const section = screen.getByRole('region', { name: 'Expectations' });
  expect(section).toHaveTextContent('All 6 met.');
  // when Scenarios (opened over the run) adds an expectation the run does not meet
  const edited: Scenario = { ...slowPayment, expectations: [...slowPayment.expectations!, { kind: 'stepStatus', step: 'Charge_Payment', status: 'Error' }] };
  act(() => useAppStore.getState().updateScenario(0, edited));
  // then the list follows at once, judged on the same run, which is not run again
  expect(useAppStore.getState().trace).toBe(trace);
  expect(section).toHaveTextContent('1 of 7 not met.');
  expect(within(section).getAllByRole('listitem')[6]).toHaveTextContent(/^✗ not met: Step “Charge payment” ends Error; it is Completed/);
  expect(screen.getByTestId('run-expectations-announcer')).toHaveTextContent('Expectations: 1 of 7 not met.');
  // and an edit of its expectations alone leaves the run shown as the scenario's run: no Rerun offered
  expect(within(section).queryByRole('button', { name: 'Rerun' })).toBeNull();
});

it('a run’s scenario whose name is cleared in Scenarios is called by its place, as the Scenario box calls it, not “”', () => {
  // given a run of "slow payment", the first scenario of the list
  render(<RunPanel onRerun={() => {}} />);
  runDesignScenario(slowPayment);
  const section = screen.getByRole('region', { name: 'Expectations' });
  expect(section).toHaveTextContent(`Scenario “${slowPayment.name!}”, judged on the whole run`);
  // when its name is cleared (only spaces) in Scenarios opened over the run
  act(() => useAppStore.getState().updateScenario(0, { ...slowPayment, name: '  ' }));
  // then
  expect(section).toHaveTextContent('Scenario “Scenario 1”, judged on the whole run');
  expect(section).not.toHaveTextContent('“  ”');
});

it('says the run shown is of the scenario as it was when the edit changes what the run uses, and Rerun runs it as it is', () => {
  // given a run of "slow payment"
  render(<RunPanel onRerun={() => {}} />);
  runDesignScenario(slowPayment);
  const section = screen.getByRole('region', { name: 'Expectations' });
  // when Scenarios changes how long a step takes (what the run does, not what is expected of it)
  const edited: Scenario = { ...slowPayment, steps: { Charge_Payment: { durationMs: 9000 } } };
  act(() => useAppStore.getState().updateScenario(0, edited));
  // then the section says the run shown used the scenario as it was, and offers Rerun
  expect(section).toHaveTextContent(`Scenario “${slowPayment.name}” has changed since this run`);
  const rerun = within(section).getByRole('button', { name: 'Rerun' });
  // when Rerun is pressed, the scenario as it is now runs
  act(() => fireEvent.click(rerun));
  expect(useAppStore.getState().baseScenario).toBe(edited);
});

it('its Scenarios link opens Scenarios over the run, on the run’s scenario, and leaves the run shown', () => {
  // given a run of the design's second scenario, the first one active in the meantime
  render(<RunPanel onRerun={() => {}} />);
  runDesignScenario(slowPayment);
  const other: Scenario = { ...slowPayment, name: 'Other' };
  act(() => useAppStore.setState({ scenarios: [other, slowPayment], activeScenario: 0 }));
  // when the section's Scenarios link is followed
  const section = screen.getByRole('region', { name: 'Expectations' });
  expect(section).toHaveTextContent('Change what it expects under Expected outcome in Scenarios.');
  fireEvent.click(within(section).getByRole('link', { name: 'Expected outcome in Scenarios' }));
  // then Scenarios is open on the run's scenario, and the run is still shown
  const state = useAppStore.getState();
  expect(state.dialog).toBe('scenarios');
  expect(state.activeScenario).toBe(1);
  expect(state.runPhase).toBe('ready');
});
