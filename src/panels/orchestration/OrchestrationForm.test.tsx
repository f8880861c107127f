// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { doc, historyLength, renderPanel } from '../testing/renderPanel';

describe('OrchestrationForm', () => {
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

  it('shows a record-triggered orchestration\'s trigger: when it starts and its entry conditions', () => {
    // given a Case orchestration started on create or update when Status is "Escalated" or the priority is set
    const base = doc();
    renderPanel([], { ...base, trigger: { type: 'recordTriggered', object: 'Case', when: 'createAndUpdate', onlyWhenChangedToMeet: true, entryConditions: { logic: 'or', filters: [
      { field: 'Status', operator: 'EqualTo', value: { string: 'Escalated' } },
      { field: 'Priority', operator: 'IsNull', value: { boolean: false } },
    ] } } });
    // then
    expect(screen.getByLabelText('Object')).toHaveValue('Case');
    expect(screen.getByLabelText('Trigger the orchestration when')).toHaveValue('createAndUpdate');
    const conditions = screen.getByRole('group', { name: 'Entry conditions' });
    expect(conditions).toHaveTextContent('Any condition is met (OR)');
    expect(conditions).toHaveTextContent('$Record.Status Equals "Escalated"');
    expect(conditions).toHaveTextContent('$Record.Priority Is null false');
    expect(conditions).toHaveTextContent('Only when a record is updated to meet the conditions.');
    // when
    fireEvent.change(screen.getByLabelText('Trigger the orchestration when'), { target: { value: 'update' } });
    // then
    expect(doc().trigger).toMatchObject({ type: 'recordTriggered', when: 'update' });
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
    fireEvent.click(screen.getByRole('button', { name: 'Remove variable newVariable' }));
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
});
