import { expect, it } from 'vitest';
import { decisionWords } from './decisionWords';

const row = (operator: string, value: unknown, expected: unknown) => ({ left: 'X', operator, ...(value !== undefined ? { value } : {}), ...(expected !== undefined ? { expected } : {}) }) as never;
const words = (...rows: never[]) => decisionWords({ element: 'D', outcome: 'default', notMet: [{ outcome: 'Yes', rows }] });

it('says each outcome tested before the one taken and its rows that do not hold, in words, with the values read', () => {
  expect(words(row('EqualTo', 'New', 'Closed'))).toBe('decision "D" took the default outcome: outcome "Yes" is not met (X "New" is not "Closed")');
  expect(words(row('GreaterThanOrEqualTo', 3, 5), row('Contains', 'abc', 'z'))).toBe('decision "D" took the default outcome: outcome "Yes" is not met (X 3 is less than 5, X "abc" does not contain "z")');
  expect(words(row('IsNull', 'a', false))).toBe('decision "D" took the default outcome: outcome "Yes" is not met (X is null)');
  expect(words(row('WasSet', undefined, true))).toBe('decision "D" took the default outcome: outcome "Yes" is not met (X was not set)');
  expect(words(row('EqualTo', undefined, 1))).toBe('decision "D" took the default outcome: outcome "Yes" is not met (X (could not be read) is not 1)');
  expect(decisionWords({ element: 'D', outcome: 'No' })).toBe('decision "D" took outcome "No"');
  expect(decisionWords({ element: 'D', outcome: 'default', notMet: [{ outcome: 'Changed', rows: [], heldBefore: true }] }))
    .toBe('decision "D" took the default outcome: outcome "Changed" is not met (it held before the record was updated, and it asks for a change)');
});
