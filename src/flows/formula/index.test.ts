import { describe, expect, it } from 'vitest';
import { booleanValue, dateTimeValue, dateValue, numberValue, textValue } from '../values';
import { evaluateFormula, mergeTemplate, parseFormula, referencesOf } from './index';
import { contextOf, fails, run } from './testing/formulaHarness';

describe('formula API', () => {
  it('parses once and evaluates many times against different contexts', () => {
    // given
    const parsed = parseFormula('{!amount} * 2');
    if (!parsed.ok) throw new Error(parsed.error.message);
    // when
    const a = evaluateFormula(parsed.formula, contextOf({ amount: numberValue(2) }));
    const b = evaluateFormula(parsed.formula, contextOf({ amount: numberValue(5) }));
    // then
    expect(a).toEqual({ ok: true, value: numberValue(4) });
    expect(b).toEqual({ ok: true, value: numberValue(10) });
  });

  it('lists the references a formula reads, each once, in order', () => {
    // given
    const parsed = parseFormula('IF(ISBLANK({!$Record.Description}), {!fallback}, LEFT({!$Record.Description}, n))');
    if (!parsed.ok) throw new Error(parsed.error.message);
    // when / then
    expect(referencesOf(parsed.formula)).toEqual(['$Record.Description', 'fallback', 'n']);
  });

  it('reports an unknown reference by name', () => {
    // when
    const error = fails('{!amount} + {!amuont}', contextOf({ amount: numberValue(1) }));
    // then
    expect(error.message).toBe('position 13: unknown reference {!amuont}');
    expect(error.position).toBe(13);
    expect(error.reference).toBe('amuont');
  });

  it('fits the result to the declared data type', () => {
    // given
    const ctx = contextOf({ price: numberValue(10) });
    // when / then
    expect(run('{!price} * 3', ctx, 'Currency')).toEqual({ type: 'Currency', value: 30 });
    expect(run('NULL', ctx, 'Date')).toEqual(dateValue(null));
    expect(fails('{!price} * 3', ctx, 'Text').message).toBe('the formula gives Number, but its data type is Text');
  });

  it('a Date formula whose expression gives a Date/Time holds its day (UTC), as DATEVALUE takes it', () => {
    // given survey 6's Active similarweb Opportunity_Record_Triggered_Flow_Before_Save, whose formula
    // fr_NowMinus30 (data type Date) is NOW()-30, and a Process Builder date formula CreatedDate + 7
    const ctx = contextOf({ created: dateTimeValue('2025-01-06T23:30:00Z') });
    // when / then
    expect(run('{!created} - 30', ctx, 'Date')).toEqual(dateValue('2024-12-07'));
    expect(run('{!created} + 7', ctx, 'Date')).toEqual(dateValue('2025-01-13'));
    expect(run('{!created} + 1/24', ctx, 'Date')).toEqual(dateValue('2025-01-07'));
    // a Date is not a Date/Time the other way round, nor a Date/Time text
    expect(fails('DATEVALUE({!created})', ctx, 'DateTime').message).toBe('the formula gives Date, but its data type is Date/Time');
  });
});

describe('formulas from real flows', () => {
  it('a description summary: IF(ISBLANK(…), \'none\', LEFT(…, 50))', () => {
    // given
    const formula = "IF(ISBLANK({!$Record.Description}), 'none', LEFT({!$Record.Description}, 50))";
    const long = 'x'.repeat(80);
    // when / then
    expect(run(formula, contextOf({ '$Record.Description': textValue(null) }))).toEqual(textValue('none'));
    expect(run(formula, contextOf({ '$Record.Description': textValue(long) }))).toEqual(textValue('x'.repeat(50)));
  });

  it('a due date a week from today: {!$Flow.CurrentDate} + 7', () => {
    // when / then (the default run starts on Monday 2025-01-06)
    expect(run('{!$Flow.CurrentDate} + 7')).toEqual(dateValue('2025-01-13'));
    expect(run('{!$Flow.CurrentDate} + 7', contextOf({}, 3 * 86_400_000))).toEqual(dateValue('2025-01-16'));
  });

  it('a priority rank: CASE({!rec.Priority}, \'High\', 1, \'Medium\', 2, 3)', () => {
    // given
    const formula = "CASE({!rec.Priority}, 'High', 1, 'Medium', 2, 3)";
    // when / then
    expect(run(formula, contextOf({ 'rec.Priority': textValue('Medium') }))).toEqual(numberValue(2));
    expect(run(formula, contextOf({ 'rec.Priority': textValue('high') }))).toEqual(numberValue(3));
  });
});

describe('formulas as public flows on GitHub write them (record fields arrive untyped)', () => {
  const record = contextOf({
    '$Record.Due_Date__c': { type: 'Unknown', value: '2024-12-27' },
    '$Record.Outstanding_Amount__c': { type: 'Unknown', value: 1000 },
    '$Record.Name': { type: 'Unknown', value: 'O-0042' },
    '$Record.Total__c': { type: 'Unknown', value: 249.5 },
    '$Record.Origin': { type: 'Unknown', value: 'Web' },
    '$Record.Type': { type: 'Unknown', value: 'Problem' },
    '$Record.CreatedDate': { type: 'Unknown', value: '2025-01-06T08:30:00.000Z' },
    '$Record.CloseDate': { type: 'Unknown', value: '2025-01-31' },
    '$Record.Employee__r.Used_Casual_Leave__c': { type: 'Unknown', value: 3 },
    '$Record.Leave_Days__c': { type: 'Unknown', value: 2 },
    Create_Contact: booleanValue(false),
  });

  it('days overdue and interest: {!$Flow.CurrentDate} - {!$Record.Due_Date__c}', () => {
    expect(run('{!$Flow.CurrentDate} - {!$Record.Due_Date__c}', record, 'Number')).toEqual(numberValue(10));
    expect(run('{!$Record.Outstanding_Amount__c} * 0.18 * (({!$Flow.CurrentDate} - {!$Record.Due_Date__c}) / 365.0)', record, 'Currency'))
      .toEqual({ type: 'Currency', value: 4.93150684931507 });
  });

  it('a notification text: "Your order " & {!$Record.Name} & … & TEXT({!$Record.Total__c})', () => {
    expect(run('"Your order " & {!$Record.Name} & " is ready for pickup! Total: ₹" & TEXT({!$Record.Total__c})', record, 'Text'))
      .toEqual(textValue('Your order O-0042 is ready for pickup! Total: ₹249.5'));
  });

  it('a routing key: UPPER(TEXT({!$Record.Origin}) & "-" & TEXT({!$Record.Type}))', () => {
    expect(run('UPPER(TEXT({!$Record.Origin}) & "-" & TEXT({!$Record.Type}))', record, 'Text')).toEqual(textValue('WEB-PROBLEM'));
  });

  it('a description stamp: "Created on " & TEXT({!$Record.CreatedDate})', () => {
    expect(run('"Created on " & TEXT({!$Record.CreatedDate})', record)).toEqual(textValue('Created on 2025-01-06 08:30:00Z'));
  });

  it('due dates: TODAY() + 2 and {!$Record.CloseDate} + 7', () => {
    expect(run('TODAY() + 2', record, 'Date')).toEqual(dateValue('2025-01-08'));
    expect(run('{!$Record.CloseDate} + 7', record, 'Date')).toEqual(dateValue('2025-02-07'));
  });

  it('a label from a Boolean: IF({!Create_Contact}, "created", "updated")', () => {
    expect(run('IF({!Create_Contact}, "created", "updated")', record)).toEqual(textValue('updated'));
  });

  it('a balance across a relationship: {!$Record.Employee__r.Used_Casual_Leave__c} + {!$Record.Leave_Days__c}', () => {
    expect(run('{!$Record.Employee__r.Used_Casual_Leave__c} + {!$Record.Leave_Days__c}', record, 'Number')).toEqual(numberValue(5));
  });
});

describe('mergeTemplate', () => {
  it('replaces merge fields in plain text; null and unknown read as empty', () => {
    // given
    const ctx = contextOf({ name: textValue('Acme'), amount: numberValue(1200.5), missing: textValue(null) });
    // when
    const text = mergeTemplate('Order for {!name}: {!amount} ({!missing}{!nobody})', ctx);
    // then
    expect(text).toBe('Order for Acme: 1200.5 ()');
  });
});
