import { describe, expect, it } from 'vitest';
import { exportText, importText } from './values';
import { DeclaredNames } from './xmlNames';
import { element, leaf } from './xmlNode';

const value = (kind: string, text: string) => element('value', [leaf(kind, text)]);
const names = new Set(['amount']);

describe('input values: references and typed literals (R50)', () => {
  it.each([
    ['booleanValue', 'true', 'true'],
    ['booleanValue', 'false', 'false'],
    ['numberValue', '2.0', '2'],
    ['numberValue', '2.5', '2.5'],
    ['stringValue', 'High', 'High'],
    ['elementReference', 'amount', 'amount'],
    ['elementReference', '$Record.Owner.Email', '$Record.Owner.Email'],
    // polymorphic relationship steps, as real orchestrations name an assignee (Owner:User, Owner:Queue)
    ['elementReference', '$Record.Owner:User.Username', '$Record.Owner:User.Username'],
    ['elementReference', 'amount.Owner:Queue.DeveloperName', 'amount.Owner:Queue.DeveloperName'],
  ])('<%s>%s</…> reads as %j and writes back the same element', (kind, text, model) => {
    // given / when
    const read = importText(value(kind, text), names);
    // then
    expect(read).toBe(model);
    expect(exportText('value', read!, names)).toEqual(value(kind, text));
  });

  it.each([
    ['numberValue', '2'], // not Salesforce's form (2.0): kept verbatim, so the file is written back unchanged
    ['stringValue', 'true'], // text that would be written back as a boolean
    ['stringValue', '42'],
    ['stringValue', 'amount'], // text that would be written back as a reference
    ['booleanValue', 'yes'],
  ])('keeps <%s>%s</…> verbatim instead of misreading it', (kind, text) => {
    expect(importText(value(kind, text), names)).toBeUndefined();
  });

  it('writes text that only looks numeric (leading zeros, trailing zeros) as text', () => {
    expect(exportText('value', '007', names)).toEqual(value('stringValue', '007'));
    expect(exportText('value', '3.10', names)).toEqual(value('stringValue', '3.10'));
  });

  it('a text equal to a stage\'s or step\'s name is a literal: an element\'s name alone names no value; as the head of a dotted name it is a reference', () => {
    // given: a stage Escalated and a variable amount
    const declared = new DeclaredNames().add('Escalated', true).add('amount');
    // when / then: the literal "Escalated" (a status value) reads and writes back as text
    expect(importText(value('stringValue', 'Escalated'), declared)).toBe('Escalated');
    expect(exportText('value', 'Escalated', declared)).toEqual(value('stringValue', 'Escalated'));
    // the stage's status is a reference; the stage's bare name as a reference is kept verbatim (it reads no value)
    expect(importText(value('elementReference', 'Escalated.Status'), declared)).toBe('Escalated.Status');
    expect(exportText('value', 'Escalated.Status', declared)).toEqual(value('elementReference', 'Escalated.Status'));
    expect(importText(value('elementReference', 'Escalated'), declared)).toBeUndefined();
    // a variable's bare name is still a reference
    expect(importText(value('stringValue', 'amount'), declared)).toBeUndefined();
  });
});

