/**
 * Screen component visibility ("Set Component Visibility"): what a hidden field holds and does, for
 * each kind of field, and how rules that read other fields of the screen settle. Real-world shaped
 * flows read from XML: io/flowXml/readScreenVisibility.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { FlowCondition, FlowElement, ScreenField } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

type Screen = Extract<FlowElement, { kind: 'screen' }>;

const when = (logic: string, ...conditions: FlowCondition[]): ScreenField['visibilityRule'] => ({ logic, conditions });
const screenOf = (...fields: ScreenField[]): Screen => ({ kind: 'screen', name: 'Ask', fields });
const copyAll = (pairs: Record<string, string>): FlowElement => ({
  kind: 'assignment', name: 'Copy', items: Object.entries(pairs).map(([target, source]) => ({ ref: target, operator: 'Assign', value: { ref: source } })),
});
const outs = (...names: string[]) => names.map((name) => variable(name, 'String', { io: 'out' }));

describe('screen component visibility: what a hidden field holds', () => {
  it('visibilityRule: a hidden field holds null, not its default value, its default choice or an unticked checkbox\'s false', () => {
    // given: three fields shown only for a business customer
    const business = when('and', { left: 'Kind', operator: 'EqualTo', right: { string: 'Business' } });
    const ask = screenOf(
      { name: 'Kind', fieldType: 'InputField', dataType: 'String' },
      { name: 'Company', fieldType: 'InputField', dataType: 'String', defaultValue: { string: 'Acme' }, visibilityRule: business },
      { name: 'Size', fieldType: 'RadioButtons', dataType: 'String', choices: ['Small'], defaultChoice: 'Small', visibilityRule: business },
      { name: 'Vat', fieldType: 'InputField', dataType: 'Boolean', visibilityRule: business },
    );
    const flow = flowOf(chain(ask, copyAll({ company: 'Company', size: 'Size', vat: 'Vat' })), {
      processType: 'Flow', variables: [...outs('company', 'size'), variable('vat', 'Boolean', { io: 'out' })],
      choices: [{ name: 'Small', choiceText: 'Small', dataType: 'String', value: { string: 'small' } }],
    });
    // when
    const person = run(flow, { screenValues: { Kind: 'Person' } }).run;
    const company = run(flow, { screenValues: { Kind: 'Business' } }).run;
    // then
    expect(person.outputs).toEqual({ company: null, size: null, vat: null });
    expect(person.path[0]).toEqual({ element: 'Ask', kind: 'screen', hidden: ['Company', 'Size', 'Vat'] });
    expect(company.outputs).toEqual({ company: 'Acme', size: 'small', vat: false });
  });

  it('visibilityRule: a hidden choice field selects nothing (WasSelected false), reads no record choice set, and an answer its picklist does not offer is not refused', () => {
    // given: a hidden dropdown on a picklist, and a hidden radio group over a record choice set
    const hide = when('and', { left: 'Show', operator: 'EqualTo', right: { boolean: true } });
    const ask = screenOf(
      { name: 'Show', fieldType: 'InputField', dataType: 'Boolean' },
      { name: 'Priority', fieldType: 'DropdownBox', dataType: 'String', choices: ['Priorities'], visibilityRule: hide },
      { name: 'Case_Picker', fieldType: 'RadioButtons', dataType: 'String', choices: ['Open_Cases', 'None_Choice'], defaultChoice: 'None_Choice', visibilityRule: hide },
    );
    const check: FlowElement = { kind: 'decision', name: 'Picked_None', rules: [{ name: 'Yes', logic: 'and', conditions: [{ left: 'None_Choice', operator: 'WasSelected', right: { boolean: true } }] }] };
    const flow = flowOf(chain(ask, check), {
      processType: 'Flow', variables: outs('subject'),
      choices: [{ name: 'None_Choice', choiceText: 'None', dataType: 'String', value: { string: 'none' } }],
      dynamicChoiceSets: [
        { name: 'Priorities', dataType: 'Picklist', filters: [], outputAssignments: [], picklistObject: 'Case', picklistField: 'Priority', picklistValues: ['High', 'Low'] },
        { name: 'Open_Cases', dataType: 'String', object: 'Case', valueField: 'Id', filters: [], outputAssignments: [{ name: 'Subject', ref: 'subject' }] },
      ],
    });
    const org = orgWith({ Case: [{ Id: '500000000000001AAA', Subject: 'Printer' }] });
    // when
    const hidden = run(flow, { org, screenValues: { Show: false, Priority: 'Urgent', Case_Picker: '500000000000001AAA' } }).run;
    const shown = run(flow, { org, screenValues: { Show: true, Priority: 'Urgent' } }).run;
    // then
    expect(hidden.status).toBe('completed');
    expect(hidden.path[1]?.outcome).toBe('default');
    expect(hidden.recordsRead).toEqual([]);
    expect(hidden.outputs.subject).toBeNull();
    expect(hidden.path[0]?.answersNotTaken).toEqual(['Priority', 'Case_Picker']);
    expect(shown.fault?.message).toBe('screen field Priority: "Urgent" is not one of its choices; its choices are "High", "Low"');
  });

  it('visibilityRule: a hidden component\'s outputs are null, in its output assignments and read by its name', () => {
    // given: a lookup component shown only when an account is wanted, its recordId copied by hand and read automatically
    const ask = screenOf(
      { name: 'Want_Account', fieldType: 'InputField', dataType: 'Boolean' },
      { name: 'lookup', fieldType: 'ComponentInstance', extensionName: 'flowruntime:lookup', outputParameters: [{ name: 'recordId', ref: 'picked' }],
        visibilityRule: when('and', { left: 'Want_Account', operator: 'EqualTo', right: { boolean: true } }) },
    );
    const flow = flowOf(chain(ask, copyAll({ automatic: 'lookup.recordId' })), { processType: 'Flow', variables: outs('picked', 'automatic') });
    // when
    const hidden = run(flow, { screenValues: { Want_Account: false, lookup: { recordId: '001A' } } }).run;
    const shown = run(flow, { screenValues: { Want_Account: true, lookup: { recordId: '001A' } } }).run;
    // then
    expect(hidden.outputs).toEqual({ picked: null, automatic: null });
    expect(shown.outputs).toEqual({ picked: '001A', automatic: '001A' });
  });

  it('visibilityRule: a hidden record field (Dynamic Forms) does not edit its record: the record keeps the field\'s value (chosen)', () => {
    // given
    const form = screenOf(
      { name: 'Escalate', fieldType: 'InputField', dataType: 'Boolean' },
      { name: 'curCase.Priority', fieldType: 'ObjectProvided', objectField: 'curCase.Priority', visibilityRule: when('and', { left: 'Escalate', operator: 'EqualTo', right: { boolean: true } }) },
    );
    const flow = flowOf([form], { processType: 'Flow', variables: [variable('curCase', 'SObject', { objectType: 'Case', io: 'inout' })] });
    const inputs = { curCase: { Id: '500000000000001AAA', Priority: 'Low' } };
    // when
    const hidden = run(flow, { inputs, screenValues: { Escalate: false, 'curCase.Priority': 'High' } }).run;
    const shown = run(flow, { inputs, screenValues: { Escalate: true, 'curCase.Priority': 'High' } }).run;
    // then
    expect(hidden.outputs.curCase).toEqual({ Id: '500000000000001AAA', Priority: 'Low' });
    expect(hidden.path[0]?.answersNotTaken).toEqual(['curCase.Priority']);
    expect(shown.outputs.curCase).toEqual({ Id: '500000000000001AAA', Priority: 'High' });
  });
});

describe('screen component visibility: rules that read the screen\'s fields', () => {
  it('visibilityRule: a rule reading a hidden field sees null: what it shows and hides follows (a chain), with custom logic and NOT', () => {
    // given: Vat shown for a business; Vat_Note shown while Vat is given; No_Vat_Note shown while Vat is blank and the customer is not a charity
    const ask = screenOf(
      { name: 'Kind', fieldType: 'InputField', dataType: 'String' },
      { name: 'Vat', fieldType: 'InputField', dataType: 'String', visibilityRule: when('and', { left: 'Kind', operator: 'EqualTo', right: { string: 'Business' } }) },
      { name: 'Vat_Note', fieldType: 'InputField', dataType: 'String', visibilityRule: when('and', { left: 'Vat', operator: 'IsBlank', right: { boolean: false } }) },
      { name: 'No_Vat_Note', fieldType: 'InputField', dataType: 'String', visibilityRule: when('1 AND NOT(2)',
        { left: 'Vat', operator: 'IsNull', right: { boolean: true } }, { left: 'Kind', operator: 'EqualTo', right: { string: 'Charity' } }) },
    );
    const flow = flowOf(chain(ask, copyAll({ vat: 'Vat', note: 'Vat_Note', noVat: 'No_Vat_Note' })), { processType: 'Flow', variables: outs('vat', 'note', 'noVat') });
    const answers = { Vat: 'BE0123', Vat_Note: 'checked', No_Vat_Note: 'why' };
    // when
    const person = run(flow, { screenValues: { Kind: 'Person', ...answers } }).run;
    const business = run(flow, { screenValues: { Kind: 'Business', ...answers } }).run;
    const charity = run(flow, { screenValues: { Kind: 'Charity', ...answers } }).run;
    // then: the person's Vat answer was not taken, so its note is hidden and the no-VAT note shown
    expect(person.outputs).toEqual({ vat: null, note: null, noVat: 'why' });
    expect(person.path[0]?.hidden).toEqual(['Vat', 'Vat_Note']);
    expect(business.outputs).toEqual({ vat: 'BE0123', note: 'checked', noVat: null });
    expect(charity.outputs).toEqual({ vat: null, note: null, noVat: null });
  });

  it('visibilityRule: a formula the rule reads is worked out with the screen\'s answers (chosen, as reactive formulas)', () => {
    // given: Proof_Note shown while no proof link is given (a formula over the screen's own fields)
    const ask = screenOf(
      { name: 'Call_Link', fieldType: 'InputField', dataType: 'String' },
      { name: 'Proof_Note', fieldType: 'InputField', dataType: 'String', isRequired: true, visibilityRule: when('and', { left: 'Has_Proof', operator: 'EqualTo', right: { boolean: false } }) },
    );
    const flow = flowOf([ask], { processType: 'Flow', formulas: [{ name: 'Has_Proof', dataType: 'Boolean', expression: 'NOT(ISBLANK({!Call_Link}))' }] });
    // when
    const withProof = run(flow, { screenValues: { Call_Link: 'https://calls.example/1', Proof_Note: '' } }).run;
    const without = run(flow, { screenValues: { Call_Link: '', Proof_Note: '' } }).run;
    // then
    expect(withProof.status).toBe('completed');
    expect(without.fault?.message).toBe('screen Ask, field Proof_Note: "" is refused: the field is required');
  });

  it('visibilityRule: a field of a record that is null reads null in a rule (a Get Records that found nothing), where a decision faults; a name the flow lacks still fails', () => {
    // given: a component shown unless the automation setting disables it, the setting read by Get Records
    // (the shape of preview_Approval_Screen in github.com/sushmithaAnuhya97/samsarasfdxtestorg)
    const lookup: FlowElement = { kind: 'recordLookup', name: 'Get_Automation_settings', connector: 'Preview', object: 'Automation_Settings__c', filterLogic: 'and',
      filters: [{ field: 'Name', operator: 'EqualTo', value: { string: 'C360_Display_Control' } }], getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [] };
    const table = (left: string): Screen => ({ kind: 'screen', name: 'Preview', fields: [{ name: 'quoteLineC360Table', fieldType: 'ComponentInstance', extensionName: 'c:quoteLineC360Table',
      visibilityRule: when('1', { left, operator: 'EqualTo', right: { boolean: false } }) }] });
    const setting = orgWith({ Automation_Settings__c: [{ Id: 'a00000000000001AAA', Name: 'C360_Display_Control', Disabled__c: false }] });
    // when
    const noSetting = run(flowOf([lookup, table('Get_Automation_settings.Disabled__c')], { processType: 'Flow' })).run;
    const enabled = run(flowOf([lookup, table('Get_Automation_settings.Disabled__c')], { processType: 'Flow' }), { org: setting }).run;
    const misspelt = run(flowOf([lookup, table('Get_Automation_setting.Disabled__c')], { processType: 'Flow' })).run;
    // then: no setting, Disabled__c is null, not false: the table is hidden
    expect(noSetting.status).toBe('completed');
    expect(noSetting.path[1]).toEqual({ element: 'Preview', kind: 'screen', hidden: ['quoteLineC360Table'] });
    expect(enabled.path[1]).toEqual({ element: 'Preview', kind: 'screen' });
    expect(misspelt.fault?.message).toMatch(/Get_Automation_setting\.Disabled__c\} names no resource or element of this flow/);
  });

  it('visibilityRule: a formula the rule reads sees a null record\'s field as null too (chosen), where the same formula read by a decision faults', () => {
    // given: a banner shown while the announcement Get Records found has a message, tested through a formula
    const lookup: FlowElement = { kind: 'recordLookup', name: 'Get_Announcement', connector: 'Welcome', object: 'Announcement__c', filterLogic: 'and',
      filters: [{ field: 'Active__c', operator: 'EqualTo', value: { boolean: true } }], getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [] };
    const welcome: Screen = { kind: 'screen', name: 'Welcome', fields: [{ name: 'Banner', fieldType: 'DisplayText',
      visibilityRule: when('and', { left: 'Has_Banner', operator: 'EqualTo', right: { boolean: true } }) }] };
    const check: FlowElement = { kind: 'decision', name: 'Check_Banner', rules: [{ name: 'Shown', logic: 'and', conditions: [{ left: 'Has_Banner', operator: 'EqualTo', right: { boolean: true } }] }] };
    const formulas = [{ name: 'Has_Banner', dataType: 'Boolean', expression: 'NOT(ISBLANK({!Get_Announcement.Message__c}))' }];
    const announcement = orgWith({ Announcement__c: [{ Id: 'a01000000000001AAA', Active__c: true, Message__c: 'Office closed Friday' }] });
    // when
    const none = run(flowOf([lookup, welcome], { processType: 'Flow', formulas })).run;
    const some = run(flowOf([lookup, welcome], { processType: 'Flow', formulas }), { org: announcement }).run;
    const decided = run(flowOf([lookup, { ...welcome, connector: 'Check_Banner' }, check], { processType: 'Flow', formulas })).run;
    // then: no announcement, the banner is hidden and the screen is shown
    expect(none.status).toBe('completed');
    expect(none.path[1]).toEqual({ element: 'Welcome', kind: 'screen', hidden: ['Banner'] });
    expect(some.path[1]).toEqual({ element: 'Welcome', kind: 'screen' });
    expect(decided.path[1]).toEqual({ element: 'Welcome', kind: 'screen', hidden: ['Banner'] });
    expect(decided.fault?.element).toBe('Check_Banner');
    expect(decided.fault?.message).toMatch(/Get_Announcement/);
  });

  it('visibilityRule: rules that hide and show each other in turn stop the run as unsupported, naming the fields', () => {
    // given: A shown while B is blank, B shown while A is given
    const ask = screenOf(
      { name: 'A', fieldType: 'InputField', dataType: 'String', visibilityRule: when('and', { left: 'B', operator: 'IsBlank', right: { boolean: true } }) },
      { name: 'B', fieldType: 'InputField', dataType: 'String', visibilityRule: when('and', { left: 'A', operator: 'IsBlank', right: { boolean: false } }) },
    );
    // when
    const result = run(flowOf([ask], { processType: 'Flow' }), { screenValues: { A: 'x', B: 'y' } }).run;
    // then
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toEqual({ element: 'Ask', kind: 'visibilityRule', message: 'screen Ask: the visibility rules of A, B hide and show each other in turn: which of them a user sees cannot be decided' });
  });

  it('visibilityRule: a condition logic that does not parse fails the screen, naming the field', () => {
    // given
    const ask = screenOf({ name: 'A', fieldType: 'InputField', dataType: 'String', visibilityRule: when('1 AND 3', { left: 'A', operator: 'IsNull', right: { boolean: true } }) });
    // when
    const result = run(flowOf([ask], { processType: 'Flow' })).run;
    // then
    expect(result.fault?.element).toBe('Ask');
    expect(result.fault?.message).toMatch(/^screen Ask, field A: its visibility rule: condition logic "1 AND 3": row 3 does not exist/);
  });
});
