/**
 * The org's currency table as CURRENCYRATE reads it: the simulated org's CurrencyType records (the
 * object a multi-currency Salesforce org keeps its currencies in), each an `IsoCode` and its
 * `ConversionRate` to the corporate currency. A record without an IsoCode is no currency; one marked
 * `IsActive: false` is left out, as an inactive currency is not offered in Salesforce (*chosen*).
 */
import type { CurrencyRate } from '../formula/context';
import { readField, type SimulatedOrg } from '../org/simulatedOrg';

export function currencyTable(org: SimulatedOrg): CurrencyRate[] {
  const object = org.objects().find((name) => name.toLowerCase() === 'currencytype');
  if (object === undefined) return [];
  return org.recordsOf(object).flatMap((record) => {
    const isoCode = readField(record, 'IsoCode');
    if (typeof isoCode !== 'string' || isoCode === '' || readField(record, 'IsActive') === false) return [];
    const rate = readField(record, 'ConversionRate');
    return [{ isoCode, rate: typeof rate === 'number' ? rate : typeof rate === 'string' && rate.trim() !== '' && Number.isFinite(Number(rate)) ? Number(rate) : null }];
  });
}
