import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

const screen: FlowElement = {
  kind: 'screen', name: 'Ask', fields: [
    { name: 'intro', fieldType: 'DisplayText' },
    { name: 'Reason', fieldType: 'InputField', dataType: 'String', defaultValue: { string: 'none given' } },
    { name: 'Keep', fieldType: 'InputField', dataType: 'Boolean' },
    { name: 'Agree', fieldType: 'InputField', dataType: 'Boolean', isRequired: true },
    { name: 'Choice', fieldType: 'RadioButtons', dataType: 'String', choices: ['Yes_Choice', 'No_Choice'], defaultChoice: 'No_Choice' },
  ],
};
const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [
  { ref: 'reason', operator: 'Assign', value: { ref: 'Reason' } }, { ref: 'keep', operator: 'Assign', value: { ref: 'Keep' } },
  { ref: 'answer', operator: 'Assign', value: { ref: 'Choice' } }, { ref: 'agreed', operator: 'Assign', value: { ref: 'Agree' } },
] };
const flow = flowOf(chain(screen, copy), {
  processType: 'Flow',
  variables: [variable('reason', 'String', { io: 'out' }), variable('keep', 'Boolean', { io: 'out' }), variable('answer', 'String', { io: 'out' }), variable('agreed', 'Boolean', { io: 'out' })],
  choices: [{ name: 'Yes_Choice', choiceText: 'Yes', dataType: 'String', value: { string: 'yes' } }, { name: 'No_Choice', choiceText: 'No', dataType: 'String', value: { string: 'no' } }],
});

describe('screens', () => {
  it('screens: fields take their defaults (a default choice gives its value) when the caller gives nothing; a checkbox no one ticks is false, a required one true', () => {
    // given / when
    const { run: result } = run(flow);
    // then
    expect(result.outputs).toEqual({ reason: 'none given', keep: false, answer: 'no', agreed: true });
  });

  it('screens: values given by the caller replace the defaults; a choice can be given by name', () => {
    // given / when
    const { run: result } = run(flow, { screenValues: { Reason: 'moving on', Keep: true, Choice: 'Yes_Choice' } });
    // then
    expect(result.outputs).toEqual({ reason: 'moving on', keep: true, answer: 'yes', agreed: true });
  });

  it('screens: WasVisited and WasSelected see the screen and the choice', () => {
    // given
    const check: FlowElement = { kind: 'decision', name: 'Seen', rules: [{ name: 'Yes', logic: 'and', conditions: [
      { left: 'Ask', operator: 'WasVisited', right: { boolean: true } }, { left: 'No_Choice', operator: 'WasSelected', right: { boolean: true } },
    ] }] };
    const seen = flowOf(chain(screen, check), { processType: 'Flow', choices: flow.choices });
    // when / then
    expect(run(seen).run.path[1]?.outcome).toBe('Yes');
  });

  it('screens: a component\'s outputs come from the caller and go to their variables', () => {
    // given
    const component: FlowElement = { kind: 'screen', name: 'Pick', fields: [{ name: 'lookup', fieldType: 'ComponentInstance', extensionName: 'flowruntime:lookup', outputParameters: [{ name: 'recordId', ref: 'picked' }] }] };
    // when
    const { run: result } = run(flowOf([component], { variables: [variable('picked', 'String', { io: 'out' })] }), { screenValues: { lookup: { recordId: '001A' } } });
    // then
    expect(result.outputs.picked).toBe('001A');
  });

  it('screens: a record field shown by Dynamic Forms (ObjectProvided) edits the record variable in place; left alone it keeps its value', () => {
    // given: a screen showing two fields of the record variable curCase
    const form: FlowElement = { kind: 'screen', name: 'Edit_Case', fields: [
      { name: 'curCase.Subject', fieldType: 'ObjectProvided', objectField: 'curCase.Subject' },
      { name: 'curCase.Priority', fieldType: 'ObjectProvided', objectField: 'curCase.Priority' },
    ] };
    const edited = flowOf([form], { processType: 'Flow', variables: [variable('curCase', 'SObject', { objectType: 'Case', io: 'inout' })] });
    const inputs = { curCase: { Id: '500000000000001AAA', Subject: 'Printer', Priority: 'Low' } };
    // when
    const changed = run(edited, { inputs, screenValues: { 'curCase.Subject': 'Printer on fire' } }).run;
    const untouched = run(edited, { inputs }).run;
    // then
    expect(changed.outputs.curCase).toEqual({ Id: '500000000000001AAA', Subject: 'Printer on fire', Priority: 'Low' });
    expect(changed.assignments).toEqual([{ element: 'Edit_Case', variable: 'curCase.Subject', value: 'Printer on fire' }]);
    expect(untouched.outputs.curCase).toEqual(inputs.curCase);
  });

  it('screens: a record picked from a record choice set stores its fields through the set\'s output assignments; an answer the set does not offer stores nothing', () => {
    // given: a radio field offering the open cases of the account (value Id), storing the picked one's Subject and Priority
    const pick: FlowElement = { kind: 'screen', name: 'Pick_Case', fields: [{ name: 'Case_Picker', fieldType: 'RadioButtons', dataType: 'String', choices: ['Open_Cases'] }] };
    const picked = flowOf([pick], { processType: 'Flow',
      variables: [variable('accountId', 'String', { io: 'in' }), variable('subject', 'String', { io: 'out' }), variable('priority', 'String', { io: 'out' })],
      dynamicChoiceSets: [{ name: 'Open_Cases', dataType: 'String', object: 'Case', displayField: 'Subject', valueField: 'Id', filterLogic: 'and',
        filters: [{ field: 'AccountId', operator: 'EqualTo', value: { ref: 'accountId' } }, { field: 'Status', operator: 'NotEqualTo', value: { string: 'Closed' } }],
        outputAssignments: [{ name: 'Subject', ref: 'subject' }, { name: 'Priority', ref: 'priority' }] }] });
    const org = orgWith({ Case: [
      { Id: '500000000000001AAA', AccountId: '001A', Status: 'New', Subject: 'Printer', Priority: 'Low' },
      { Id: '500000000000002AAA', AccountId: '001A', Status: 'Closed', Subject: 'Old', Priority: 'High' },
      { Id: '500000000000003AAA', AccountId: '001A', Status: 'Working', Subject: 'Screen', Priority: 'High' },
    ] });
    const inputs = { accountId: '001A' };
    // when
    const result = run(picked, { org, inputs, screenValues: { Case_Picker: '500000000000003AAA' } }).run;
    const closed = run(picked, { org, inputs, screenValues: { Case_Picker: '500000000000002AAA' } }).run;
    // then
    expect(result.outputs).toEqual({ subject: 'Screen', priority: 'High' });
    expect(result.recordsRead).toEqual([{ element: 'Pick_Case', object: 'Case', ids: ['500000000000001AAA', '500000000000003AAA'] }]);
    expect(closed.outputs).toEqual({ subject: null, priority: null });
  });

  it('screens: a multi-select answer from a record choice set stores the last record picked', () => {
    // given: checkboxes over every account, storing the picked one's Name (value field Name)
    const pick: FlowElement = { kind: 'screen', name: 'Pick', fields: [{ name: 'Accounts', fieldType: 'MultiSelectCheckboxes', dataType: 'String', choices: ['All_Accounts'] }] };
    const picked = flowOf([pick], { processType: 'Flow', variables: [variable('lastId', 'String', { io: 'out' })],
      dynamicChoiceSets: [{ name: 'All_Accounts', object: 'Account', valueField: 'Name', filters: [], sortField: 'Name', sortOrder: 'Asc', outputAssignments: [{ name: 'Id', ref: 'lastId' }] }] });
    const org = orgWith({ Account: [{ Id: '001000000000001AAA', Name: 'Acme' }, { Id: '001000000000002AAA', Name: 'Globex' }] });
    // when / then
    expect(run(picked, { org, screenValues: { Accounts: 'Acme; Globex' } }).run.outputs.lastId).toBe('001000000000002AAA');
    expect(run(picked, { org, screenValues: { Accounts: ['Globex', 'Acme'] } }).run.outputs.lastId).toBe('001000000000001AAA');
  });

  it('screens: an output a component was not given reads null, and a field of it faults naming the empty output, not the component', () => {
    // given: a data table nobody picked a row of, then an assignment of its first selected row's Id
    const table: FlowElement = { kind: 'screen', name: 'Pick', connector: 'Copy', fields: [{ name: 'Main_Contact', fieldType: 'ComponentInstance', extensionName: 'flowruntime:datatable' }] };
    const copyId: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'contactId', operator: 'Assign', value: { ref: 'Main_Contact.firstSelectedRow.Id' } }] };
    // when
    const { run: result } = run(flowOf([table, copyId], { processType: 'Flow', variables: [variable('contactId', 'String', { io: 'out' })] }));
    // then
    expect(result.fault).toEqual({ element: 'Copy', message: 'the flow failed to access the value for {!Main_Contact.firstSelectedRow.Id}: Main_Contact.firstSelectedRow is null, so it has no field Id' });
  });
});

describe('screens: answers to picklist and collection choice sets', () => {
  const ask = (field: Partial<Extract<FlowElement, { kind: 'screen' }>['fields'][number]>): FlowElement => ({
    kind: 'screen', name: 'Ask', fields: [{ name: 'Pick', fieldType: 'DropdownBox', dataType: 'String', ...field }],
  });
  const keep: FlowElement = { kind: 'assignment', name: 'Keep', items: [{ ref: 'picked', operator: 'Assign', value: { ref: 'Pick' } }] };
  const priorities = (values?: string[]) => ({ name: 'Priorities', dataType: 'Picklist', filters: [], outputAssignments: [], picklistObject: 'Case', picklistField: 'Priority', ...(values ? { picklistValues: values } : {}) });

  it('choice sets: an answer a picklist choice set does not offer fails the screen, naming the field, the value and the choices; one it offers is kept', () => {
    // given: a dropdown on the Case.Priority picklist, whose values the project gave
    const flow = flowOf(chain(ask({ choices: ['Priorities'] }), keep), { processType: 'Flow', variables: [variable('picked', 'String', { io: 'out' })], dynamicChoiceSets: [priorities(['High', 'Medium', 'Low'])] });
    // when
    const typo = run(flow, { screenValues: { Pick: 'Hihg' } }).run;
    const good = run(flow, { screenValues: { Pick: 'Medium' } }).run;
    // then
    expect(typo).toMatchObject({ status: 'faulted', fault: { element: 'Ask', message: 'screen field Pick: "Hihg" is not one of its choices; its choices are "High", "Medium", "Low"' } });
    expect(good).toMatchObject({ status: 'completed', outputs: { picked: 'Medium' } });
  });

  it('choice sets: a picklist choice set whose values the project did not give takes the answer as given', () => {
    // given: the same dropdown without the picklist's values
    const flow = flowOf(chain(ask({ choices: ['Priorities'] }), keep), { processType: 'Flow', variables: [variable('picked', 'String', { io: 'out' })], dynamicChoiceSets: [priorities()] });
    // when / then
    expect(run(flow, { screenValues: { Pick: 'Hihg' } }).run).toMatchObject({ status: 'completed', outputs: { picked: 'Hihg' } });
  });

  it('choice sets: a collection choice set offers its records\' value field; each value of a multi-select answer must be one of them', () => {
    // given: the accounts read by Get_Accounts offered by Id, on a multi-select picklist
    const flow = flowOf(chain(
      { kind: 'recordLookup', name: 'Get_Accounts', object: 'Account', filters: [], getFirstRecordOnly: false, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [] },
      ask({ fieldType: 'MultiSelectPicklist', choices: ['Accounts'] }), keep,
    ), { processType: 'Flow', variables: [variable('picked', 'String', { io: 'out' })],
      dynamicChoiceSets: [{ name: 'Accounts', dataType: 'String', object: 'Account', displayField: 'Name', valueField: 'Id', collectionReference: 'Get_Accounts', filters: [], outputAssignments: [] }] });
    const org = orgWith({ Account: [{ Id: '001000000000001AAA', Name: 'Acme' }, { Id: '001000000000002AAA', Name: 'Globex' }] });
    // when
    const both = run(flow, { org, screenValues: { Pick: '001000000000001AAA;001000000000002AAA' } }).run;
    const stranger = run(flow, { org, screenValues: { Pick: '001000000000001AAA;001000000000009AAA' } }).run;
    // then
    expect(both).toMatchObject({ status: 'completed', outputs: { picked: '001000000000001AAA;001000000000002AAA' } });
    expect(stranger.fault).toEqual({ element: 'Ask', message: 'screen field Pick: "001000000000009AAA" is not one of its choices; its choices are "001000000000001AAA", "001000000000002AAA"' });
  });
});

describe('screens: a choice set named as a value', () => {
  // Salesforce Help (record and collection choice sets): the set's value "is determined by the most recent user selection of a choice within the generated set"
  const currencies = { name: 'CurrencyPicklist', dataType: 'Picklist', filters: [], outputAssignments: [], picklistObject: 'Opportunity', picklistField: 'CurrencyIsoCode' };
  const ask = (name: string, choices: string[], fieldType = 'DropdownBox'): FlowElement => ({ kind: 'screen', name: `Ask_${name}`, fields: [{ name, fieldType, dataType: 'String', choices }] });
  const keep = (ref: string): FlowElement => ({ kind: 'assignment', name: `Keep_${ref.replace(/\W/g, '_')}`, items: [{ ref: 'picked', operator: 'Assign', value: { ref } }] });
  const flowWith = (elements: FlowElement[], parts = {}) => flowOf(chain(...elements), { processType: 'Flow', variables: [variable('picked', 'String', { io: 'out' })], dynamicChoiceSets: [currencies], ...parts });

  it('choice sets: {!CurrencyPicklist} gives the value picked from the set on the screen that uses it, as Salesforce does', () => {
    // given: a dropdown on the CurrencyPicklist set, then an assignment of {!CurrencyPicklist}
    const flow = flowWith([ask('Currency', ['CurrencyPicklist']), keep('CurrencyPicklist')]);
    // when
    const { run: result } = run(flow, { screenValues: { Currency: 'EUR' } });
    // then
    expect(result).toMatchObject({ status: 'completed', outputs: { picked: 'EUR' } });
  });

  it('choice sets: a choice set from which nothing was picked is null, never "names no resource"', () => {
    // given: read before the screen, and after a screen left blank
    const before = flowWith([keep('CurrencyPicklist'), ask('Currency', ['CurrencyPicklist'])]);
    const blank = flowWith([ask('Currency', ['CurrencyPicklist']), keep('CurrencyPicklist')]);
    // when / then
    expect(run(before).run).toMatchObject({ status: 'completed', outputs: { picked: null } });
    expect(run(blank).run).toMatchObject({ status: 'completed', outputs: { picked: null } });
  });

  it('choice sets: the most recent pick counts; a multi-select gives its last value; a static choice picked on the same field is not the set\'s', () => {
    // given: two screens on the same set, the second a multi-select; a field mixing the set with a static choice
    const twice = flowWith([ask('First', ['CurrencyPicklist']), ask('Second', ['CurrencyPicklist'], 'MultiSelectPicklist'), keep('CurrencyPicklist')]);
    const mixed = flowWith([ask('Currency', ['CurrencyPicklist', 'Other']), keep('CurrencyPicklist')], { choices: [{ name: 'Other', choiceText: 'Other', dataType: 'String', value: { string: 'XXX' } }] });
    // when / then
    expect(run(twice, { screenValues: { First: 'EUR', Second: 'USD;GBP' } }).run.outputs.picked).toBe('GBP');
    expect(run(mixed, { screenValues: { Currency: 'Other' } }).run.outputs.picked).toBeNull();
    expect(run(mixed, { screenValues: { Currency: 'JPY' } }).run.outputs.picked).toBe('JPY');
  });
});

describe('screens: validation rules ("Validate Input")', () => {
  const companyScreen = (field: Partial<Extract<FlowElement, { kind: 'screen' }>['fields'][number]> = {}): FlowElement => ({
    kind: 'screen', name: 'Company_Details', fields: [{
      name: 'CompanyNameInput', fieldType: 'InputField', dataType: 'String',
      validationRule: { formula: 'LEN({!CompanyNameInput}) > 1', errorMessage: '<p>Company Name is <b>required</b> &amp; must have 2 letters</p>' },
      ...field,
    }],
  });
  const keep: FlowElement = { kind: 'assignment', name: 'Keep', items: [{ ref: 'company', operator: 'Assign', value: { ref: 'CompanyNameInput' } }] };
  const flowWith = (screen: FlowElement) => flowOf(chain(screen, keep), { processType: 'Flow', variables: [variable('company', 'String', { io: 'out' })] });

  it('validation rules: an answer that makes the rule false fails the screen, naming the screen, the field, the value and the error message as plain text; one that makes it true lets the screen go on', () => {
    // given / when
    const result = run(flowWith(companyScreen()), { screenValues: { CompanyNameInput: 'A' } }).run;
    const good = run(flowWith(companyScreen()), { screenValues: { CompanyNameInput: 'Acme' } }).run;
    // then
    expect(good).toMatchObject({ status: 'completed', outputs: { company: 'Acme' } });
    expect(result.status).toBe('faulted');
    expect(result.fault).toEqual({ element: 'Company_Details', message: 'screen Company_Details, field CompanyNameInput: "A" is refused by its validation rule: Company Name is required & must have 2 letters' });
    expect(result.path.map((step) => step.element)).not.toContain('Keep');
  });

  it('validation rules: a rule may compare the field with another field of the same screen', () => {
    // given: End must be after Start, both answered on the screen
    const dates: FlowElement = { kind: 'screen', name: 'Dates', fields: [
      { name: 'Start', fieldType: 'InputField', dataType: 'Date' },
      { name: 'End', fieldType: 'InputField', dataType: 'Date', validationRule: { formula: '{!End} > {!Start}', errorMessage: 'End Date must be after Start Date.' } },
    ] };
    const flow = flowOf([dates], { processType: 'Flow' });
    // when
    const good = run(flow, { screenValues: { Start: '2025-01-06', End: '2025-01-10' } }).run;
    const bad = run(flow, { screenValues: { Start: '2025-01-06', End: '2025-01-02' } }).run;
    // then
    expect(good.status).toBe('completed');
    expect(bad.fault?.message).toBe('screen Dates, field End: "2025-01-02" is refused by its validation rule: End Date must be after Start Date.');
  });

  it('validation rules: a blank answer to an optional field is not checked by the rule, nor a field left to its default; a blank answer to a required field is refused as required', () => {
    // given / when
    const optional = run(flowWith(companyScreen()), { screenValues: { CompanyNameInput: '' } }).run;
    const unanswered = run(flowWith(companyScreen({ defaultValue: { string: 'A' } }))).run;
    const required = run(flowWith(companyScreen({ isRequired: true })), { screenValues: { CompanyNameInput: '' } }).run;
    // then
    expect(optional).toMatchObject({ status: 'completed' });
    expect(unanswered).toMatchObject({ status: 'completed', outputs: { company: 'A' } });
    expect(required.fault).toEqual({ element: 'Company_Details', message: 'screen Company_Details, field CompanyNameInput: "" is refused: the field is required' });
  });

  it('validation rules: a REGEX rule (the usual email check) takes a matching answer and refuses another with its message', () => {
    const screen = companyScreen({ validationRule: { formula: 'REGEX({!CompanyNameInput}, "[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\\\.[a-zA-Z]{2,}")', errorMessage: 'Enter an email address' } });
    expect(run(flowWith(screen), { screenValues: { CompanyNameInput: 'ada@example.com' } }).run.status).toBe('completed');
    expect(run(flowWith(screen), { screenValues: { CompanyNameInput: 'ada@example' } }).run.fault?.message).toBe('screen Company_Details, field CompanyNameInput: "ada@example" is refused by its validation rule: Enter an email address');
  });

  it('validation rules: a rule using a function the evaluator does not know stops the run as unsupported, naming the function and the field', () => {
    // given
    const screen = companyScreen({ validationRule: { formula: 'ISBLANK(VLOOKUP({!CompanyNameInput}, "x", "y"))', errorMessage: 'Unknown company' } });
    // when
    const result = run(flowWith(screen), { screenValues: { CompanyNameInput: 'acme' } }).run;
    // then
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toMatchObject({ element: 'Company_Details', function: 'VLOOKUP' });
    expect(result.unsupported?.message).toContain('screen Company_Details, field CompanyNameInput: its validation rule');
  });
});
