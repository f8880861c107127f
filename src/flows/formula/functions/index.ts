/**
 * The function registry: every built-in by upper-case name, and the Salesforce functions Stageflow
 * knows of but does not run (so a formula using one gets "not supported", never "unknown").
 */
import { CHARACTER_FUNCTIONS } from './characters';
import { CURRENCY_FUNCTIONS } from './currency';
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
    ...RECORD_CHANGE_FUNCTIONS, ...REGEX_FUNCTIONS, ...HYPERLINK_FUNCTIONS, ...URL_ENCODE_FUNCTIONS, ...CURRENCY_FUNCTIONS,
  }),
);

/** Salesforce formula functions that exist but that Stageflow does not evaluate. */
const UNSUPPORTED: ReadonlySet<string> = new Set([
  'DISTANCE', 'FORMATDURATION', 'GEOLOCATION', 'GETRECORDIDS', 'GETSESSIONID', 'HTMLENCODE',
  'IMAGE', 'IMAGEPROXYURL', 'ISCLONE', 'JSENCODE', 'JSINHTMLENCODE', 'JUNCTIONIDLIST', 'LINKTO',
  'PARENTGROUPVAL', 'PREDICT', 'PREVGROUPVAL', 'URLFOR', 'VLOOKUP',
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

/** Whether `a` becomes `b` by changing, adding or removing one character (edit distance at most 1). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // past the first difference: one character replaced, one removed from a, or one added to it
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The Salesforce function a misspelt `upperName` most likely meant, one character away (`CHAR` →
 * `CHR`: Excel's name for it), first by name; undefined when none is that close. Salesforce's own
 * editor says only "Unknown function CHAR. Check spelling."
 */
export function similarFunctionName(upperName: string): string | undefined {
  return [...FUNCTIONS.keys(), ...UNSUPPORTED].sort().find((known) => known !== upperName && oneEditApart(upperName, known));
}
