// @vitest-environment jsdom
/**
 * A record added in Scenarios of an object no pass of the project's reading read gets that object's
 * stored Checkboxes, false, as `stageflow test` gives them to a scenario's records
 * (src/cli/commands/externalScenarioCheckboxes.test.ts): CrateIntake chosen as a folder with Lid__c's
 * field files (no orchestration reads Lid__c, no flow creates it, no scenario file gives one).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { crateIntakeFiles } from '../../io/project/testing/projectFiles';
import { ScenarioEditor } from '../../panels/scenario/ScenarioEditor';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { openChosenProject } from './testing/chosenProject';

beforeEach(() => resetStores());

const lid = (name: string, type: string) => ({ path: `force-app/main/default/objects/Lid__c/fields/${name}.field-meta.xml`, text: `<CustomField><fullName>${name}</fullName><type>${type}</type></CustomField>` });

it('a Lid__c record added in Scenarios gets Tight__c false (its Text field Colour__c is no Checkbox); a Crate__c one, read by the reading, gets nothing added', async () => {
  // given CrateIntake opened from its folder, with Lid__c's field files
  await openChosenProject('CrateIntake', [...crateIntakeFiles(), lid('Tight__c', 'Checkbox'), lid('Colour__c', 'Text')], 'Crate_Intake');
  render(<ScenarioEditor onClose={() => {}} />);
  const records = screen.getByRole('group', { name: 'Other records of the org' });
  const add = (object: string) => {
    fireEvent.change(within(records).getByRole('combobox', { name: 'Object of a new record' }), { target: { value: object } });
    fireEvent.click(within(records).getByRole('button', { name: 'Add record' }));
  };
  // when
  add('Lid__c');
  add('Crate__c');
  // then
  const scenario = () => useAppStore.getState().scenarios[useAppStore.getState().activeScenario]!;
  await waitFor(() => expect(scenario().records?.Lid__c).toEqual([{ Id: expect.any(String), Tight__c: false }]));
  expect(within(records).getByRole('group', { name: 'Lid__c 1' })).toHaveTextContent('Tight__c');
  expect(scenario().records?.Crate__c).toEqual([{ Id: expect.any(String) }]);
});
