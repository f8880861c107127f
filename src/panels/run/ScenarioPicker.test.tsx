// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { ScenarioPicker } from './ScenarioPicker';

const onboarding = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
const LONG = 'HR never confirms the hire, so no buddy is assigned, the laptop waits in the IT room and the new hire starts with no one';
const UNICODE = 'Zoë’s «Übergabe»: Ärztin überprüft Σύμβαση, Договор and 合同 — nobody confirms';

/** The chosen scenario's name as drawn in the box (not an option of its list): hidden from assistive technology, which reads the box's value. */
const shownName = () => screen.getAllByText((_, el) => el?.tagName === 'SPAN' && el.getAttribute('aria-hidden') === 'true' && el.children.length === 0)[0]!;

it('the Scenario box shows the whole name of the scenario chosen, wrapped, which its closed native face cut in the narrow run panel', () => {
  // given two scenarios, the one chosen with a 120-character name
  expect(LONG).toHaveLength(120);
  resetStores(onboarding);
  act(() => useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'Default' }, { format: 'stageflow.scenario', version: 1, name: LONG }]));
  act(() => useAppStore.getState().setActiveScenario(1));
  render(<ScenarioPicker onRun={() => undefined} />);
  // then the box draws that name whole, in words that wrap, and says it as its value
  expect(shownName()).toHaveTextContent(LONG);
  expect(shownName()).toHaveClass('break-words');
  expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue(LONG);
  // and choosing the other one changes it
  act(() => useAppStore.getState().setActiveScenario(0));
  expect(shownName()).toHaveTextContent(/^Default$/);
});

it('a unicode name is shown as it was typed', () => {
  resetStores(onboarding);
  act(() => useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: UNICODE }]));
  render(<ScenarioPicker onRun={() => undefined} />);
  expect(shownName().textContent).toBe(UNICODE);
  expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue(UNICODE);
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
  expect(shownName()).toHaveTextContent(/^Scenario 1$/);
});
