// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { ScenarioPicker } from './ScenarioPicker';

const onboarding = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
const LONG = 'The new hire starts on a Monday and no buddy is assigned before the first day';

it('the Scenario box says the whole name of the scenario chosen on hover, which a narrow run panel cuts', () => {
  // given two scenarios, the one chosen with a long name
  resetStores(onboarding);
  act(() => useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'Default' }, { format: 'stageflow.scenario', version: 1, name: LONG }]));
  act(() => useAppStore.getState().setActiveScenario(1));
  render(<ScenarioPicker onRun={() => undefined} />);
  // then the closed box carries that name whole as its tooltip
  expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveAttribute('title', LONG);
  // and choosing the other one changes it
  act(() => useAppStore.getState().setActiveScenario(0));
  expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveAttribute('title', 'Default');
});

it('a scenario whose name was cleared is an option named by its place in the list, not an empty one', () => {
  // given a scenario with a blank name and one with only spaces, the first chosen
  resetStores(onboarding);
  act(() => useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: '' }, { format: 'stageflow.scenario', version: 1, name: 'Default' }, { format: 'stageflow.scenario', version: 1, name: '  ' }]));
  act(() => useAppStore.getState().setActiveScenario(0));
  render(<ScenarioPicker onRun={() => undefined} />);
  // then
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Scenario 1', 'Default', 'Scenario 3']);
  expect(screen.getByRole('option', { name: 'Scenario 1' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveAttribute('title', 'Scenario 1');
});
