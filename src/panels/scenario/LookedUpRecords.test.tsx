// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../flows/definition';
import { flowOf, variable } from '../../flows/interpreter/testing/build';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration } from '../../model/types';
import { LookedUpRecords } from './LookedUpRecords';
import { renderScenarioPart } from './testing/scenarioEditorSetup';

const lookup = (name: string, object: string, field: string, value: unknown): FlowElement => ({
  kind: 'recordLookup', name, object, filters: [{ field, operator: 'EqualTo', value }] as never,
  getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [],
});

/** The incident demo's shape: a User looked up by the alias a step passes, an Incident by a fixed Status. */
const doc = {
  ...emptyOrchestration(),
  flows: [
    { name: 'Get_by_Alias', type: 'autolaunched', active: true, definition: flowOf([lookup('Get_User_by_Alias', 'User', 'Alias', { ref: 'alias' })], { variables: [variable('alias', 'String', { io: 'in' })] }) },
    { name: 'Engineering_Updates', type: 'screen', active: true, definition: flowOf([lookup('Get_Incident', 'Incident', 'Status', { string: 'In Progress' })]) },
  ],
  stages: [{ name: 'Assess', steps: [{ name: 'Get_Escalation_Manager', kind: 'background', flow: 'Get_by_Alias', inputs: { alias: 'Quentin' } }] }],
} as Orchestration;

describe('Records the flows look up by fixed values, in Scenarios', () => {
  it('lists a lookup by the value a step passes, naming the step, and says "an Incident" / "a User" on the buttons that add them', () => {
    const { latest } = renderScenarioPart((props) => <LookedUpRecords doc={doc} {...props} />);
    expect(screen.getByText(/^\(Get_by_Alias\.Get_User_by_Alias, with the value given by step Get_Escalation_Manager\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add an Incident with Status = "In Progress"' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a User with Alias = "Quentin"' }));
    expect(latest().records?.User).toEqual([{ Id: '005SCN000000000001', Alias: 'Quentin' }]);
    expect(screen.queryByRole('button', { name: /Alias = "Quentin"/ })).toBeNull();
  });

  it('the row a record was added from does not take focus the user has put elsewhere before its frame (a quick click into another field)', async () => {
    renderScenarioPart((props) => <LookedUpRecords doc={doc} {...props} />);
    const add = screen.getByRole('button', { name: 'Add a User with Alias = "Quentin"' });
    add.focus();
    fireEvent.click(add);
    // when the admin clicks into another field before the next frame
    const other = document.body.appendChild(document.createElement('input'));
    other.focus();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // then focus stays there (the row took it, and the typing meant for the field)
    expect(document.activeElement).toBe(other);
    other.remove();
  });
});
