/**
 * The function registry: every built-in by upper-case name, and the Salesforce functions Stageflow
 * knows of but does not run (so a formula using one gets "not supported", never "unknown").
 */
import { DATE_FUNCTIONS } from './dateFunctions';
import type { FormulaFunction } from './formulaFunction';
import { LOGICAL_FUNCTIONS } from './logical';
import { MATH_FUNCTIONS } from './math';
import { TEXT_FUNCTIONS } from './text';

const FUNCTIONS: ReadonlyMap<string, FormulaFunction> = new Map(
  Object.entries({ ...LOGICAL_FUNCTIONS, ...TEXT_FUNCTIONS, ...MATH_FUNCTIONS, ...DATE_FUNCTIONS }),
);

/** Salesforce formula functions that exist but that Stageflow does not evaluate. */
const UNSUPPORTED: ReadonlySet<string> = new Set([
  'CASESAFEID', 'CURRENCYRATE', 'DISTANCE', 'GEOLOCATION', 'GETRECORDIDS', 'GETSESSIONID', 'HTMLENCODE',
  'HYPERLINK', 'IMAGE', 'IMAGEPROXYURL', 'ISCHANGED', 'ISCLONE', 'ISNEW', 'JSENCODE', 'JSINHTMLENCODE',
  'JUNCTIONIDLIST', 'LINKTO', 'PARENTGROUPVAL', 'PREDICT', 'PREVGROUPVAL', 'PRIORVALUE', 'REGEX',
  'URLENCODE', 'URLFOR', 'VLOOKUP', 'ISOWEEK', 'ISOYEAR', 'DAYOFYEAR', 'FORMATDURATION', 'UNIXTIMESTAMP',
  'FROMUNIXTIME', 'TIMEVALUE', 'TIMENOW', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'WEEKDAY', 'EXP', 'LN',
  'LOG', 'SQRT', 'TRUNC', 'MCEILING', 'MFLOOR', 'ISNUMBER', 'LPAD', 'RPAD', 'BR', 'INITCAP', 'REVERSE',
  'CHR', 'ASCII',
]);

/** The built-in function named `upperName`, or undefined. */
export function functionNamed(upperName: string): FormulaFunction | undefined {
  return FUNCTIONS.get(upperName);
}

/** True when `upperName` is a Salesforce function Stageflow does not evaluate. */
export function isUnsupportedFunction(upperName: string): boolean {
  return UNSUPPORTED.has(upperName) && !FUNCTIONS.has(upperName);
}

/** Names of every built-in function, sorted (for documentation and tests). */
export function functionNames(): string[] {
  return [...FUNCTIONS.keys()].sort();
}
