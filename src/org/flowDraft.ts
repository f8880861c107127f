/** Editing a flow in the catalog form: the draft's text fields and their checks. */
import { apiNameProblem } from '../model/names';
import { nameAfterRelabel } from '../model/labelFollowing';
import type { Flow } from '../model/types';

export const FLOW_ELEMENT_KINDS = ['Assignment', 'Decision', 'GetRecords', 'RecordCreate', 'RecordUpdate', 'Screen', 'Action', 'Subflow', 'Wait'] as const;

/**
 * "a, b ,c" → ["a", "b", "c"]: blank items dropped (a trailing comma while typing), duplicates
 * kept so flowDraftProblems can name them rather than the save dropping one in silence.
 */
export function splitNames(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The first name listed twice; Salesforce's variable names ignore case, so `Amount` and `amount` are one. */
function repeated(names: readonly string[] | undefined): string | undefined {
  const seen = new Set<string>();
  for (const name of names ?? []) {
    if (seen.has(name.toLowerCase())) return name;
    seen.add(name.toLowerCase());
  }
  return undefined;
}

/** Problems of a draft before it can be saved, keyed by field. */
export function flowDraftProblems(draft: Flow, others: readonly Flow[]): { name?: string; inputs?: string; outputs?: string } {
  const out: { name?: string; inputs?: string; outputs?: string } = {};
  const nameProblem = apiNameProblem(draft.name);
  if (nameProblem) out.name = nameProblem;
  else if (others.some((f) => f.name === draft.name)) out.name = `Another flow is already named "${draft.name}"`;
  const bad = (names: readonly string[] | undefined) => (names ?? []).find((n) => apiNameProblem(n));
  const badInput = bad(draft.inputs);
  const twiceInput = repeated(draft.inputs);
  if (badInput) out.inputs = `"${badInput}" is not a valid variable name`;
  else if (twiceInput) out.inputs = `"${twiceInput}" is listed twice (names ignore case): list each input once`;
  const badOutput = bad(draft.outputs);
  const twiceOutput = repeated(draft.outputs);
  if (badOutput) out.outputs = `"${badOutput}" is not a valid variable name`;
  else if (twiceOutput) out.outputs = `"${twiceOutput}" is listed twice (names ignore case): list each output once`;
  return out;
}

/**
 * The draft after its label changes: the API name follows the label while it is still the name
 * the old label derives (model/labelFollowing.ts), unique among the other flows.
 */
export function relabelDraft(draft: Flow, label: string, others: readonly Flow[]): Flow {
  const next = label === '' ? undefined : label;
  const name = nameAfterRelabel(draft.name, draft.label, next, new Set(others.map((f) => f.name)));
  const { label: _old, ...rest } = draft;
  return { ...rest, name, ...(next !== undefined ? { label: next } : {}) };
}

/** A new flow of `type` with a free name (its API name follows its label until edited). */
export function newFlow(type: Flow['type'], taken: readonly Flow[]): Flow {
  const names = new Set(taken.map((f) => f.name));
  let n = taken.length + 1;
  while (names.has(`New_Flow_${n}`)) n++;
  const flow: Flow = { name: `New_Flow_${n}`, label: `New Flow ${n}`, type, active: true, elements: [], inputs: [], outputs: [] };
  if (type === 'autolaunched') flow.runMode = 'default';
  if (type === 'evaluation') flow.result = true;
  return flow;
}

/**
 * The draft as the editor would save it against the flow it started from (inputs and outputs as
 * lists), its fields in any order: a label typed and typed back moves the label to the end. The
 * editor's "Not saved yet" note and the save when the admin moves on (useKeepDraftOnLeave.ts) agree.
 */
export function sameFlow(draft: Flow, flow: Flow): boolean {
  const sorted = (f: Flow) => JSON.stringify(Object.fromEntries(Object.entries(f).sort(([a], [b]) => a.localeCompare(b))));
  return sorted(draft) === sorted({ ...flow, inputs: flow.inputs ?? [], outputs: flow.outputs ?? [] });
}
