import { describe, expect, it } from 'vitest';
import type { FlowStart } from '../definition';
import { SimulatedOrg } from '../org/simulatedOrg';
import { checkEntryConditions } from './entryConditions';
import { Frame } from './frame';
import { budgetOf, resolveOptions } from './run';
import { flowOf } from './testing/build';

const onCase = (start: Partial<FlowStart>) => flowOf([], { start: { object: 'Case', triggerType: 'RecordAfterSave', recordTriggerType: 'Update', ...start } });
const record = (fields: Record<string, string | number | null>) => ({ object: 'Case', fields: { Id: '500000000000001AAA', ...fields } });

describe('entry conditions of a record-triggered flow', () => {
  it('entry conditions: filters with their logic are tested on $Record, naming what was tested', () => {
    // given: Status = Closed OR Priority = High
    const flow = onCase({ filterLogic: 'or', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'Closed' } }, { field: 'Priority', operator: 'EqualTo', value: { string: 'High' } }] });
    // when / then
    expect(checkEntryConditions(flow, { record: record({ Status: 'New', Priority: 'High' }) })?.holds).toBe(true);
    expect(checkEntryConditions(flow, { record: record({ Status: 'New', Priority: 'Low' }) })).toEqual({ holds: false, why: 'the record does not meet the conditions (or) Status EqualTo "Closed", Priority EqualTo "High"' });
  });

  it('entry conditions: a row saved without a value is named as compared with a blank, not left hanging before the next row (survey 9)', () => {
    // given a real before-save Task trigger's filter shape: SessionId__c NotEqualTo (no <value>) AND Seconds__c IsNull true
    const flow = onCase({ filters: [{ field: 'SessionId__c', operator: 'NotEqualTo' }, { field: 'Seconds__c', operator: 'IsNull', value: { boolean: true } }] });
    // when / then: the row reads as compared with a blank, in the sentence and when it is tested
    expect(checkEntryConditions(flow, { record: record({ SessionId__c: null, Seconds__c: null }) })).toEqual({ holds: false, why: 'the record does not meet the conditions (and) SessionId__c NotEqualTo (blank), Seconds__c IsNull true' });
    expect(checkEntryConditions(flow, { record: record({ SessionId__c: 'S-1', Seconds__c: null }) })?.holds).toBe(true);
  });

  it('entry conditions: an after-save trigger\'s $Record given without CreatedDate was saved as the run started (chosen), as its scheduled paths read it; a before-save one has none yet', () => {
    // given: the filter of davehahn/happysoup's ERP_Order_Survey_Send_Process, CreatedDate >= 2018-07-07 (the run starts 2025-01-06T09:00Z)
    const since2018 = { filters: [{ field: 'CreatedDate', operator: 'GreaterThanOrEqualTo', value: { dateTime: '2018-07-07T04:00:00.000Z' } }] };
    const afterSave = onCase(since2018);
    const beforeSave = onCase({ ...since2018, triggerType: 'RecordBeforeSave', recordTriggerType: 'Create' });
    const created = flowOf([], { start: { object: 'Case', triggerType: 'RecordAfterSave', recordTriggerType: 'Create' }, formulas: [{ name: 'Created', dataType: 'DateTime', expression: '{!$Record.CreatedDate}' }] });
    // when / then
    expect(checkEntryConditions(afterSave, { record: record({}) })).toEqual({ holds: true, why: 'the record meets the condition CreatedDate GreaterThanOrEqualTo 2018-07-07T04:00:00.000Z' });
    expect(checkEntryConditions(afterSave, { record: record({ CreatedDate: '2017-01-01T00:00:00Z' }) })?.holds).toBe(false);
    expect(checkEntryConditions(beforeSave, { record: record({}) })?.holds).toBe(false);
    expect(new Frame(created, resolveOptions({ record: record({}) }), budgetOf({}), 0, new SimulatedOrg()).resolve('Created').value).toBe('2025-01-06T09:00:00Z');
  });

  it('entry conditions: on an update, $Record__Prior given without CreatedDate has $Record\'s (a save never changes it), so "CreatedDate IsChanged" does not hold; LastModifiedDate, set by every save, does change', () => {
    // given: tdx's Sample_Copy_Contact_Address_to_Account runs when an address field or CreatedDate IsChanged
    const changed = (field: string) => onCase({ filters: [{ field, operator: 'IsChanged', value: { boolean: true } }] });
    const update = { record: record({ Status: 'New' }), recordPrior: record({ Status: 'New' }) };
    // when / then
    expect(checkEntryConditions(changed('CreatedDate'), update)?.holds).toBe(false);
    expect(checkEntryConditions(changed('CreatedDate'), { record: record({ CreatedDate: '2024-01-01T00:00:00Z' }), recordPrior: record({}) })?.holds).toBe(false);
    expect(checkEntryConditions(changed('LastModifiedDate'), update)?.holds).toBe(true);
  });

  it('entry conditions: a formula is evaluated on $Record', () => {
    // given
    const flow = onCase({ filterFormula: '{!$Record.Amount__c} > 1000' });
    // when / then
    expect(checkEntryConditions(flow, { record: record({ Amount__c: 5000 }) })?.holds).toBe(true);
    expect(checkEntryConditions(flow, { record: record({ Amount__c: 10 }) })?.holds).toBe(false);
  });

  it('entry conditions: a formula written over several lines is named on one line (the warning is one stderr line)', () => {
    // given: a formula as Flow Builder saves it, with line breaks and indentation
    const flow = onCase({ filterFormula: 'OR(\n  ISNEW(),\n  ISCHANGED({!$Record.OwnerId})\n)' });
    // when
    const check = checkEntryConditions(flow, { record: record({ OwnerId: '005000000000001AAA' }), recordPrior: record({ OwnerId: '005000000000001AAA' }) });
    // then
    expect(check).toEqual({ holds: false, why: 'the record does not meet the formula OR( ISNEW(), ISCHANGED({!$Record.OwnerId}) )' });
  });

  it('entry conditions: a formula\'s text literals are named as written (two spaces stay two, a line break is written \\n) and a long formula is cut at 200 characters with an ellipsis', () => {
    // given: a literal with two spaces and a line break (collapsing them named a different text), and a formula of over 200 characters
    const spaced = onCase({ filterFormula: 'ISPICKVAL({!$Record.Status},\n  "Closed  -\nWon")' });
    const long = onCase({ filterFormula: `OR(${Array.from({ length: 30 }, (_, i) => `{!$Record.Amount__c} = ${1000 + i}`).join(',\n   ')})` });
    // when
    const spacedWhy = checkEntryConditions(spaced, { record: record({ Status: 'New' }) })?.why;
    const longWhy = checkEntryConditions(long, { record: record({ Amount__c: 5 }) })?.why ?? '';
    // then
    expect(spacedWhy).toBe('the record does not meet the formula ISPICKVAL({!$Record.Status}, "Closed  -\\nWon")');
    const quoted = longWhy.replace('the record does not meet the formula ', '');
    expect(quoted).toHaveLength(200);
    expect(quoted).toMatch(/^OR\(\{!\$Record\.Amount__c\} = 1000, \{!\$Record\.Amount__c\} = 1001, .*…$/);
  });

  it('entry conditions: "only when a record is updated to meet them" does not hold when $Record__Prior met them already', () => {
    // given
    const flow = onCase({ requireChangeToMeet: true, filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'Closed' } }] });
    const closed = record({ Status: 'Closed' });
    // when / then
    expect(checkEntryConditions(flow, { record: closed, recordPrior: record({ Status: 'New' }) })?.holds).toBe(true);
    expect(checkEntryConditions(flow, { record: closed, recordPrior: closed })).toMatchObject({ holds: false, why: expect.stringContaining('met the condition Status EqualTo "Closed" before this update too') });
  });

  it('entry conditions: a schedule-triggered flow\'s filter is tested on the record given as $Record (the records it runs for)', () => {
    // given: a scheduled flow on Opportunity for StageName = Unit Booked (runwal's News_Letter_Email_Alert)
    const scheduled = flowOf([], { start: { object: 'Opportunity', triggerType: 'Scheduled', filters: [{ field: 'StageName', operator: 'EqualTo', value: { string: 'Unit Booked' } }] } });
    const opportunity = (stage: string) => ({ object: 'Opportunity', fields: { Id: '006000000000001AAA', StageName: stage } });
    // when / then
    expect(checkEntryConditions(scheduled, { record: opportunity('Unit Booked') })).toEqual({ holds: true, why: 'the record meets the condition StageName EqualTo "Unit Booked"' });
    expect(checkEntryConditions(scheduled, { record: opportunity('Prospecting') })?.holds).toBe(false);
  });

  it('entry conditions: none, no record, or a flow not triggered by a record: nothing to say; conditions that cannot be tested say why', () => {
    const filters = [{ field: 'Status', operator: 'EqualTo', value: { string: 'Closed' } }];
    expect(checkEntryConditions(onCase({}), { record: record({}) })).toBeUndefined();
    expect(checkEntryConditions(onCase({ filters }), {})).toBeUndefined();
    expect(checkEntryConditions(flowOf([], { start: { filters } }), { record: record({}) })).toBeUndefined();
    expect(checkEntryConditions(onCase({ filterFormula: 'GETSESSIONID() = "x"' }), { record: record({}) })).toMatchObject({ holds: null, why: expect.stringContaining('could not be tested') });
  });
});
