/** CURRENCYRATE in a run: the simulated org's CurrencyType records are its currency table. */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { flowOf, orgWith, run, variable } from './testing/build';

describe('currencyTable: CURRENCYRATE reads the org\'s CurrencyType records', () => {
  it('CURRENCYRATE: a formula converting an amount to the corporate currency by the org\'s rate; an inactive currency is not in the table; none stops as unsupported', () => {
    // given: an amount in euros converted to the corporate currency (US dollars) by a formula
    const convert: FlowElement = { kind: 'assignment', name: 'Convert', items: [{ ref: 'inCorporate', operator: 'Assign', value: { ref: 'Amount_In_Corporate' } }] };
    const flow = flowOf([convert], {
      variables: [variable('inCorporate', 'Number', { io: 'out', scale: 2 })],
      formulas: [{ name: 'Amount_In_Corporate', dataType: 'Number', scale: 2, expression: '1000 / CURRENCYRATE("EUR")' }],
    });
    const org = (eurActive: boolean) => orgWith({ CurrencyType: [
      { Id: '01L000000000001AAA', IsoCode: 'USD', ConversionRate: 1, IsCorporate: true, IsActive: true },
      { Id: '01L000000000002AAA', IsoCode: 'EUR', ConversionRate: 0.8, IsCorporate: false, IsActive: eurActive },
    ] });
    // when
    const active = run(flow, { org: org(true) }).run;
    const inactive = run(flow, { org: org(false) }).run;
    const noTable = run(flow).run;
    // then
    expect(active.outputs).toEqual({ inCorporate: 1250 });
    expect(inactive.status).toBe('unsupported');
    expect(inactive.unsupported?.message).toContain('the org\'s currency table has no currency "EUR" (it has USD)');
    expect(noTable.status).toBe('unsupported');
    expect(noTable.unsupported?.message).toContain('CURRENCYRATE: the rate of "EUR" is read from the org\'s currency table, and the simulated org has none (give CurrencyType records with IsoCode and ConversionRate in the records)');
  });
});
