// @vitest-environment jsdom
/** Scenarios → Step behaviour: which steps are overridden, named by their labels, and where focus goes as rows come and go. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { useAppStore } from '../../store/appStore';
import { ScenarioEditor } from './ScenarioEditor';
import { openScenariosOf, twoLabelledSteps } from './testing/scenarioEditorSetup';

// given two labelled steps
beforeEach(() => openScenariosOf(twoLabelledSteps()));

it('names overridden steps by their labels, each row a group named after its step (several rows each had a bare "Outcome")', () => {
  render(<ScenarioEditor onClose={() => {}} />);
  const pick = () => screen.getByRole('combobox', { name: 'Override a step' });
  // then the list offers labels, with the API name the scenario keys by
  expect(within(pick()).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a step…', 'Charge payment (Charge)', 'Create shipment (Ship)']);
  // when both are overridden
  fireEvent.change(pick(), { target: { value: 'Charge' } });
  fireEvent.change(pick(), { target: { value: 'Ship' } });
  // then each row's fields are found within the step's group, by its label
  const ship = screen.getByRole('group', { name: 'Behaviour of Create shipment' });
  fireEvent.change(within(ship).getByRole('combobox', { name: 'Outcome' }), { target: { value: 'error' } });
  expect(useAppStore.getState().scenarios[0]!.steps).toEqual({ Charge: { outcome: 'success' }, Ship: { outcome: 'error' } });
  expect(within(screen.getByRole('group', { name: 'Behaviour of Charge payment' })).getByRole('button', { name: 'Remove behaviour of Charge payment' })).toBeTruthy();
});

it('focus in Step behaviour follows the rows: a step picked goes to its Outcome, Remove to the Remove before it, the last one to Override a step (it fell to <body>)', async () => {
  render(<ScenarioEditor onClose={() => {}} />);
  const pick = () => screen.getByRole('combobox', { name: 'Override a step' });
  const group = (label: string) => screen.getByRole('group', { name: `Behaviour of ${label}` });
  fireEvent.change(pick(), { target: { value: 'Charge' } });
  await waitFor(() => expect(within(group('Charge payment')).getByRole('combobox', { name: 'Outcome' })).toHaveFocus());
  // the last step offered: the list goes, focus is on the new row
  fireEvent.change(pick(), { target: { value: 'Ship' } });
  await waitFor(() => expect(within(group('Create shipment')).getByRole('combobox', { name: 'Outcome' })).toHaveFocus());
  expect(screen.queryByRole('combobox', { name: 'Override a step' })).toBeNull();
  fireEvent.click(within(group('Create shipment')).getByRole('button', { name: 'Remove behaviour of Create shipment' }));
  await waitFor(() => expect(within(group('Charge payment')).getByRole('button', { name: 'Remove behaviour of Charge payment' })).toHaveFocus());
  fireEvent.click(within(group('Charge payment')).getByRole('button', { name: 'Remove behaviour of Charge payment' }));
  await waitFor(() => expect(pick()).toHaveFocus());
});

it('a step\'s Outcome is offered in the run view\'s status words, not the file\'s "success" and "error"', () => {
  render(<ScenarioEditor onClose={() => {}} />);
  // given a step overridden
  fireEvent.change(screen.getByRole('combobox', { name: 'Override a step' }), { target: { value: 'Charge' } });
  const outcome = within(screen.getByRole('group', { name: 'Behaviour of Charge payment' })).getByRole('combobox', { name: 'Outcome' });
  // then the choices say what the run shows the step ending as
  expect(within(outcome).getAllByRole('option').map((o) => o.textContent)).toEqual(['Completed', 'Error', 'Error, then Completed on retry']);
  // and choosing one still writes the scenario file's words
  fireEvent.change(outcome, { target: { value: 'error,success' } });
  expect(useAppStore.getState().scenarios[0]!.steps).toEqual({ Charge: { outcomes: ['error', 'success'] } });
});
