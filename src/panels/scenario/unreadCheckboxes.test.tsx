// @vitest-environment jsdom
/**
 * A record Scenarios adds — by Add record or through a relationship the design reads — of an object
 * whose Checkboxes the open project reads on demand gets them, false; an object with none, or no
 * project, gets nothing. The project's side: src/app/project/addedRecordCheckboxes.test.tsx.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import type { Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { ScenarioEditor } from './ScenarioEditor';
import { withCheckboxes } from './unreadCheckboxes';
import { openScenariosOf } from './testing/scenarioEditorSetup';

const design = {
  ...emptyOrchestration(),
  trigger: { type: 'recordTriggered' as const, object: 'Case', when: 'create' as const },
  flows: [{ name: 'F', type: 'autolaunched' as const, active: true }],
  stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background' as const, flow: 'F', start: { mode: 'requirements' as const, requirements: [
    { left: '$Record.Lid__r.Name', operator: 'EqualTo' as const, right: { string: 'Top' } },
  ] } }] }],
};
const checkboxesOf = vi.fn(async (object: string) => (object.toLowerCase() === 'lid__c' ? ['Tight__c', 'Sealed__c'] : []));
const scenario = () => useAppStore.getState().scenarios[0]!;

beforeEach(() => {
  openScenariosOf(design);
  checkboxesOf.mockClear();
  useAppStore.getState().setProjectFile({ project: 'crates', apiName: design.name, path: 'flows/X.flow-meta.xml', writable: false, checkboxesOf });
});

it('Add record of such an object gives the record its Checkboxes, false; one of an object without any gets none', async () => {
  // given
  render(<ScenarioEditor onClose={() => {}} />);
  const records = screen.getByRole('group', { name: 'Other records of the org' });
  // when
  for (const object of ['Lid__c', 'Bin__c']) {
    fireEvent.change(within(records).getByRole('combobox', { name: 'Object of a new record' }), { target: { value: object } });
    fireEvent.click(within(records).getByRole('button', { name: 'Add record' }));
  }
  // then
  await waitFor(() => expect(scenario().records?.Lid__c).toEqual([{ Id: expect.any(String), Tight__c: false, Sealed__c: false }]));
  expect(scenario().records?.Bin__c).toEqual([{ Id: expect.any(String) }]);
  expect(checkboxesOf.mock.calls).toEqual([['Lid__c'], ['Bin__c']]);
});

it('a record added through a relationship the design reads gets them too, beside the field read', async () => {
  // given
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Triggering record ($Record)' });
  // when the admin says Lid__r is a Lid__c and adds it
  fireEvent.change(within(section).getByRole('combobox', { name: 'Object of the Lid__r record' }), { target: { value: 'Lid__c' } });
  fireEvent.click(within(section).getByRole('button', { name: 'Add the Lid__r (a Lid__c record)' }));
  // then
  await waitFor(() => expect(scenario().records?.Lid__c).toEqual([{ Id: expect.any(String), Name: '', Tight__c: false, Sealed__c: false }]));
});

it('gives nothing without a project', () => {
  // given no project
  useAppStore.getState().setProjectFile(null);
  render(<ScenarioEditor onClose={() => {}} />);
  const records = screen.getByRole('group', { name: 'Other records of the org' });
  fireEvent.change(within(records).getByRole('combobox', { name: 'Object of a new record' }), { target: { value: 'Lid__c' } });
  fireEvent.click(within(records).getByRole('button', { name: 'Add record' }));
  // then
  expect(scenario().records?.Lid__c).toEqual([{ Id: expect.any(String) }]);
  expect(checkboxesOf).not.toHaveBeenCalled();
});

it('keeps a Checkbox the admin set meanwhile (in any case), and another record alone', () => {
  const s: Scenario = { format: 'stageflow.scenario', version: 1, records: { Lid__c: [{ Id: 'a', tight__c: true }, { Id: 'b' }] } };
  expect(withCheckboxes(s, 'Lid__c', 'a', ['Tight__c', 'Sealed__c']).records).toEqual({ Lid__c: [{ Id: 'a', tight__c: true, Sealed__c: false }, { Id: 'b' }] });
  expect(withCheckboxes(s, 'Lid__c', 'c', ['Tight__c'])).toBe(s);
  expect(withCheckboxes(s, 'Lid__c', 'a', ['Tight__c'])).toBe(s);
});
