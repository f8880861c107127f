// @vitest-environment jsdom
/** Scenarios → Run all scenarios: its result is announced and brought into view. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { RunAllReport } from './RunAllReport';
import { oneStepDesign, openScenariosOf, twoLabelledSteps } from './testing/scenarioEditorSetup';

const ownScroll = Element.prototype.scrollIntoView; // jsdom has none
beforeEach(() => openScenariosOf(oneStepDesign()));
afterEach(() => {
  Element.prototype.scrollIntoView = ownScroll;
});

const scenario: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Happy path', expectations: [{ kind: 'runStatus', status: 'Completed' }] };

it('the live region is on the page, empty, before the run, so a screen reader reads out the result put into it; the result is scrolled into view', async () => {
  // given (jsdom lays nothing out: scrolling is watched, not done)
  const scrolled = vi.fn();
  Element.prototype.scrollIntoView = scrolled;
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[scenario]} />);
  const results = screen.getByRole('status', { name: 'Scenario test results' });
  expect(results).toBeEmptyDOMElement();
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  // then the same region holds the result, and its summary was brought into view
  // (the engine is loaded on first use: a cold import takes seconds on a busy machine)
  expect(await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 })).toHaveTextContent('1 passed, 0 failed');
  expect(results).toHaveTextContent('Happy path (Completed)');
  // the scroll is an effect run after the commit that shows the text: findByText can wake between
  // the two on a busy machine (a fresh-clone CI run saw no call yet)
  await waitFor(() => expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' }));
  expect(scrolled.mock.contexts[0]).toHaveTextContent('1 passed, 0 failed');
});

it('checks a variable\'s final value, a record field and a step of a stage that never started as stageflow test does (they failed as "replayed from a trace")', async () => {
  // given a design whose step writes its flow's output into a variable, and a second stage the run never reaches
  const design = oneStepDesign();
  openScenariosOf({
    ...design,
    variables: [{ name: 'tracking', type: 'Text' }],
    flows: [{ name: 'F', type: 'autolaunched', active: true, outputs: ['no'], behavior: { outputs: { no: 'TRK-9' } } }],
    stages: [{ ...design.stages[0]!, steps: [{ ...design.stages[0]!.steps[0]!, outputs: { no: 'tracking' } }] }, { name: 'Never', steps: [{ name: 'Later', kind: 'background', flow: 'F' }] }],
  });
  const checked: Scenario = {
    format: 'stageflow.scenario', version: 1, name: 'Values', records: { Order: [{ Id: '801000000000001AAA', Status: 'New' }] },
    expectations: [
      { kind: 'value', target: 'tracking', value: 'TRK-9' },
      { kind: 'recordField', object: 'Order', id: '801000000000001AAA', field: 'Status', value: 'New' },
      { kind: 'notStarted', step: 'Later', why: 'stage "Never"' },
    ],
  };
  // when
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[checked]} />);
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  // then every expectation holds, as `stageflow test` finds
  expect(await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 })).toHaveTextContent('3 passed, 0 failed');
});

it('the button keeps the focus while the scenarios run (said unavailable, not disabled: a disabled button drops the focus to the page), and a second press meanwhile runs nothing more', async () => {
  // given
  Element.prototype.scrollIntoView = vi.fn();
  const outcome = vi.spyOn(useAppStore.getState(), 'computeOutcome');
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[scenario]} />);
  const run = screen.getByRole('button', { name: 'Run all scenarios' });
  run.focus();
  // when it is pressed twice
  fireEvent.click(run);
  fireEvent.click(run);
  // then while running it is said unavailable yet keeps the focus
  expect(run).not.toBeDisabled();
  expect(run).toHaveAttribute('aria-disabled', 'true');
  expect(run).toHaveFocus();
  await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 });
  expect(run).not.toHaveAttribute('aria-disabled');
  expect(outcome).toHaveBeenCalledTimes(1);
});

it('does not read as success when runs ended in Error with nothing expected of them: it says so, in the warning style (it was "0 passed, 0 failed" in green)', async () => {
  // given two scenarios whose step fails, with no expectations, and one that expects the Error
  Element.prototype.scrollIntoView = vi.fn();
  const failing = (name: string): Scenario => ({ format: 'stageflow.scenario', version: 1, name, steps: { Charge: { outcome: 'error', message: 'card declined' } } });
  const expected: Scenario = { ...failing('Expected error'), expectations: [{ kind: 'runStatus', status: 'Error' }] };
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[failing('Declined'), failing('Declined again')]} />);
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  // then the numbers stay those of the expectations, and the summary says what happened
  const summary = await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 });
  expect(summary).toHaveTextContent('0 passed, 0 failed — 2 runs ended in Error (no expectations)');
  expect(summary).toHaveClass('text-amber-900');
  expect(summary).not.toHaveClass('text-status-completed');
  // and a run that was expected to end in Error passed
  cleanup();
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[expected]} />);
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  const passed = await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 });
  expect(passed).toHaveTextContent(/^1 passed, 0 failed$/);
  expect(passed).toHaveClass('text-status-completed');
  // with no "Why:" under it: the Error was what it checks
  expect(screen.getByRole('status', { name: 'Scenario test results' })).not.toHaveTextContent('Why:');
});

it('says under a run that ended in Error which steps failed and why, where "(Error)" alone left the admin to run it again to learn why', async () => {
  // given a scenario whose step fails with a message, and nothing expected of it
  Element.prototype.scrollIntoView = vi.fn();
  const declined: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Declined', steps: { Charge: { outcome: 'error', message: 'card declined' } } };
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[declined]} />);
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 });
  // then
  expect(screen.getByRole('status', { name: 'Scenario test results' })).toHaveTextContent('Declined (Error)Why: step Charge failed: card declined');
});

it('says the report is out of date once a scenario or the design changes after the run (an added Owner left the old Error reading as current)', async () => {
  // given a report
  Element.prototype.scrollIntoView = vi.fn();
  const doc = useAppStore.getState().doc;
  const scenarios = [scenario]; // the store's list: the same until an edit
  const { rerender } = render(<RunAllReport doc={doc} scenarios={scenarios} />);
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 });
  const note = /changed since this run/;
  rerender(<RunAllReport doc={doc} scenarios={scenarios} />);
  expect(screen.queryByText(note)).toBeNull();
  // when the scenario is edited
  rerender(<RunAllReport doc={doc} scenarios={[{ ...scenario, name: 'Happy path, edited' }]} />);
  // then
  expect(screen.getByText(note)).toHaveTextContent('The scenarios or the design changed since this run: run all scenarios again to check them as they are.');
  // and a new run is current again
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  await waitFor(() => expect(screen.queryByText(note)).toBeNull(), { timeout: 15_000 });
});

it('does not read as a green pass when runs completed with nothing expected of them: it says nothing was checked, in a neutral style (it was "0 passed, 0 failed" in green)', async () => {
  // given two scenarios without expectations whose runs complete
  Element.prototype.scrollIntoView = vi.fn();
  const unchecked = (name: string): Scenario => ({ format: 'stageflow.scenario', version: 1, name });
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[unchecked('Default'), unchecked('Another')]} />);
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  // then
  const summary = await screen.findByText(/nothing checked/, {}, { timeout: 15_000 });
  expect(summary).toHaveTextContent(/^No expectations: 2 runs completed, nothing checked$/);
  expect(summary).toHaveClass('text-ink-800');
  expect(summary).not.toHaveClass('text-status-completed');
});

it('names a run\'s status in the run view\'s words: In progress, not InProgress', async () => {
  // given a scenario whose work item waits for someone (nothing completes it)
  Element.prototype.scrollIntoView = vi.fn();
  openScenariosOf({ ...oneStepDesign(), flows: [{ name: 'F', type: 'screen', active: true }], stages: [{ name: 'S', steps: [{ name: 'Ask', kind: 'interactive', flow: 'F', assignee: { type: 'user', name: 'someone@example.com' } }] }] });
  const waiting: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Waiting', autoCompleteWorkItems: false };
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[waiting]} />);
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  // then
  await screen.findByText(/nothing checked|\(no expectations\)/, {}, { timeout: 15_000 });
  expect(screen.getByRole('status', { name: 'Scenario test results' })).toHaveTextContent(/Waiting \(In progress/);
});

it('lists each checked expectation in the words of the Expected outcome list above it: labels, statuses and times as the run view says them', async () => {
  // given two labelled steps, and a scenario expecting the second to end In progress within 2 s of a run that takes longer
  Element.prototype.scrollIntoView = vi.fn();
  useAppStore.getState().replaceDocument(twoLabelledSteps());
  const expecting: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Shipped', expectations: [
    { kind: 'stepStatus', step: 'Ship', status: 'InProgress' },
    { kind: 'order', first: { type: 'stepCompleted', element: 'Charge' }, then: { type: 'stepStarted', element: 'Ship' } },
  ] };
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[expecting]} />);
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 });
  // then
  const items = screen.getAllByRole('listitem').map((li) => li.textContent);
  expect(items[0]).toMatch(/^✗ fail: Step “Create shipment” ends In progress; it is Completed/);
  expect(items[1]).toMatch(/^✓ pass: Step “Charge payment” completes before step “Create shipment” starts; step “Charge payment” completes at 0 ms \(event #\d+\), step “Create shipment” starts at 0 ms/);
  expect(items.join(' ')).not.toMatch(/\bShip\b|stepCompleted|stepStarted/);
});
