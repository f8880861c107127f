// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import { ScenarioEditor } from './ScenarioEditor';
import { useAppStore } from '../../store/appStore';

beforeEach(() => {
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F' }] }],
  });
  useAppStore.getState().setScenarios([]);
});

it('edits a scenario: a failing step, a timed event and an expectation, and keeps them in the scenario store', async () => {
  // given
  render(<ScenarioEditor onClose={() => {}} />);
  // when
  fireEvent.change(screen.getByRole('combobox', { name: 'Override a step' }), { target: { value: 'Charge' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Outcome' }), { target: { value: 'error' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add timed event' }));
  fireEvent.change(screen.getByRole('combobox', { name: 'Expectation subject' }), { target: { value: 'Charge' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Expected status' }), { target: { value: 'Error' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add expectation' }));
  // then
  const s = useAppStore.getState().scenarios[0]!;
  expect(s.steps).toEqual({ Charge: { outcome: 'error' } });
  expect(s.events).toEqual([{ at: 1000, type: 'publishEvent' }]);
  expect(s.expectations).toEqual([{ kind: 'stepStatus', step: 'Charge', status: 'Error' }]);
});
