// @vitest-environment jsdom
/** Delete scenario and its way back: a scenario is not part of the design's undo. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { oneStepDesign, openScenariosOf } from './testing/scenarioEditorSetup';
import { ScenarioEditor } from './ScenarioEditor';
import { useAppStore } from '../../store/appStore';

beforeEach(() => openScenariosOf(oneStepDesign()));

it('a deleted scenario comes back, at its place and with its work, by Undo delete in the dialog; focus goes to the picker showing it', () => {
  // given three scenarios, the second holding an expectation
  const { setScenarios, setActiveScenario } = useAppStore.getState();
  setScenarios([
    { format: 'stageflow.scenario', version: 1, name: 'First' },
    { format: 'stageflow.scenario', version: 1, name: 'Declined card', expectations: [{ kind: 'stepStatus', step: 'Charge', status: 'Error' }] },
    { format: 'stageflow.scenario', version: 1, name: 'Third' },
  ]);
  setActiveScenario(1);
  render(<ScenarioEditor onClose={() => {}} />);
  // when it is deleted
  fireEvent.click(screen.getByRole('button', { name: 'Delete scenario' }));
  expect(useAppStore.getState().scenarios.map((s) => s.name)).toEqual(['First', 'Third']);
  // then the dialog says so and offers it back
  expect(screen.getByText(/^Scenario “Declined card” deleted\./)).toHaveAttribute('role', 'status');
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Undo delete' }));
  // then
  const { scenarios, activeScenario } = useAppStore.getState();
  expect(scenarios.map((s) => s.name)).toEqual(['First', 'Declined card', 'Third']);
  expect(scenarios[1]!.expectations).toEqual([{ kind: 'stepStatus', step: 'Charge', status: 'Error' }]);
  expect(activeScenario).toBe(1);
  expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
  expect(screen.getByRole('combobox', { name: 'Scenario to edit' })).toHaveFocus();
});

it('Undo delete is offered only while the list is as the deletion left it: a scenario added after it (the same one read back from its file) ends the offer', () => {
  // given two scenarios, the second deleted
  const { setScenarios, setActiveScenario } = useAppStore.getState();
  const declined = { format: 'stageflow.scenario', version: 1, name: 'Declined card' } as const;
  setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'First' }, declined]);
  setActiveScenario(1);
  render(<ScenarioEditor onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete scenario' }));
  expect(screen.getByRole('button', { name: 'Undo delete' })).toBeVisible();
  // when it is added again (as Add from file… does)
  act(() => useAppStore.getState().addScenario({ ...declined }));
  // then there is nothing to undo: pressing it would have made two of it
  expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
  expect(useAppStore.getState().scenarios.map((s) => s.name)).toEqual(['First', 'Declined card']);
});
