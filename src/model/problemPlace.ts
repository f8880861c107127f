/**
 * Where a problem is, in a person's words: "Step “Send email” in stage “Prepare”, Flow" instead of
 * `stages[0].steps[0].flow`, and which element to select to fix it. Paths stay in exports, the CLI
 * and the JSON Schemas; messages a person reads in the editor use this.
 */
import type { Orchestration } from './types';
import { RELATED_RECORD_INPUT } from './engineInputs';
import { ownConditionAsThisCondition } from './conditionOwner';
import { namesInWords } from './messageNames';
import { ownElementAsThis } from './ownElementWords';

export interface ProblemPlace {
  /** The API name of the element to select (null: the orchestration itself). */
  element: string | null;
  /** For a step, the API name of the stage `where` names it in. */
  stage?: string;
  /** "Step “Send email” in stage “Prepare”" or "The orchestration". */
  where: string;
  /** The form field, in the words of the Properties panel ("Flow", "When to start"), if known. */
  field: string | null;
  /** For a variable's field of the orchestration's form, the variable's API name, which `field` names. */
  variable?: string;
  /** For a field of a decision's outcome, the outcome's API name, which `field` names. */
  outcome?: string;
}

const FIELD_WORDS: Record<string, string> = {
  flow: 'Flow',
  kind: 'Step type',
  start: 'When to start',
  runAs: 'Run as',
  label: 'Label',
  name: 'API Name',
  assignee: 'Assignee',
  complete: 'When to complete',
  exit: 'When to complete the stage',
  next: 'Next element',
  faultNext: 'Fault path',
  outcomes: 'Outcomes',
  defaultNext: 'Default path',
  requirements: 'Requirements',
  inputs: 'Inputs',
  outputs: 'Outputs',
  stages: 'Stages',
  apiVersion: 'API version',
  trigger: 'How it starts',
  variables: 'Variables',
};

// an empty label (its own problem: "label cannot be empty") names the element by its API name: 'Step “”' named nothing
const quoted = (label: string | undefined, name: string) => `“${label || name}”`;

/** A variable's fields, as its box in the orchestration's form labels them. */
const VARIABLE_FIELD_WORDS: Record<string, string> = { name: 'Variable name', type: 'Data type', object: 'Record object', value: 'Starting value' };

/**
 * "Variable dueDate, Starting value" for a path inside a variable (`variables[2].value`), as the form
 * titles its box ("Variable dueDate") and labels its field; null elsewhere, or for a variable the
 * document does not have. "(Variables)" alone left the admin to find which of them (*chosen*, docs/editor.md).
 */
function variableInWords(doc: Orchestration, path: string): { field: string; variable: string } | null {
  const at = /^variables\[(\d+)\](?:\.([A-Za-z]+))?/.exec(path);
  const variable: unknown = at ? doc.variables?.[Number(at[1])] : undefined;
  const name = typeof variable === 'object' && variable !== null ? (variable as { name?: unknown }).name : undefined;
  if (!at || typeof name !== 'string' || name === '') return null;
  const part = at[2] !== undefined ? VARIABLE_FIELD_WORDS[at[2]] : undefined;
  return { field: `Variable ${name}${part ? `, ${part}` : ''}`, variable: name };
}

/** A requirement row's fields, as the requirement editor labels them. */
const REQUIREMENT_FIELD_WORDS: Record<string, string> = { left: 'Resource', operator: 'Operator', right: 'Value' };

/**
 * "Requirement 2, Resource" for a path inside a requirement row (`…requirements[1].left`), as the
 * requirement editor numbers and labels its rows; null elsewhere. Without it two empty rows read
 * as the same problem twice ("When to start: choose a resource") and the admin had to try each row.
 */
export function requirementRowInWords(path: string): string | null {
  const row = /(?:^|\.)requirements\[(\d+)\](?:\.([A-Za-z]+))?/.exec(path);
  if (!row) return null;
  const part = row[2] !== undefined ? REQUIREMENT_FIELD_WORDS[row[2]] : undefined;
  return `Requirement ${Number(row[1]) + 1}${part ? `, ${part}` : ''}`;
}

/** An outcome's own fields, as its box in the decision's panel labels them. */
const OUTCOME_FIELD_WORDS: Record<string, string> = { label: 'Outcome label', name: 'Outcome API name', next: 'Then go to' };

/**
 * "Outcome “Approved”, Requirement 2" for a path inside a decision's outcome (`outcomes[0].requirements[1]`),
 * as the decision's panel titles the outcome's box by its label and numbers its requirement rows;
 * null elsewhere, or for an outcome the decision does not have. "(Outcomes)" alone left the admin
 * to find which outcome (*chosen*, docs/editor.md).
 */
function outcomeInWords(outcomes: unknown, rest: string): { field: string; outcome?: string } | null {
  const at = /^outcomes\[(\d+)\](?:\.([A-Za-z]+))?/.exec(rest);
  const outcome: unknown = at && Array.isArray(outcomes) ? outcomes[Number(at[1])] : undefined;
  if (!at || typeof outcome !== 'object' || outcome === null) return null;
  const { label, name } = outcome as { label?: unknown; name?: unknown };
  const named = typeof name === 'string' && name !== '' ? name : undefined;
  const title = typeof label === 'string' && label !== '' ? `Outcome “${label}”` : named !== undefined ? `Outcome “${named}”` : `Outcome ${Number(at[1]) + 1}`;
  const own = at[2] !== undefined ? OUTCOME_FIELD_WORDS[at[2]] : undefined;
  const part = own ?? requirementRowInWords(rest) ?? (/\.logic$/.test(rest) ? 'Condition logic' : null);
  return { field: `${title}${part ? `, ${part}` : ''}`, ...(named !== undefined ? { outcome: named } : {}) };
}

/** `message` with a leading owner naming `outcome` (and its decision, which the place names) read as "this outcome". */
function thisOutcome(message: string, outcome: string): string {
  const opening = `outcome "${outcome}"`;
  if (!message.startsWith(opening)) return message;
  const after = message.slice(opening.length).replace(/^ of decision (?:"[^"]*"|“[^”]*” \([A-Za-z][A-Za-z0-9_]*\))/, '');
  return `this outcome${after}`;
}

/** The place of the problem at `path` in `doc`. */
export function problemPlace(doc: Orchestration, path: string): ProblemPlace {
  const stage = /^stages\[(\d+)\]/.exec(path);
  const step = /^stages\[(\d+)\]\.steps\[(\d+)\]/.exec(path);
  const decision = /^decisions\[(\d+)\]/.exec(path);
  const rest = path.slice((step ?? stage ?? decision)?.[0].length ?? 0).replace(/^\./, '');
  const key = /^[A-Za-z]+/.exec(rest)?.[0] ?? null;
  // an interactive step's related record is a field of its own in the panel, not one of the flow's inputs
  const base = rest.startsWith(`inputs.${RELATED_RECORD_INPUT}`) ? 'Related Record ID' : key ? (FIELD_WORDS[key] ?? null) : null;
  // a requirement row, or the list's Condition logic field (as the requirement editor labels it)
  const row = requirementRowInWords(rest) ?? (/(?:^|\.)logic$/.test(rest) && key !== 'logic' ? 'Condition logic' : null);
  const field = row === null ? base : base === null || base === 'Requirements' ? row : `${base}, ${row}`;
  if (step) {
    const st = doc.stages[Number(step[1])];
    const s = st?.steps[Number(step[2])];
    if (st && s) return { element: s.name, stage: st.name, where: `Step ${quoted(s.label, s.name)} in stage ${quoted(st.label, st.name)}`, field };
  }
  if (stage) {
    const st = doc.stages[Number(stage[1])];
    if (st) return { element: st.name, where: `Stage ${quoted(st.label, st.name)}`, field };
  }
  if (decision) {
    const d = doc.decisions?.[Number(decision[1])];
    if (d) return { element: d.name, where: `Decision ${quoted(d.label, d.name)}`, field, ...outcomeInWords(d.outcomes, rest) };
  }
  const variable = variableInWords(doc, path);
  return variable === null ? { element: null, where: 'The orchestration', field } : { element: null, where: 'The orchestration', ...variable };
}

/**
 * A problem's message after its place: elements by label, and the place's own condition or element,
 * which the place has named, as "this condition" ("…(When to start): this condition has no
 * requirements") or "this step" ("…(When to start): this step cannot wait for itself to complete",
 * "…(Flow): choose the autolaunched flow that this step runs"), a step's own stage unnamed.
 */
export function messageAfterPlace(doc: Orchestration, message: string, place: ProblemPlace): string {
  const named = namesInWords(doc, message);
  // the variable the place names: 'variable "due" is read but never gets a value' reads "this variable is read…"
  if (place.variable !== undefined) return named.replace(`variable "${place.variable}"`, 'this variable');
  // the outcome the place names: 'outcome "Big" of decision “Route by size” (Route) has no requirements' reads "this outcome has…"
  if (place.outcome !== undefined) return thisOutcome(named, place.outcome);
  if (place.element === null) return named;
  const condition = ownConditionAsThisCondition(named, place.element);
  // a condition's owner names its element too ('stage "S" (exit) …'): it reads "this condition", not "this stage (exit)"
  return condition !== named ? condition : ownElementAsThis(named, { element: place.element, stage: place.stage });
}

/** "Step “Send email” in stage “Prepare” (Flow): choose the autolaunched flow…" */
export function problemInWords(doc: Orchestration, problem: { path: string; message: string }): string {
  const place = problemPlace(doc, problem.path);
  return `${place.where}${place.field ? ` (${place.field})` : ''}: ${messageAfterPlace(doc, problem.message, place)}`;
}
