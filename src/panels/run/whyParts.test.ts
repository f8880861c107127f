import { expect, it } from 'vitest';
import { whyParts } from './whyParts';

it('splits a requirements explanation into its lead and one line per row', () => {
  const why = 'its start requirements (logic "1 OR 2") are not met: row 1: order.Paid is false, needs EqualTo true (not met); row 2: order.Amount is 50, needs GreaterThan 100 (not met)';
  expect(whyParts(why)).toEqual({
    lead: 'its start requirements (logic "1 OR 2") are not met',
    rows: ['row 1: order.Paid is false, needs EqualTo true (not met)', 'row 2: order.Amount is 50, needs GreaterThan 100 (not met)'],
  });
  expect(whyParts('waits for step "A" to be Completed (it is Error)')).toEqual({ lead: 'waits for step "A" to be Completed (it is Error)', rows: [] });
});
