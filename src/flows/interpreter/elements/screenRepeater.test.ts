import { describe, expect, it } from 'vitest';
import type { FlowElement, ScreenField } from '../../definition';
import { chain, flowOf, run, variable } from '../testing/build';

/** A screen with the Repeater `Tasks` holding `children`, then a loop over `{!Tasks.<list>}` adding each item's `Subject` to `subjects` (and its `Owner.recordId` to `owners`, when it has that child). */
function tasksFlow(children: ScreenField[], repeater: Partial<ScreenField> = {}, list = 'AllItems', extra: FlowElement[] = []) {
  const screen: FlowElement = { kind: 'screen', name: 'Add_Tasks', fields: [{ name: 'Tasks', fieldType: 'Repeater', ...repeater }, ...children.map((c) => ({ parent: 'Tasks', ...c }))] };
  const each: FlowElement = { kind: 'loop', name: 'Each_Task', collection: `Tasks.${list}`, order: 'Asc', nextValue: 'Collect' };
  const collect: FlowElement = { kind: 'assignment', name: 'Collect', connector: 'Each_Task', items: [
    { ref: 'subjects', operator: 'Add', value: { ref: 'Each_Task.Subject' } },
    ...(children.some((c) => c.name === 'Owner') ? [{ ref: 'owners', operator: 'Add', value: { ref: 'Each_Task.Owner.recordId' } }] : []),
  ] };
  return flowOf([...chain(screen, each), collect, ...extra], {
    processType: 'Flow',
    variables: [
      variable('subjects', 'String', { isCollection: true, io: 'out' }), variable('owners', 'String', { isCollection: true, io: 'out' }),
      variable('tasks', 'SObject', { objectType: 'Task', isCollection: true, io: 'in' }),
    ],
  });
}
const subject: ScreenField = { name: 'Subject', fieldType: 'InputField', dataType: 'String', isRequired: true, defaultValue: { string: 'Follow up' } };
const owner: ScreenField = { name: 'Owner', fieldType: 'ComponentInstance', extensionName: 'flowruntime:lookup', storeOutputAutomatically: true };

describe('screen Repeater', () => {
  it('Repeater: the items the caller gives are {!Tasks.AllItems}, each an object of child name → answer (a component child by its outputs), read by a loop', () => {
    // given
    const flow = tasksFlow([subject, owner]);
    // when
    const result = run(flow, { screenValues: { Tasks: [{ Subject: 'Call', Owner: { recordId: '005000000000001AAA' } }, { Subject: 'Email' }] } }).run;
    // then: not the old unsupported stop; item 2's lookup has no output (Add of a null adds nothing)
    expect(result.status).toBe('completed');
    expect(result.outputs.subjects).toEqual(['Call', 'Email']);
    expect(result.outputs.owners).toEqual(['005000000000001AAA']);
  });

  it('Repeater: without an answer, one item whose children take their defaults (chosen: the screen as it loads, Next clicked)', () => {
    // given / when
    const result = run(tasksFlow([subject, owner])).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.subjects).toEqual(['Follow up']);
    expect(result.outputs.owners).toBeNull();
    expect(result.path.filter((step) => step.element === 'Collect')).toHaveLength(1);
  });

  it('Repeater: a required child answered blank in one item fails the screen, naming the Repeater and the item', () => {
    // given / when
    const result = run(tasksFlow([subject]), { screenValues: { Tasks: [{ Subject: 'Call' }, { Subject: '' }] } }).run;
    // then
    expect(result.status).toBe('faulted');
    expect(result.fault).toEqual({ element: 'Add_Tasks', message: 'screen Add_Tasks, Repeater Tasks item 2, field Subject: "" is refused: the field is required' });
  });

  it('Repeater: a child\'s validation rule is checked in each item, reading that item\'s answer by the child\'s name', () => {
    // given
    const checked: ScreenField = { ...subject, validationRule: { formula: 'LEN({!Subject}) > 3', errorMessage: '<p>Say more</p>' } };
    // when
    const passed = run(tasksFlow([checked]), { screenValues: { Tasks: [{ Subject: 'Call back' }, { Subject: 'Email them' }] } }).run;
    const refused = run(tasksFlow([checked]), { screenValues: { Tasks: [{ Subject: 'Call back' }, { Subject: 'Hi' }] } }).run;
    // then
    expect(passed.outputs.subjects).toEqual(['Call back', 'Email them']);
    expect(refused.fault?.message).toBe('screen Add_Tasks, Repeater Tasks item 2, field Subject: "Hi" is refused by its validation rule: Say more');
  });

  it('Repeater: prefilled from a source collection, each item\'s defaults read {!tasks[$EachItem].Field}; the first items answer the source\'s, the rest are AddedItems', () => {
    // given: fields prefilled from the source's items, as SFDC-Assets/PSA-Stakeholder-Management-Quick-Start's email list
    const prefilled: ScreenField = { name: 'Subject', fieldType: 'InputField', dataType: 'String', defaultValue: { ref: 'tasks[$EachItem].Subject' } };
    const repeater = { inputParameters: [{ name: 'collection', value: { ref: 'tasks' } }] };
    const tasks = [{ Id: '00T000000000001AAA', Subject: 'Call' }, { Id: '00T000000000002AAA', Subject: 'Visit' }];
    // when
    const loaded = run(tasksFlow([prefilled], repeater), { inputs: { tasks } }).run;
    const added = run(tasksFlow([prefilled], repeater, 'AddedItems'), { inputs: { tasks }, screenValues: { Tasks: [{}, { Subject: 'Visit twice' }, { Subject: 'Write' }, {}] } }).run;
    const kept = run(tasksFlow([prefilled], repeater, 'PrepopulatedItems'), { inputs: { tasks }, screenValues: { Tasks: [{}, { Subject: 'Visit twice' }, { Subject: 'Write' }] } }).run;
    // then: an added item has no source item, so its prefill reads null
    expect(loaded.outputs.subjects).toEqual(['Call', 'Visit']);
    expect(added.outputs.subjects).toEqual(['Write']);
    expect(added.path.filter((step) => step.element === 'Collect')).toHaveLength(2);
    expect(kept.outputs.subjects).toEqual(['Call', 'Visit twice']);
  });

  it('Repeater: a source collection that is null or empty gives no item without an answer (chosen); a child\'s name after the screen reads its last item\'s value (chosen)', () => {
    // given
    const repeater = { inputParameters: [{ name: 'collection', value: { ref: 'tasks' } }] };
    const last: FlowElement = { kind: 'assignment', name: 'Last', items: [{ ref: 'lastSubject', operator: 'Assign', value: { ref: 'Subject' } }] };
    const flow = tasksFlow([subject], {}, 'AllItems', [last]);
    const each = flow.elements.Each_Task;
    const withLast = { ...flow, variables: [...flow.variables, { name: 'lastSubject', dataType: 'String', isCollection: false, isInput: false, isOutput: true }], elements: { ...flow.elements, Each_Task: { ...each!, noMoreValues: 'Last' } as FlowElement } };
    // when
    const none = run(tasksFlow([subject], repeater), { inputs: { tasks: [] } }).run;
    const answered = run(withLast, { screenValues: { Tasks: [{ Subject: 'Call' }, { Subject: 'Email' }] } }).run;
    // then
    expect(none.status).toBe('completed');
    expect(none.path.filter((step) => step.element === 'Collect')).toHaveLength(0);
    expect(answered.outputs.lastSubject).toBe('Email');
  });

  it('Repeater: a child shown by a rule on {!Tasks.AllItems[$EachItem].Field} is shown or hidden item by item (hidden: null)', () => {
    // given
    const urgent: ScreenField = { name: 'Urgent', fieldType: 'InputField', dataType: 'Boolean' };
    const why: ScreenField = { name: 'Subject', fieldType: 'InputField', dataType: 'String', isRequired: true, visibilityRule: { logic: 'and', conditions: [{ left: 'Tasks.AllItems[$EachItem].Urgent', operator: 'EqualTo', right: { boolean: true } }] } };
    // when: item 2's Subject is hidden, so its blank answer is not refused
    const result = run(tasksFlow([urgent, why]), { screenValues: { Tasks: [{ Urgent: true, Subject: 'Now' }, { Urgent: false, Subject: '' }] } }).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.subjects).toEqual(['Now']);
    expect(result.path.filter((step) => step.element === 'Collect')).toHaveLength(2);
  });

  it('Repeater: a child hidden in one item is named in the screen\'s step by its item (Tasks[item 2].Subject), and so is the answer it did not take', () => {
    // given
    const urgent: ScreenField = { name: 'Urgent', fieldType: 'InputField', dataType: 'Boolean' };
    const why: ScreenField = { name: 'Subject', fieldType: 'InputField', dataType: 'String', visibilityRule: { logic: 'and', conditions: [{ left: 'Tasks.AllItems[$EachItem].Urgent', operator: 'EqualTo', right: { boolean: true } }] } };
    // when: item 2's Subject is hidden and answered; item 3's is hidden and not answered
    const result = run(tasksFlow([urgent, why]), { screenValues: { Tasks: [{ Urgent: true, Subject: 'Now' }, { Urgent: false, Subject: 'Later' }, { Urgent: false }] } }).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.path[0]).toEqual({ element: 'Add_Tasks', kind: 'screen', hidden: ['Tasks[item 2].Subject', 'Tasks[item 3].Subject'], answersNotTaken: ['Tasks[item 2].Subject'] });
  });

  it('Repeater: more items than it shows when canAddItem is false, or fewer when canRemoveItem is false, fail the screen naming the Repeater (a user could not give them; chosen)', () => {
    // given: a Repeater showing one item, that a user may neither add to nor remove from
    const fixed = tasksFlow([subject], { inputParameters: [{ name: 'canAddItem', value: { boolean: false } }, { name: 'canRemoveItem', value: { boolean: false } }] });
    // when
    const added = run(fixed, { screenValues: { Tasks: [{ Subject: 'Call' }, { Subject: 'Email' }] } }).run;
    const removed = run(fixed, { screenValues: { Tasks: [] } }).run;
    const kept = run(fixed, { screenValues: { Tasks: [{ Subject: 'Call' }] } }).run;
    // then
    expect(added.fault).toEqual({ element: 'Add_Tasks', message: 'screen Add_Tasks, Repeater Tasks: 2 items were given, but it shows 1 and its canAddItem is false (a user cannot add items)' });
    expect(removed.fault).toEqual({ element: 'Add_Tasks', message: 'screen Add_Tasks, Repeater Tasks: 0 items were given, but it shows 1 and its canRemoveItem is false (a user cannot remove items)' });
    expect(kept).toMatchObject({ status: 'completed', outputs: { subjects: ['Call'] } });
  });

  it('Repeater: a Transform reads {!Tasks.AllItems[$EachItem].Subject} into records', () => {
    // given
    const transform: FlowElement = { kind: 'transform', name: 'To_Tasks', dataType: 'SObject', objectType: 'Task', isCollection: true, storeOutputAutomatically: true, actions: [{ type: 'Map', outputField: 'Subject', value: { ref: 'Tasks.AllItems[$EachItem].Subject' }, inputParameters: [] }] };
    const keep: FlowElement = { kind: 'assignment', name: 'Keep', items: [{ ref: 'records', operator: 'Assign', value: { ref: 'To_Tasks' } }] };
    const screen: FlowElement = { kind: 'screen', name: 'Add_Tasks', fields: [{ name: 'Tasks', fieldType: 'Repeater' }, { ...subject, parent: 'Tasks' }] };
    const flow = flowOf(chain(screen, transform, keep), { processType: 'Flow', variables: [variable('records', 'SObject', { objectType: 'Task', isCollection: true, io: 'out' })] });
    // when
    const result = run(flow, { screenValues: { Tasks: [{ Subject: 'Call' }, { Subject: 'Email' }] } }).run;
    // then
    expect(result.outputs.records).toEqual([{ Subject: 'Call' }, { Subject: 'Email' }]);
  });

  it('Repeater: a hidden Repeater has no items (its outputs are null), so a loop over them goes straight on', () => {
    // given
    const flow = tasksFlow([subject], { visibilityRule: { logic: 'and', conditions: [{ left: 'tasks', operator: 'IsNull', right: { boolean: false } }] } });
    // when
    const result = run(flow, { screenValues: { Tasks: [{ Subject: 'Call' }] } }).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.subjects).toBeNull();
    expect(result.path[0]).toEqual({ element: 'Add_Tasks', kind: 'screen', hidden: ['Tasks'], answersNotTaken: ['Tasks'] });
  });

  it('Repeater: an answer that is not a list of objects fails the screen, naming the Repeater', () => {
    // given / when
    const notList = run(tasksFlow([subject]), { screenValues: { Tasks: { Subject: 'Call' } } }).run;
    const notItem = run(tasksFlow([subject]), { screenValues: { Tasks: ['Call'] } }).run;
    // then
    expect(notList.fault?.message).toBe('screen Add_Tasks, Repeater Tasks: the answer must be a list of items, each an object of field name → value (it is {"Subject":"Call"})');
    expect(notItem.fault?.message).toBe('screen Add_Tasks, Repeater Tasks: item 1 must be an object of field name → value (it is "Call")');
  });

  it('Repeater: [$EachItem] of a collection that is neither its items nor its source stops as unsupported, naming it', () => {
    // given
    const other: ScreenField = { name: 'Subject', fieldType: 'InputField', dataType: 'String', defaultValue: { ref: 'tasks[$EachItem].Subject' } };
    // when
    const result = run(tasksFlow([other])).run;
    // then
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toMatchObject({ element: 'Add_Tasks', kind: 'Repeater', message: "screen Add_Tasks, Repeater Tasks: field Subject reads {!tasks[$EachItem]}; only the Repeater's items ({!Tasks.AllItems[$EachItem].Field}) and its source collection's (it has none) are simulated" });
  });
});
