/**
 * What an evaluation flow's decision compared, in words, for the engine's why (startCheck.ts) and the
 * run view's flow run section alike: `outcome "Approved" is not met (Amount 500 is not greater than
 * 1000)`. "Took the default outcome" alone did not say what was checked, and the admin had to open
 * the flow to learn which value kept the condition from being met. Present tense: it is what the
 * values read say, as of the run.
 */
import type { TraceFlowRun } from './types';

type Decision = NonNullable<TraceFlowRun['decision']>;
type Row = NonNullable<Decision['notMet']>[number]['rows'][number];

/** How a row that did not hold reads, by operator: "is not greater than", "does not contain"… */
const NOT: Readonly<Record<string, string>> = {
  EqualTo: 'is not', NotEqualTo: 'is', GreaterThan: 'is not greater than', LessThan: 'is not less than',
  GreaterThanOrEqualTo: 'is less than', LessThanOrEqualTo: 'is greater than', Contains: 'does not contain',
  StartsWith: 'does not start with', EndsWith: 'does not end with',
};

/** A value as the run read it: text quoted, null for no value, records and lists as JSON. */
function valueWords(value: unknown): string {
  if (value === undefined) return '(could not be read)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function rowWords(r: Row): string {
  const wanted = r.expected !== false && r.expected !== 'false';
  const value = valueWords(r.value);
  switch (r.operator) {
    case 'IsNull': return `${r.left} ${wanted ? 'is not null' : 'is null'}`;
    case 'IsBlank': return `${r.left} ${wanted ? `is not blank (${value})` : 'is blank'}`;
    case 'IsChanged': return `${r.left} ${wanted ? 'did not change' : 'changed'} (${value})`;
    case 'WasSet': return `${r.left} ${wanted ? 'was not set' : 'was set'}`;
    case 'WasSelected': return `${r.left} ${wanted ? 'was not selected' : 'was selected'}`;
    case 'WasVisited': return `${r.left} ${wanted ? 'was not visited' : 'was visited'}`;
    case 'HasError': return `${r.left} ${wanted ? 'has no error' : 'has an error'}`;
  }
  const not = Object.hasOwn(NOT, r.operator) ? NOT[r.operator] : `does not meet ${r.operator}`;
  return `${r.left} ${value} ${not} ${valueWords(r.expected)}`;
}

/**
 * `decision "Approval_Check" took the default outcome: outcome "Approved" is not met (Amount 500 is
 * not greater than 1000)` — each outcome tested before the one taken, with its rows that do not hold
 * (what the run did in the past tense, as the engine's why has always said it; what the values say in the present).
 */
export function decisionWords(decision: Decision): string {
  const notMet = (decision.notMet ?? []).map((n) => outcomeNotMetWords(n));
  return `${decisionTakenWords(decision)}${notMet.length > 0 ? `: ${notMet.join('; ')}` : ''}`;
}

/** `decision "Approval_Check" took the default outcome`: the lead of decisionWords. */
export function decisionTakenWords(decision: Decision): string {
  return `decision "${decision.element}" took ${decision.outcome === 'default' ? 'the default outcome' : `outcome "${decision.outcome}"`}`;
}

/**
 * `outcome "Approved" is not met (Amount 500 is not greater than 1000)`: one outcome of decisionWords,
 * its rows cut after `maxRows` with how many more (the run panel's short form, panels/run/decisionInShort.ts).
 */
export function outcomeNotMetWords(n: NonNullable<Decision['notMet']>[number], maxRows = Infinity): string {
  const rows = n.rows.slice(0, maxRows).map(rowWords);
  const more = n.rows.length - rows.length;
  if (more > 0) rows.push(`and ${more} more row${more === 1 ? '' : 's'}`);
  const why = n.heldBefore ? 'it held before the record was updated, and it asks for a change' : rows.join(', ');
  return `outcome "${n.outcome}" is not met${why ? ` (${why})` : ''}`;
}
