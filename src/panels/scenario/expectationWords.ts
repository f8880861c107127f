/**
 * A scenario's expected outcome as the Scenarios panel lists it: elements by their labels (as the
 * canvas names them), statuses as the legend says them, times as the run view reads them —
 * “Step “Validate order” completes before step “Charge payment” starts”. The verify layer's
 * `describeExpectation` stays for `stageflow test`'s report, which is read beside the JSON files
 * and names elements by their API names; the panel said the same (“stepCompleted Validate before
 * stepStarted Charge_Payment”), which an admin reads as code (docs/scenarios.md, *chosen*).
 */
import type { Expectation, Orchestration } from '../../model/types';
import { operatorsInWords } from '../../model/glossary';
import { TRACE_EVENT_TYPES } from '../../model/schemaConstants';
import type { ExpectationResult } from '../../player/expectations';
import { STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';
import { formatVirtualTime } from '../run/formatTime';
import { reasonInWords } from './reasonWords';
import { labelsOf as documentLabels } from '../../model/messageNames';

type EventRef = Extract<Expectation, { kind: 'order' }>['first'];

const NO_LABELS: ReadonlyMap<string, string> = new Map();

/**
 * Element API name → its label, the one map problem messages are worded with (model/messageNames.ts),
 * built once per document version: building it anew for every row took 9 ms a row on a 10,000-step
 * design — 460 ms for the 50 rows of Run all or the run view's Expectations. A document too broken to
 * read has none (its expectations keep their API names).
 */
export function labelsOf(doc: Orchestration): ReadonlyMap<string, string> {
  return documentLabels(doc) ?? NO_LABELS;
}

const status = (s: string) => STATUS_LABEL[s as AnyStatus] ?? s;
const value = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/** What happens to the element, by the event type's ending (`stepCompleted` → “completes”). */
const VERBS: readonly (readonly [string, string])[] = [
  ['Started', 'starts'], ['Completed', 'completes'], ['Errored', 'fails'], ['Discontinued', 'is discontinued'],
  ['Suspended', 'is suspended'], ['Resumed', 'resumes'], ['Canceled', 'is canceled'], ['Retried', 'is retried'],
];

/** One event of an `order` expectation in words: “step “Validate order” completes”. */
function eventInWords(ref: EventRef, name: (n: string) => string): string {
  const el = ref.element === undefined ? '' : ` ${name(ref.element)}`;
  switch (ref.type) {
    case 'workItemAssigned': return `the work item of step${el} is assigned`;
    case 'workItemCompleted': return `the work item of step${el} is completed`;
    case 'evaluation': return `conditions are checked${el ? ` in stage${el}` : ''}`;
    case 'decisionTaken': return `decision${el} is taken`;
    case 'variableSet': return `${ref.element ?? 'a value'} is set`;
  }
  const subject = ref.type.startsWith('run') ? 'the run' : ref.type.startsWith('stage') ? `stage${el}` : `step${el}`;
  const verb = VERBS.find(([ending]) => ref.type.endsWith(ending))?.[1] ?? ref.type;
  return `${subject} ${verb}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A run-as context and access in words: “system context, without sharing” (`null` access: its own). */
function runAsInWords(context: string | undefined, access: string | null | undefined): string {
  const where = context === 'system' ? 'system context' : context === 'user' ? 'user context' : undefined;
  const rights = access === null ? 'its own access' : access === 'withSharing' ? 'with sharing' : access === 'withoutSharing' ? 'without sharing' : undefined;
  return [where, rights].filter((x) => x !== undefined).join(', ');
}

/** `decision`'s outcome `outcome` by its label, as the canvas names it. */
function outcomeLabel(doc: Orchestration, decision: string, outcome: string): string {
  return doc.decisions?.find((d) => d.name === decision)?.outcomes.find((o) => o.name === outcome)?.label ?? outcome;
}

/** `e` in an admin's words, elements of `doc` by their labels. */
export function expectationInWords(e: Expectation, doc: Orchestration): string {
  const labels = labelsOf(doc);
  const name = (n: string) => `“${labels.get(n) ?? n}”`;
  switch (e.kind) {
    case 'stepStatus': return `Step ${name(e.step)} ends ${status(e.status)}`;
    case 'stageStatus': return `Stage ${name(e.stage)} ends ${status(e.status)}`;
    case 'runStatus': return `The run ends ${status(e.status)}${e.byMs !== undefined ? ` by ${formatVirtualTime(e.byMs)}` : ''}`;
    case 'notStalled': return 'The run does not get stuck';
    case 'runAs': {
      const how = runAsInWords(e.context, e.access);
      return `Step ${name(e.step)} runs as ${e.user}${how ? ` (${how})` : ''}`;
    }
    // the reason's part the check looks for, in the words its reason is shown in (reasonWords.ts)
    case 'notStarted': return `Step ${name(e.step)} never starts${e.why !== undefined ? `, because “${reasonInWords(e.why, labels)}”` : ''}`;
    case 'order': {
      const words = `${eventInWords(e.first, name)} before ${eventInWords(e.then, name)}`;
      // a value set named first begins with its name, said as written: "hire.Confirmed", not "Hire.Confirmed"
      return e.first.type === 'variableSet' && e.first.element !== undefined ? words : capital(words);
    }
    case 'stepTime': {
      const parts = [
        e.startedBy !== undefined ? `starts by ${formatVirtualTime(e.startedBy)}` : null,
        e.endedBy !== undefined ? `ends by ${formatVirtualTime(e.endedBy)}` : null,
      ].filter((p) => p !== null);
      return `Step ${name(e.step)} ${parts.join(' and ')}`;
    }
    case 'decision': return `Decision ${name(e.decision)} takes ${e.outcome === null ? 'its default path' : `outcome “${outcomeLabel(doc, e.decision, e.outcome)}”`}`;
    case 'value': return `${e.target} ends ${value(e.value)}`;
    case 'recordField': {
      const which = e.id ?? Object.entries(e.where ?? {}).map(([k, v]) => `${k} = ${value(v)}`).join(', ');
      return `The ${e.object} record ${which === '' ? '(any)' : which}: ${e.field} is ${value(e.value)}`;
    }
  }
}


/**
 * An event the check names, `stepStarted Ship` (a run's event names no element), as `order`'s words
 * name it. A value set names its target, which may be a field or a global (`hire.Confirmed`,
 * `$Record.Status`): read whole, or “variableSet hire.Confirmed” read “hire is set.Confirmed”.
 */
const EVENT_REF = new RegExp(`\\b(${TRACE_EVENT_TYPES.join('|')})(?: (?!at\\b)([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*))?(?![\\w$])`, 'g');

/** Statuses, times and operators of `text` as the run view says them (“it is NotStarted” → “it is Not started”). */
function runViewWords(text: string): string {
  return operatorsInWords(text)
    .replace(/\b(NotStarted|InProgress)\b/g, (s) => status(s))
    .replace(/\b(\d+) ms\b/g, (_, ms: string) => formatVirtualTime(Number(ms)));
}

/** The check's own account (“stepStarted Ship at 3600000 ms”, “it is NotStarted”) with events, statuses, times and operators as the run view says them. */
function actualInWords(text: string, name: (n: string) => string): string {
  return runViewWords(text.replace(EVENT_REF, (_, type: EventRef['type'], element: string | undefined) => eventInWords(element === undefined ? { type } : { type, element }, name)));
}

/**
 * What the check says the run did, with what it names as the expectation names it: the outcome a
 * decision took by its label (“it took outcome “No””, not `No_1`), how a step ran in run-as words
 * (“system context, without sharing”, not `system, withoutSharing`).
 */
function didInWords(result: ExpectationResult, doc: Orchestration, name: (n: string) => string): string {
  const e = result.expectation;
  // the outcome and the run-as are read from the check's own text, before statuses and events are
  // reworded in it: an outcome named "InProgress" read “In” progress, one named "evaluation" an event
  if (e.kind === 'decision') {
    const took = /^it took outcome (\S+)/.exec(result.actual);
    if (took) return `it took outcome “${outcomeLabel(doc, e.decision, took[1]!)}”${actualInWords(result.actual.slice(took[0].length), name)}`;
  }
  if (e.kind === 'runAs') {
    const ran = /^it ran as (.*) \((system|user), (withSharing|withoutSharing|own access)\)$/.exec(result.actual);
    if (ran) return `it ran as ${ran[1]!} (${runAsInWords(ran[2], ran[3] === 'own access' ? null : ran[3])})`;
  }
  return actualInWords(result.actual, name);
}

/** Expectations about a step, whose check gives the reason a step is missing from the run ('it never ran (its stage never started (stage "S"))'); the others' accounts may quote values, which stay as written. */
const STEP_KINDS: ReadonlySet<Expectation['kind']> = new Set(['stepStatus', 'notStarted', 'runAs', 'stepTime']);

/**
 * One checked expectation as Run all scenarios lists it, under the list above it in the same words:
 * “Step “Survey the customer” ends Error; it is Completed”. It read `expected step Survey_Customer
 * ends Error; it is Completed` — the expectation in the CLI's words, beside the panel's.
 */
export function resultInWords(result: ExpectationResult, doc: Orchestration): string {
  const labels = labelsOf(doc);
  const name = (n: string) => `“${labels.get(n) ?? n}”`;
  // the why is the engine's sentence, not the check's: its events are not named as the check names
  // them, and "evaluation" is a word of it ('evaluation flow "Hire_Confirmed" returns false' read
  // 'conditions are checked in stage “flow” …'). Its elements, and those of the check's reason
  // ('it never ran (its stage never started (stage "S"))'), are named by label last, so that no
  // label is reworded as an event or a status
  const said = didInWords(result, doc, name);
  const did = STEP_KINDS.has(result.expectation.kind) ? reasonInWords(said, labels) : said;
  return `${expectationInWords(result.expectation, doc)}; ${did}${result.why ? ` (${reasonInWords(runViewWords(result.why), labels)})` : ''}`;
}
