// @vitest-environment jsdom
/**
 * A scenario whose name was cleared is called by its place in the list, as a scenario without a
 * name is (model/scenarioShownName.ts): it was an empty option in the picker, and its deletion read
 * 'Scenario “” deleted.'.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { oneStepDesign, openScenariosOf } from './testing/scenarioEditorSetup';
import { ScenarioEditor } from './ScenarioEditor';
import { useAppStore } from '../../store/appStore';

beforeEach(() => openScenariosOf(oneStepDesign()));

const optionNames = (picker: HTMLElement) => within(picker).getAllByRole('option').map((o) => o.textContent);

it('clearing a scenario\'s name shows it as "Scenario N" in the picker, and the name field says so', () => {
  // given two named scenarios, the second being edited
  const { setScenarios, setActiveScenario } = useAppStore.getState();
  setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'Happy path' }, { format: 'stageflow.scenario', version: 1, name: 'Declined card' }]);
  setActiveScenario(1);
  render(<ScenarioEditor onClose={() => {}} />);
  // when its name is cleared, then only spaces typed
  const name = screen.getByRole('textbox', { name: 'Scenario name' });
  fireEvent.change(name, { target: { value: '' } });
  const picker = screen.getByRole('combobox', { name: 'Scenario to edit' });
  // then the picker names it by its place, never an empty option
  expect(screen.getByRole('option', { name: 'Scenario 2' })).toBeInTheDocument();
  expect(optionNames(picker)).toEqual(['Happy path', 'Scenario 2']);
  expect(name).toHaveAttribute('placeholder', 'Scenario 2');
  fireEvent.change(name, { target: { value: '   ' } });
  expect(optionNames(picker)).toEqual(['Happy path', 'Scenario 2']);
  // and Duplicate scenario names the copy after the name shown
  fireEvent.click(screen.getByRole('button', { name: 'Duplicate scenario' }));
  expect(useAppStore.getState().scenarios[2]!.name).toBe('Scenario 2 (copy)');
});

it('deleting a scenario whose name was cleared says which one by the name it was shown under', () => {
  // given a scenario with a blank name, second of two
  const { setScenarios, setActiveScenario } = useAppStore.getState();
  setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'Happy path' }, { format: 'stageflow.scenario', version: 1, name: '' }]);
  setActiveScenario(1);
  render(<ScenarioEditor onClose={() => {}} />);
  // when it is deleted
  fireEvent.click(screen.getByRole('button', { name: 'Delete scenario' }));
  // then
  expect(screen.getByText(/^Scenario “Scenario 2” deleted\./)).toHaveAttribute('role', 'status');
});
