import { describe, expect, it } from 'vitest';
import { booleanValue, dateTimeValue, dateValue, numberValue, textValue } from '../values';
import { mergeTemplate, renderTemplate } from './index';
import { contextOf } from './testing/formulaHarness';

const ctx = contextOf({
  name: textValue('Acme'),
  amount: { type: 'Currency', value: 1200.5 },
  due: dateValue('2025-01-13'),
  at: dateTimeValue('2025-01-06T09:00:00Z'),
  vip: booleanValue(true),
  none: numberValue(null),
  '$Record.Owner.Email': textValue('owner@example.com'),
  tags: { type: 'Text', value: ['a', 'b', null], collection: true },
  rec: { type: 'Record', value: { Id: '500SIM000000000001', Status: 'New' } },
});

describe('text templates', () => {
  it('mergeTemplate: replaces {!…} merge fields in plain text', () => {
    // when
    const text = mergeTemplate('Dear {!name}, {!amount} is due on {!due} ({!$Record.Owner.Email}).', ctx);
    // then
    expect(text).toBe('Dear Acme, 1200.5 is due on 2025-01-13 (owner@example.com).');
  });

  it('mergeTemplate: a null reads as empty text', () => {
    expect(mergeTemplate('[{!none}]', ctx)).toBe('[]');
  });

  it('mergeTemplate: Booleans, date-times, collections and records', () => {
    expect(mergeTemplate('{!vip} {!at} {!tags} {!rec}', ctx)).toBe('true 2025-01-06 09:00:00Z a, b,  500SIM000000000001');
  });

  it('mergeTemplate: the flow globals $Flow.CurrentDate and $Flow.CurrentDateTime', () => {
    expect(mergeTemplate('{!$Flow.CurrentDate} / {!$Flow.CurrentDateTime}', contextOf({}, 60_000))).toBe('2025-01-06 / 2025-01-06 09:01:00Z');
  });

  it('mergeTemplate: text that is not a merge field stays as written', () => {
    expect(mergeTemplate('{name} {!} {! not a field} {!name', ctx)).toBe('{name} {!} {! not a field} {!name');
  });

  it('renderTemplate: reports each unknown reference with its position (it renders empty)', () => {
    // when
    const rendered = renderTemplate('Hi {!name}{!nmae}!', ctx);
    // then
    expect(rendered.text).toBe('Hi Acme!');
    expect(rendered.errors).toEqual([{ message: 'position 11: unknown reference {!nmae}', position: 11, reference: 'nmae' }]);
  });
});
