/**
 * CURRENCYRATE(IsoCode): the conversion rate to the corporate currency of a currency of the org's
 * currency table (Salesforce Help's formula operators and functions: "Returns the conversion rate to
 * the corporate currency for the given currency type"; multi-currency orgs). The simulated org holds
 * its currency table as records of CurrencyType — `IsoCode`, `ConversionRate` — as Salesforce's own
 * object of that name does, given like any records (`--records`, the scenario's records). Without
 * one, or without the code asked for, the run stops as unsupported, saying what to give, rather than
 * guessing a rate (*chosen*, docs/formulas.md); likewise a currency whose record has no number for its
 * ConversionRate. A null code gives a null Number.
 */
import { nullOf, numberValue } from '../../values';
import type { FunctionTable } from './formulaFunction';

export const CURRENCY_FUNCTIONS: FunctionTable = {
  CURRENCYRATE: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const code = args.text(0);
      if (code === null) return nullOf('Number');
      const table = args.ctx.currencies?.() ?? [];
      if (table.length === 0) {
        // the error is prefixed with the function's name: "CURRENCYRATE: the rate of "EUR" is read from …"
        return args.error(`the rate of "${code}" is read from the org's currency table, and the simulated org has none (give CurrencyType records with IsoCode and ConversionRate in the records)`);
      }
      const found = table.find((currency) => currency.isoCode.toUpperCase() === code.trim().toUpperCase());
      if (found === undefined) {
        return args.error(`the org's currency table has no currency "${code}" (it has ${table.map((c) => c.isoCode).join(', ')}): give a CurrencyType record with IsoCode "${code}" in the records`);
      }
      // a CurrencyType record given without a number for its rate: a null rate made every amount it
      // converted null without a word (1000 / null), where the admin had only left out the field
      if (found.rate === null) {
        return args.error(`the org's currency "${found.isoCode}" has no ConversionRate: give its CurrencyType record a ConversionRate (a number, the rate to the corporate currency)`);
      }
      return numberValue(found.rate);
    },
  },
};
