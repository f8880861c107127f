import { describe, expect, it } from 'vitest';
import type { FormulaContext } from '../context';
import { nullOf, numberValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const withTable = (ctx: FormulaContext, table: { isoCode: string; rate: number | null }[]): FormulaContext => ({ ...ctx, currencies: () => table });
const ctx = withTable(contextOf({ code: textValue('eur'), none: nullOf('Text') }), [{ isoCode: 'USD', rate: 1 }, { isoCode: 'EUR', rate: 0.92 }]);

describe('currency functions', () => {
  it('CURRENCYRATE: the conversion rate of a currency of the org\'s table, its code in any case; a null code gives a null Number', () => {
    expect(run('CURRENCYRATE("EUR")', ctx)).toEqual(numberValue(0.92));
    expect(run('CURRENCYRATE({!code}) * 100', ctx)).toEqual(numberValue(92));
    expect(run('CURRENCYRATE({!none})', ctx)).toEqual(nullOf('Number'));
  });

  it('CURRENCYRATE: without a currency table, a code the table lacks, or a currency without a rate, says what to give', () => {
    expect(fails('CURRENCYRATE("EUR")').message).toContain('CURRENCYRATE: the rate of "EUR" is read from the org\'s currency table, and the simulated org has none (give CurrencyType records with IsoCode and ConversionRate in the records)');
    expect(fails('CURRENCYRATE("EUR")', withTable(ctx, [{ isoCode: 'EUR', rate: null }])).message).toContain('CURRENCYRATE: the org\'s currency "EUR" has no ConversionRate: give its CurrencyType record a ConversionRate (a number, the rate to the corporate currency)');
    expect(fails('CURRENCYRATE("GBP")', ctx).message).toContain('the org\'s currency table has no currency "GBP" (it has USD, EUR): give a CurrencyType record with IsoCode "GBP" in the records');
  });
});
