/**
 * What a `set` intervention can change, and the value typed for it. A Record variable offers the
 * fields its value holds and the fields the design reads of it (`$Record.Status` in a requirement):
 * an orchestration opened from a project holds no sample values, yet what its conditions wait for
 * must be changeable, or a stuck run could not be moved on.
 */
import { inputText } from '../../model/inputValue';
import { fieldPathOf, parseReference } from '../../model/references';
import { referenceSites } from '../../model/referenceSites';
import { conditionSites } from '../../model/validateSites';
import type { Orchestration, Requirement, Stage, Step } from '../../model/types';

export interface Target { ref: string; type: 'Text' | 'Number' | 'Boolean' | 'Date' | 'DateTime' | 'Field' }

/** Fields of each Record variable the design reads directly (`$Record.Status`, not `$Record.Account.Type`), by lower-cased variable name. */
function fieldsRead(doc: Orchestration): Map<string, string[]> {
  const read = new Map<string, string[]>();
  for (const { text } of referenceSites(doc)) {
    const ref = parseReference(text.trim());
    const field = ref ? fieldPathOf(ref) : null;
    if (!field || field.path.length !== 1) continue;
    const key = field.variable.toLowerCase();
    const list = read.get(key) ?? [];
    if (!list.some((f) => f.toLowerCase() === field.path[0]!.toLowerCase())) list.push(field.path[0]!);
    read.set(key, list);
  }
  return read;
}

/** The statuses of the moment shown that say what the run waits on (a RunSnapshot's). */
export interface WaitingMoment { stages: Readonly<Record<string, string>>; steps: Readonly<Record<string, string>> }

type Condition = NonNullable<Stage['exit'] | Step['start'] | Step['complete']>;

/** The key a read and a target are compared by: `hire.confirmed`, `amount` (names are case-insensitive). */
function keyOf(text: string): string | null {
  const ref = parseReference(text.trim());
  if (!ref) return null;
  const field = fieldPathOf(ref);
  if (field) return `${field.variable}.${field.path[0]!}`.toLowerCase();
  return ref.kind === 'name' ? ref.name.toLowerCase() : null;
}

/** The stage statuses whose steps and exit the run waits on. */
const WAITING_STAGE = new Set(['InProgress', 'Suspended']);

/**
 * What the run waits on at `moment`, as keys (keyOf): the conditions of the steps of each stage in
 * progress or suspended that have not started (when to start) or are running (when complete), the stage's exit,
 * the evaluation flows those name (their inputs and their own condition), and the decisions the
 * stage leads to. A stuck Onboarding run waits on `hire.Confirmed` (Assign buddy's evaluation flow).
 */
export function waitedOn(doc: Orchestration, moment: WaitingMoment): Set<string> {
  const keys = new Set<string>();
  const add = (text: string) => { const key = keyOf(text); if (key) keys.add(key); };
  const rows = (list: { requirements?: readonly Requirement[] } | undefined) => {
    for (const row of list?.requirements ?? []) {
      add(row.left);
      if (row.right && 'ref' in row.right) add(row.right.ref);
    }
  };
  const read = (condition: Condition | undefined) => {
    if (condition?.mode === 'requirements') rows(condition);
    if (condition?.mode === 'evaluationFlow') {
      for (const value of Object.values(condition.inputs ?? {})) add(inputText(value));
      rows((doc.flows ?? []).find((f) => f.name === condition.flow)?.condition);
    }
  };
  const decisions = new Map((doc.decisions ?? []).map((d) => [d.name, d]));
  const seen = new Set<string>();
  const follow = (next: string | null | undefined) => {
    const decision = next ? decisions.get(next) : undefined;
    if (!decision || seen.has(decision.name)) return;
    seen.add(decision.name);
    for (const outcome of decision.outcomes) { rows(outcome); follow(outcome.next); }
    follow(decision.defaultNext);
  };
  for (const stage of doc.stages) {
    // a suspended stage (R33) waits on the same as in progress: a value set now is read once it resumes
    if (!WAITING_STAGE.has(moment.stages[stage.name] ?? '')) continue;
    for (const step of stage.steps) {
      const status = moment.steps[step.name];
      if (status === 'NotStarted' || status === undefined) read(step.start);
      if (status === 'InProgress') read(step.complete);
    }
    read(stage.exit);
    follow(stage.next);
  }
  return keys;
}

/**
 * The variables and record fields a run's value can be set on: first what the run waits on at
 * `moment` (waitedOn), then what any condition reads, then the rest, each in the design's order, a
 * record's Id after its other fields — the value an admin moves a stuck run with comes first, and
 * an Id, which no condition of a sample reads, never does (docs/canvas.md, "Set value", *chosen*).
 */
export function targetsOf(doc: Orchestration, moment?: WaitingMoment): Target[] {
  const { targets, conditions } = designReads(doc);
  const waiting = moment ? waitedOn(doc, moment) : new Set<string>();
  const rank = (t: Target) => {
    const key = t.ref.toLowerCase();
    if (waiting.has(key)) return 0;
    if (conditions.has(key)) return 1;
    return t.type === 'Field' && key.endsWith('.id') ? 3 : 2;
  };
  // a stable sort: the design's order within each rank
  return targets.map((t, i) => ({ t, i, r: rank(t) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ t }) => t);
}

/**
 * Per document version (a document is never changed in place): the targets in the design's order
 * and what its conditions read. Set value is drawn again at every change a run shows, and reading
 * every condition of a 10,000-step design took about 140 ms each time; only waitedOn depends on
 * the moment.
 */
const readsOf = new WeakMap<Orchestration, { targets: Target[]; conditions: Set<string> }>();

function designReads(doc: Orchestration): { targets: Target[]; conditions: Set<string> } {
  const known = readsOf.get(doc);
  if (known) return known;
  const targets: Target[] = [];
  const read = fieldsRead(doc);
  for (const v of doc.variables ?? []) {
    if (v.type === 'Record') {
      const fields = Object.keys(v.value ?? {});
      for (const field of read.get(v.name.toLowerCase()) ?? []) if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field);
      for (const field of fields) targets.push({ ref: `${v.name}.${field}`, type: 'Field' });
    } else targets.push({ ref: v.name, type: v.type });
  }
  const made = { targets, conditions: conditionReads(doc) };
  readsOf.set(doc, made);
  return made;
}

/** Keys (keyOf) of everything a condition reads: requirement rows (steps, stages, decisions, evaluation flows) and evaluation flows' inputs. */
function conditionReads(doc: Orchestration): Set<string> {
  const keys = new Set<string>();
  const add = (text: string) => { const key = keyOf(text); if (key) keys.add(key); };
  const sites = conditionSites(doc);
  for (const { list } of sites.requirementLists) {
    for (const row of list.requirements) {
      add(row.left);
      if (row.right && 'ref' in row.right) add(row.right.ref);
    }
  }
  for (const site of sites.evaluationFlows) for (const value of Object.values(site.inputs)) add(inputText(value));
  return keys;
}

/** Reads what the user typed as the value the target expects ("true" → true, "12" → 12). */
export function parseTypedValue(text: string, type: Target['type']): string | number | boolean | null {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'null') return null;
  if (type === 'Number') return Number.isFinite(Number(t)) ? Number(t) : t;
  if (type === 'Boolean') return t.toLowerCase() === 'true';
  if (type === 'Field') {
    if (t === 'true' || t === 'false') return t === 'true';
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  }
  return text;
}
