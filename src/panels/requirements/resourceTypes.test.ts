import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { operatorsFor } from './operators';
import { resourceOptions, typeOfResource } from './resourceTypes';
import { defaultRight, rightFits } from './rightValues';

describe('requirement resources, operators and values', () => {
  it('offers variables, record fields with their types, statuses and step outputs', () => {
    // given
    const options = resourceOptions(propertiesFixture());
    // then
    expect(typeOfResource(options, 'amount')).toBe('Number');
    expect(typeOfResource(options, 'hire.Confirmed')).toBe('Boolean');
    expect(typeOfResource(options, 'hire.Department')).toBe('Text');
    expect(typeOfResource(options, 'Buddy.Status')).toBe('Status');
    expect(typeOfResource(options, 'Settle_In.Status')).toBe('Status');
    expect(typeOfResource(options, 'Provision_Laptop.Outputs.assetTag')).toBe('Text');
    expect(options.find((o) => o.ref === 'hire')).toBeUndefined();
  });

  it('R60: offers ordering only for numbers and dates, text tests only for text and statuses', () => {
    expect(operatorsFor('Number')).toContain('GreaterThan');
    expect(operatorsFor('Date')).toContain('LessThanOrEqualTo');
    expect(operatorsFor('Text')).not.toContain('GreaterThan');
    expect(operatorsFor('Text')).toContain('StartsWith');
    expect(operatorsFor('Boolean')).not.toContain('Contains');
    expect(operatorsFor('Status')).toContain('EqualTo');
  });

  it('R62/R63: starts a row with a value of the right shape', () => {
    expect(defaultRight('Status', 'EqualTo')).toEqual({ string: 'Completed' });
    expect(defaultRight('Number', 'IsNull')).toEqual({ boolean: true });
    expect(rightFits({ number: 1 }, 'Text', 'EqualTo')).toBe(false);
    expect(rightFits({ ref: 'amount' }, 'Number', 'GreaterThan')).toBe(true);
  });
});
