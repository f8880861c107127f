/**
 * The function registry: every built-in by upper-case name, and the Salesforce functions Stageflow
 * knows of but does not run (so a formula using one gets "not supported", never "unknown").
 */
import { CHARACTER_FUNCTIONS } from './characters';
import { DATE_FUNCTIONS } from './dateFunctions';
import type { FormulaFunction } from './formulaFunction';
import { HYPERLINK_FUNCTIONS } from './hyperlink';
import { LOGICAL_FUNCTIONS } from './logical';
import { MATH_FUNCTIONS } from './math';
import { RECORD_CHANGE_FUNCTIONS } from './recordChange';
import { REGEX_FUNCTIONS } from './regex';
import { TEXT_FUNCTIONS } from './text';
import { TIME_FUNCTIONS } from './timeFunctions';
import { URL_ENCODE_FUNCTIONS } from './urlEncode';

const FUNCTIONS: ReadonlyMap<string, FormulaFunction> = new Map(
  Object.entries({
    ...LOGICAL_FUNCTIONS, ...TEXT_FUNCTIONS, ...CHARACTER_FUNCTIONS, ...MATH_FUNCTIONS, ...DATE_FUNCTIONS, ...TIME_FUNCTIONS,
    ...RECORD_CHANGE_FUNCTIONS, ...REGEX_FUNCTIONS, ...HYPERLINK_FUNCTIONS, ...URL_ENCODE_FUNCTIONS,
  }),
);

/** Salesforce formula functions that exist but that Stageflow does not evaluate. */
const UNSUPPORTED: ReadonlySet<string> = new Set([
  'CURRENCYRATE', 'DISTANCE', 'FORMATDURATION', 'GEOLOCATION', 'GETRECORDIDS', 'GETSESSIONID', 'HTMLENCODE',
  'IMAGE', 'IMAGEPROXYURL', 'ISCLONE', 'JSENCODE', 'JSINHTMLENCODE', 'JUNCTIONIDLIST', 'LINKTO',
  'MCEILING', 'MFLOOR', 'PARENTGROUPVAL', 'PREDICT', 'PREVGROUPVAL', 'URLFOR', 'VLOOKUP',
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
