// @vitest-environment jsdom
/** Scenarios → Timed events: the rows, their names, the steps a work item event offers, and where focus goes. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import { useAppStore } from '../../store/appStore';
import { ScenarioEditor } from './ScenarioEditor';
import { oneStepDesign, openScenariosOf } from './testing/scenarioEditorSetup';

beforeEach(() => openScenariosOf(oneStepDesign()));

it('a completeWorkItem event picks from the interactive steps; one naming a step the design lacks is an error that keeps the scenario from running as a test', async () => {
  // given a design with one interactive step and a scenario whose event names another (an imported file, a renamed step)
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    users: [{ username: 'mgr' }],
    stages: [{ name: 'S', steps: [{ name: 'Review', kind: 'interactive', assignee: { type: 'user', name: 'mgr' } }] }],
  });
  useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'typo', events: [{ at: 1000, type: 'completeWorkItem', step: 'Reviw' }], expectations: [{ kind: 'runStatus', status: 'Completed' }] }]);
  render(<ScenarioEditor onClose={() => {}} />);
  // then the problem is said in the dialog, and the step is a choice among the design's interactive steps
  expect(screen.getByRole('status', { name: 'Scenario problems' })).toHaveTextContent('Timed events, event 1 (events[0].step): the orchestration has no step "Reviw"');
  const step = screen.getByRole('combobox', { name: 'Event 1 step' });
  expect(within(step).getAllByRole('option').map((o) => o.textContent)).toEqual(['Reviw (not an interactive step of this design)', 'Review']);
  // when all scenarios run
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  // then this one could not run, and counts as failed
  const report = await screen.findByText(/passed, 1 failed/);
  expect(report).toHaveTextContent('0 passed, 1 failed');
  const testReport = screen.getByRole('region', { name: 'Scenario test report' });
  expect(testReport).toHaveTextContent('typo (could not run)');
  expect(testReport).toHaveTextContent('Timed events, event 1 (events[0].step): the orchestration has no step "Reviw"');
  // when the step is chosen from the list, the problem goes
  fireEvent.change(step, { target: { value: 'Review' } });
  expect(screen.queryByRole('status', { name: 'Scenario problems' })).toBeNull();
  expect(useAppStore.getState().scenarios[0]!.events).toEqual([{ at: 1000, type: 'completeWorkItem', step: 'Review' }]);
});

it('removing a timed set event leaves the next event\'s own value in the row that now shows it', () => {
  // given two set events
  useAppStore.getState().replaceDocument({ ...emptyOrchestration(), variables: [{ name: 'n', type: 'Number', value: 0 }], stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F' }] }], flows: [{ name: 'F', type: 'autolaunched', active: true }] });
  useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, events: [{ at: 1000, type: 'set', target: 'n', value: 5 }, { at: 2000, type: 'set', target: 'n', value: 7 }] }]);
  render(<ScenarioEditor onClose={() => {}} />);
  // when the first is removed and the field now in its place is left
  fireEvent.click(screen.getByRole('button', { name: 'Remove event 1' }));
  const value = screen.getByRole('textbox', { name: 'Event 1 value' });
  fireEvent.blur(value);
  // then it shows, and keeps, the remaining event's 7
  expect(value).toHaveValue('7');
  expect(useAppStore.getState().scenarios[0]!.events).toEqual([{ at: 2000, type: 'set', target: 'n', value: 7 }]);
});

it('Timed events: Add timed event puts focus on the new row\'s time, each row\'s time is named with its number, and work items list steps by label', async () => {
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    users: [{ username: 'mgr' }],
    stages: [{ name: 'S', steps: [{ name: 'Review', label: 'Manager review', kind: 'interactive', assignee: { type: 'user', name: 'mgr' } }] }],
  });
  render(<ScenarioEditor onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Add timed event' }));
  await waitFor(() => expect(screen.getByRole('spinbutton', { name: 'Event 1 at (ms)' })).toHaveFocus());
  fireEvent.click(screen.getByRole('button', { name: 'Add timed event' }));
  await waitFor(() => expect(screen.getByRole('spinbutton', { name: 'Event 2 at (ms)' })).toHaveFocus());
  fireEvent.change(screen.getByRole('combobox', { name: 'Event 2 type' }), { target: { value: 'completeWorkItem' } });
  expect(within(screen.getByRole('combobox', { name: 'Event 2 step' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Manager review (Review)']);
});

it('Add timed event does not take focus the user has put elsewhere before its frame (a quick click into the scenario name, then typing)', async () => {
  render(<ScenarioEditor onClose={() => {}} />);
  const add = screen.getByRole('button', { name: 'Add timed event' });
  add.focus();
  fireEvent.click(add);
  // when the admin clicks into the scenario's name before the next frame
  const name = screen.getByRole('textbox', { name: 'Scenario name' });
  name.focus();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // then focus stays there: the new event's time took it, and the typing meant for the name
  expect(name).toHaveFocus();
  expect(screen.getByRole('spinbutton', { name: 'Event 1 at (ms)' })).not.toHaveFocus();
});
