/**
 * One vocabulary for everything a person reads (issue 17): counts with correct plurals, operators,
 * who a step runs as, and start conditions. The canvas, the panels, the outline, the run view and
 * the Why panel all take their words from here, so the same thing is never called two names.
 * API names stay where an admin types them (API Name fields, exports, the CLI, `data-*`).
 */
import { parseLogic } from './logic';
import { AUTOMATED_PROCESS_USER } from './names';
import type { Operator, RunAs, Step } from './types';

const rules = new Intl.PluralRules('en-US');

/**
 * "1 stage", "2 stages", "0 stages" (English plural rules through Intl.PluralRules). `plural` is
 * the noun's plural when it is not noun + "s" ("1 match", "2 matches").
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${rules.select(count) === 'one' ? noun : plural}`;
}

/** "is" or "are", agreeing with `count` ("1 requirement is met", "3 requirements are met"). */
export function isAre(count: number): 'is' | 'are' {
  return rules.select(count) === 'one' ? 'is' : 'are';
}

/** An operator in the words of Salesforce's Flow Builder (the requirement editor and the explanations alike). */
export const OPERATOR_LABELS: Record<Operator, string> & { IsChanged: string } = {
  EqualTo: 'Equals',
  NotEqualTo: 'Does Not Equal',
  GreaterThan: 'Greater Than',
  GreaterThanOrEqualTo: 'Greater Than or Equal',
  LessThan: 'Less Than',
  LessThanOrEqualTo: 'Less Than or Equal',
  Contains: 'Contains',
  StartsWith: 'Starts With',
  EndsWith: 'Ends With',
  IsNull: 'Is Null',
  IsBlank: 'Is Blank',
  WasSet: 'Was Set',
  IsChanged: 'Is Changed',
};

/**
 * The engine's explanations name operators by API name ("needs EqualTo true") because traces are
 * data; shown to a person, they read as the editor writes them ("needs Equals true").
 */
export function operatorsInWords(text: string): string {
  return text.replace(/\bneeds ([A-Z][A-Za-z]+)\b/g, (whole, op: string) => {
    const label = (OPERATOR_LABELS as Record<string, string | undefined>)[op];
    return label ? `needs ${label}` : whole;
  });
}

/** The name of the default run-as user, the same on the canvas, in the panel and during a run. */
export const DEFAULT_RUN_AS = 'Automated Process User';

/** Who a user id is, for reading: `$AutomatedProcessUser` is the Automated Process User. */
export function userInWords(user: string): string {
  return user === AUTOMATED_PROCESS_USER ? DEFAULT_RUN_AS : user;
}

/** "Runs as Automated Process User" / "Runs as hr_admin" (a background step's badge). */
export function runsAs(runAs: RunAs | undefined): string {
  return `Runs as ${runAs?.mode === 'user' ? userInWords(runAs.user) : DEFAULT_RUN_AS}`;
}

/**
 * How a list of `n` requirements combines, in words: "1 requirement is met", "all 2 requirements
 * are met", "any of 3 requirements is met", "requirements 1 AND (2 OR 3) are met".
 */
export function requirementsInWords(n: number, logic: string | undefined): string {
  const kind = (logic ?? 'and').trim().toLowerCase();
  // a new condition has no rows yet: "all 0 requirements are met" read as a count, and as true
  if (n === 0) return 'its requirements are met (none yet)';
  if (n === 1) return '1 requirement is met';
  if (kind === 'and' || kind === '') return `all ${countOf(n, 'requirement')} are met`;
  if (kind === 'or') return `any of ${countOf(n, 'requirement')} is met`;
  // logic that does not parse (or names a row that is not there) would read as if it held: say it is broken
  if (!parseLogic(logic, n).ok) return `requirements are met (its logic "${logic!.trim()}" has an error)`;
  return `requirements ${logic!.trim()} are met`;
}

/**
 * A step's start condition in an admin's words, naming other steps by their labels
 * (`labelOf` turns an API name into the label shown on the canvas).
 */
export function startInWords(step: Step, labelOf: (name: string) => string = (n) => n): string {
  const start = step.start ?? { mode: 'stageStarts' as const };
  switch (start.mode) {
    case 'stageStarts':
      return 'Starts when the stage starts';
    case 'stepCompleted':
      return `Starts when ${labelOf(start.step)} is completed`;
    case 'requirements':
      return `Starts when ${requirementsInWords(start.requirements.length, start.logic)}`;
    case 'evaluationFlow':
      return `Starts when evaluation flow ${labelOf(start.flow)} says so`;
  }
}
