import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { addVariable } from './addVariable';
import { removeVariable } from './removeVariable';
import { updateVariable } from './updateVariable';

describe('variable.add / variable.update / variable.remove', () => {
  it('adds a variable with a free name and refuses a taken one', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = addVariable.apply(doc, { variable: { name: 'region', type: 'Text', value: 'EMEA' } });
    // then
    expect(next.variables!.map((v) => v.name)).toEqual(['hire', 'laptopTag', 'amount', 'region']);
    expect(addVariable.apply(doc, { variable: { name: 'Buddy', type: 'Text' } })).toBe(doc);
    expect(addVariable.apply(doc, { variable: { name: 'bad name', type: 'Text' } })).toBe(doc);
  });

  it('changes a variable type and value, keeping its name', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = updateVariable.apply(doc, { name: 'amount', variable: { name: 'ignored', type: 'Date', value: '2025-03-09' } });
    expect(next.variables![2]).toEqual({ name: 'amount', type: 'Date', value: '2025-03-09' });
    expect(doc.variables![2]!.type).toBe('Number');
  });

  it('removes a variable', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(removeVariable.apply(doc, { name: 'amount' }).variables!.map((v) => v.name)).toEqual(['hire', 'laptopTag']);
    expect(removeVariable.apply(doc, { name: 'missing' })).toBe(doc);
  });
});
