// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useAppStore } from '../../store/appStore';
import { describe, expect, it } from 'vitest';
import { doc, historyLength, renderPanel } from '../testing/renderPanel';

describe('OrchestrationForm', () => {
  it('a Label of spaces only is left empty when the field is left (the header showed nothing), in the same undo entry', () => {
    // given
    renderPanel();
    const before = doc().label;
    const field = screen.getByLabelText('Label');
    // when
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: '  ' } });
    fireEvent.blur(field);
    // then
    expect(doc().label).toBeUndefined();
    expect(historyLength()).toBe(1);
    useAppStore.getState().undo();
    expect(doc().label).toBe(before);
  });

  it('an invalid API name says why once under the field, not once from the field and again from the validator', () => {
    // given a design whose API name has a space
    const base = doc();
    renderPanel([], { ...base, name: 'Depot Sweep' });
    // then the field's messages (its aria-describedby) say it once
    const field = screen.getByLabelText('API Name');
    const messages = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(messages).not.toBeNull();
    expect(within(messages!).getAllByText(/API name "Depot Sweep" can contain only letters/)).toHaveLength(1);
  });

  it('says the API name follows the label only while it does: a name the label does not give (a file imported under another name) stays, and says so', () => {
    // given a design whose API name is the one its label gives
    const base = doc();
    const following = renderPanel([], { ...base, name: 'Depot_Sweep', label: 'Depot Sweep' });
    expect(screen.getByText('The API name follows the label until you type one of your own.')).toBeInTheDocument();
    following.unmount();
    // given one re-imported from depot.flow-meta.xml: its API name is the file's
    renderPanel([], { ...base, name: 'depot', label: 'Depot Sweep' });
    expect(screen.queryByText(/follows the label until/)).toBeNull();
    expect(screen.getByText(/API name stays as it is/)).toBeInTheDocument();
    // when the label is typed, the API name indeed stays
    const field = screen.getByLabelText('Label');
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'Depot Sweep 2' } });
    fireEvent.blur(field);
    expect(doc().name).toBe('depot');
  });

  it('from API 60 How to run the orchestration is read-only and says why; the hint no longer calls it read-only under API 59', () => {
    // given an autolaunched orchestration under API 64
    const base = doc();
    renderPanel([], { ...base, apiVersion: 64, trigger: { type: 'autolaunched', runContext: 'user' } });
    // then
    const field = screen.getByLabelText('How to run the orchestration');
    expect(field).toBeDisabled();
    expect(field).toHaveAccessibleDescription(/^Set by the API version: from API 60 an orchestration runs as the Automated Process User\./);
    expect(field).not.toHaveAccessibleDescription(/read only/i);
  });

  it('switches to a record-triggered orchestration and sets its object and user', () => {
    // given
    renderPanel();
    // when
    fireEvent.change(screen.getByLabelText('Orchestration type'), { target: { value: 'recordTriggered' } });
    const object = screen.getByLabelText('Object');
    fireEvent.change(object, { target: { value: 'Ord' } });
    fireEvent.change(object, { target: { value: 'Order' } });
    fireEvent.blur(object);
    fireEvent.change(screen.getByLabelText('Triggered by'), { target: { value: 'it_ops' } });
    // then
    expect(doc().trigger).toEqual({ type: 'recordTriggered', object: 'Order', triggeredBy: 'it_ops' });
    expect(historyLength()).toBe(3);
  });

  it('shows a record-triggered orchestration\'s trigger: when it starts and its entry conditions, as editable rows', () => {
    // given a Case orchestration started on create or update when Status is "Escalated" or the priority is set
    const base = doc();
    renderPanel([], { ...base, trigger: { type: 'recordTriggered', object: 'Case', when: 'createAndUpdate', onlyWhenChangedToMeet: true, entryConditions: { logic: 'or', filters: [
      { field: 'Status', operator: 'EqualTo', value: { string: 'Escalated' } },
      { field: 'Priority', operator: 'IsNull', value: { boolean: false } },
    ] } } });
    // then
    expect(screen.getByLabelText('Object')).toHaveValue('Case');
    expect(screen.getByLabelText('Trigger the orchestration when')).toHaveValue('createAndUpdate');
    const conditions = screen.getByRole('region', { name: 'Entry conditions' });
    expect(within(conditions).getByLabelText('Condition requirements')).toHaveValue('or');
    const first = within(conditions).getByRole('group', { name: 'Condition 1' });
    expect(within(first).getByLabelText('Field of Case')).toHaveValue('Status');
    expect(within(first).getByLabelText('Operator')).toHaveValue('EqualTo');
    expect(within(first).getByLabelText('Value')).toHaveValue('Escalated');
    const second = within(conditions).getByRole('group', { name: 'Condition 2' });
    expect(within(second).getByLabelText('Operator')).toHaveValue('IsNull');
    expect(within(second).getByLabelText('Value')).toHaveValue('false');
    expect(within(conditions).getByRole('radio', { name: 'Only when a record is updated to meet the condition requirements' })).toBeChecked();
    // when
    fireEvent.change(screen.getByLabelText('Trigger the orchestration when'), { target: { value: 'update' } });
    // then
    expect(doc().trigger).toMatchObject({ type: 'recordTriggered', when: 'update' });
  });

  it('shows an entry condition\'s true, number or date as such when the field\'s type is not known (a project\'s Checkbox no scenario gives yet)', () => {
    // given the DeactivateUser project's Reassignment_Requested__c EqualTo true, and a number and a date, on fields nothing else types
    renderPanel([], { ...doc(), trigger: { type: 'recordTriggered', object: 'User', when: 'createAndUpdate', entryConditions: { logic: 'and', filters: [
      { field: 'Reassignment_Requested__c', operator: 'EqualTo', value: { boolean: true } },
      { field: 'Level__c', operator: 'GreaterThan', value: { number: 3 } },
      { field: 'Leaving_On__c', operator: 'EqualTo', value: { date: '2025-03-09' } },
    ] } } });
    const conditions = screen.getByRole('region', { name: 'Entry conditions' });
    // then the checkbox's value reads True, in a True/False choice, not an empty text box
    const first = within(conditions).getByRole('group', { name: 'Condition 1' });
    expect(within(first).getByRole('combobox', { name: 'Value' })).toHaveValue('true');
    expect(within(within(conditions).getByRole('group', { name: 'Condition 2' })).getByLabelText('Value')).toHaveValue(3);
    expect(within(within(conditions).getByRole('group', { name: 'Condition 3' })).getByLabelText(/Value|Date/)).toHaveValue('2025-03-09');
    // and choosing False keeps it a true/false value
    fireEvent.change(within(first).getByRole('combobox', { name: 'Value' }), { target: { value: 'false' } });
    expect(doc().trigger).toMatchObject({ entryConditions: { filters: [{ field: 'Reassignment_Requested__c', value: { boolean: false } }, {}, {}] } });
    // and so it stays when the scenario's record gives the field as empty text ("Add the fields the design reads" without the project's metadata)
    act(() => useAppStore.getState().updateScenario(0, { ...useAppStore.getState().scenarios[0]!, record: { Reassignment_Requested__c: '' } }));
    expect(within(first).getByRole('combobox', { name: 'Value' })).toHaveValue('false');
  });

  it('suggests the record\'s own fields for entry conditions — those the design reads too — but not fields reached through a relationship', () => {
    // given a Case orchestration whose first step waits on $Record.Priority and $Record.Account.Rating
    const base = doc();
    const [first, ...rest] = base.stages[0]!.steps;
    const reading = { ...first!, start: { mode: 'requirements' as const, logic: 'and' as const, requirements: [
      { left: '$Record.Priority', operator: 'EqualTo' as const, right: { string: 'High' } },
      { left: '$Record.Account.Rating', operator: 'EqualTo' as const, right: { string: 'Hot' } },
    ] } };
    const { container } = renderPanel([], { ...base, stages: [{ ...base.stages[0]!, steps: [reading, ...rest] }, ...base.stages.slice(1)], trigger: { type: 'recordTriggered', object: 'Case', when: 'create', entryConditions: { filters: [
      { field: 'Status', operator: 'EqualTo', value: { string: 'New' } },
    ] } } });
    // then
    const suggested = [...container.querySelectorAll('section[aria-label="Entry conditions"] datalist option')].map((o) => o.getAttribute('value'));
    expect(suggested).toEqual(['Priority', 'Status']);
  });

  it('edits entry conditions: a row typed in one undo step, an operator, custom logic, a formula, None', () => {
    // given a Case orchestration started on update, without entry conditions
    renderPanel([], { ...doc(), trigger: { type: 'recordTriggered', object: 'Case', when: 'update' } });
    const conditions = screen.getByRole('region', { name: 'Entry conditions' });
    const before = historyLength();
    // when the admin asks for all conditions and types the first row
    fireEvent.change(within(conditions).getByLabelText('Condition requirements'), { target: { value: 'and' } });
    const field = within(conditions).getByLabelText('Field of Case');
    fireEvent.change(field, { target: { value: 'Stat' } });
    fireEvent.change(field, { target: { value: 'Status' } });
    fireEvent.blur(field);
    fireEvent.change(within(conditions).getByLabelText('Value'), { target: { value: 'Escalated' } });
    fireEvent.blur(within(conditions).getByLabelText('Value'));
    // then one row, and the field's typing was one undo step
    expect(doc().trigger).toMatchObject({ entryConditions: { logic: 'and', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'Escalated' } }] } });
    expect(historyLength()).toBe(before + 3);
    // when a second row tests that the priority changed, and the logic becomes custom
    fireEvent.click(within(conditions).getByRole('button', { name: '+ Add condition' }));
    const second = within(conditions).getByRole('group', { name: 'Condition 2' });
    fireEvent.change(within(second).getByLabelText('Field of Case'), { target: { value: 'Priority' } });
    fireEvent.change(within(second).getByLabelText('Operator'), { target: { value: 'IsChanged' } });
    fireEvent.change(within(conditions).getByLabelText('Condition requirements'), { target: { value: 'custom' } });
    // then
    expect(doc().trigger).toMatchObject({ entryConditions: { logic: '1 AND 2', filters: [{ field: 'Status' }, { field: 'Priority', operator: 'IsChanged', value: { boolean: true } }] } });
    // when the admin switches to a formula, then to None
    fireEvent.change(within(conditions).getByLabelText('Condition requirements'), { target: { value: 'formula' } });
    fireEvent.change(within(conditions).getByLabelText('Formula'), { target: { value: "ISPICKVAL({!$Record.Status}, 'Escalated')" } });
    // then
    expect(doc().trigger).toEqual({ type: 'recordTriggered', object: 'Case', when: 'update', entryFormula: "ISPICKVAL({!$Record.Status}, 'Escalated')" });
    fireEvent.change(within(conditions).getByLabelText('Condition requirements'), { target: { value: 'none' } });
    expect(doc().trigger).toEqual({ type: 'recordTriggered', object: 'Case', when: 'update' });
  });

  it('adds, types and removes a variable', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: '+ Add variable' }));
    const group = screen.getByRole('group', { name: 'Variable newVariable' });
    fireEvent.change(within(group).getByLabelText('Data type'), { target: { value: 'Number' } });
    const value = within(group).getByLabelText('Starting value');
    fireEvent.change(value, { target: { value: '42' } });
    fireEvent.blur(value);
    expect(doc().variables!.at(-1)).toEqual({ name: 'newVariable', type: 'Number', value: 42 });
    fireEvent.click(screen.getByRole('button', { name: 'Remove variable', description: 'Variable newVariable' }));
    expect(doc().variables!.map((v) => v.name)).toEqual(['hire', 'laptopTag', 'amount']);
  });

  it('edits record fields of a Record variable', () => {
    renderPanel();
    const group = screen.getByRole('group', { name: 'Variable hire' });
    fireEvent.change(within(group).getByLabelText('Department value'), { target: { value: 'Support' } });
    fireEvent.change(within(group).getAllByLabelText('Field type')[2]!, { target: { value: 'Empty' } });
    expect(doc().variables![0]!.value).toEqual({ Id: '003A1', Department: 'Support', Confirmed: null });
  });

  it('deactivates a simulated org user', () => {
    renderPanel();
    const group = screen.getByRole('group', { name: 'User Ike Tran' });
    fireEvent.click(within(group).getByLabelText('Active'));
    expect(doc().users![1]!.active).toBe(false);
  });

  it('offers the fields the project declares on the trigger object, and a picklist\'s values, while the design is the one opened from it', () => {
    // given a Case orchestration whose entry condition tests Tier__c, opened from a project declaring Tier__c (Gold, Silver) and Region__c
    const { container } = renderPanel([], { ...doc(), trigger: { type: 'recordTriggered', object: 'Case', when: 'create', entryConditions: { filters: [{ field: 'Tier__c', operator: 'EqualTo', value: { string: 'Gold' } }] } } });
    const fields = new Map([['Tier__c', { name: 'Tier__c', type: 'Picklist', values: ['Gold', 'Silver'] }], ['Region__c', { name: 'Region__c', type: 'Text' }]]);
    act(() => useAppStore.getState().setProjectFile({ project: 'support', apiName: doc().name, path: 'flows/X.flow-meta.xml', writable: false, objects: new Map([['Case', fields]]) }));
    // then
    const conditions = screen.getByRole('region', { name: 'Entry conditions' });
    const fieldList = within(conditions).getByLabelText('Field of Case').getAttribute('list');
    expect([...container.querySelectorAll(`datalist[id="${fieldList}"] option`)].map((o) => o.getAttribute('value'))).toEqual(['Region__c', 'Tier__c']);
    const valueList = within(conditions).getByLabelText('Value').getAttribute('list');
    expect([...container.querySelectorAll(`datalist[id="${valueList}"] option`)].map((o) => o.getAttribute('value'))).toEqual(['Gold', 'Silver']);
    act(() => useAppStore.getState().setProjectFile(null));
  });

  it('focus follows the rows of variables, record fields and users: Add goes to the new row, Remove to the Remove now in its place, else the one before, else Add', async () => {
    renderPanel();
    // variables: a new one's name, ready to be typed
    fireEvent.click(screen.getByRole('button', { name: '+ Add variable' }));
    const added = screen.getByRole('group', { name: 'Variable newVariable' });
    await waitFor(() => expect(within(added).getByLabelText('Variable name')).toHaveFocus());
    // its made-up name selected, so what is typed replaces it
    const name = within(added).getByLabelText('Variable name') as HTMLInputElement;
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, 'newVariable'.length]);
    // removing the last variable: the Remove of the one before (it went to the canvas, out of the panel)
    fireEvent.click(screen.getByRole('button', { name: 'Remove variable', description: 'Variable newVariable' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove variable', description: 'Variable amount' })).toHaveFocus());
    // removing the first: the Remove of the one now in its place
    fireEvent.click(screen.getByRole('button', { name: 'Remove variable', description: 'Variable hire' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove variable', description: 'Variable laptopTag' })).toHaveFocus());
    // users
    const users = doc().users!.map((u) => u.name ?? u.username);
    fireEvent.click(screen.getByRole('button', { name: '+ Add user' }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Username'));
    const username = document.activeElement as HTMLInputElement;
    expect([username.selectionStart, username.selectionEnd]).toEqual([0, username.value.length]);
    expect(username.value).not.toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove user', description: `User ${users[0]}` }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove user', description: `User ${users[1]}` })).toHaveFocus());
  });

  it('a row added does not take focus the user has put elsewhere before its frame (a quick click into Description, then typing)', async () => {
    renderPanel();
    const add = screen.getByRole('button', { name: '+ Add variable' });
    add.focus();
    fireEvent.click(add);
    // when the admin clicks into Description before the next frame
    const description = screen.getByLabelText('Description');
    description.focus();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // then focus stays there: the new variable's name, its text selected, took it and the typing
    expect(description).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Variable newVariable' })).toBeInTheDocument();
  });

  it('focus follows the fields of a Record variable: + Add field goes to its name, Remove of the last to the one before, of the only one to + Add field', async () => {
    renderPanel();
    const group = () => screen.getByRole('group', { name: 'Variable hire' });
    fireEvent.click(within(group()).getByRole('button', { name: '+ Add field' }));
    await waitFor(() => expect(within(group()).getAllByLabelText('Field').at(-1)).toHaveFocus());
    const fields = Object.keys(doc().variables![0]!.value as object);
    for (let i = fields.length - 1; i > 0; i--) {
      fireEvent.click(within(group()).getByRole('button', { name: `Remove field ${fields[i]}` }));
      await waitFor(() => expect(within(group()).getByRole('button', { name: `Remove field ${fields[i - 1]}` })).toHaveFocus());
    }
    fireEvent.click(within(group()).getByRole('button', { name: `Remove field ${fields[0]}` }));
    await waitFor(() => expect(within(group()).getByRole('button', { name: '+ Add field' })).toHaveFocus());
  });
});
