/**
 * FORMAT.md §1: API names are well formed, and stage, step, decision and variable names are unique
 * across the whole orchestration (one namespace). Flows have their own namespace; outcome names are
 * unique within their decision. `$Record` is allowed as the name of a Record variable.
 */
import { childPath, stagePath, stepPath } from './jsonPath';
import { apiNameProblem, flowNameProblem, RECORD_VARIABLE } from './names';
import { calendarProblem } from './calendarDate';
import type { ValidationContext } from './validateContext';

const KIND_WORD = { stage: 'stage', step: 'step', decision: 'decision', variable: 'variable', formula: 'formula', flow: 'flow', outcome: 'outcome' } as const;
type NamedKind = keyof typeof KIND_WORD;

interface Named { name: string; path: string; kind: NamedKind; /** A flow's managed package prefix (FORMAT.md §1: only then may its name hold `__`). */ package?: string }

function checkUnique(ctx: ValidationContext, items: Named[]): void {
  const first = new Map<string, Named>();
  for (const item of items) {
    const earlier = first.get(item.name);
    if (!earlier) { first.set(item.name, item); continue; }
    const scope = item.kind === 'flow' || item.kind === 'outcome' ? '' : ': names must be unique across stages, steps, decisions, variables and formulas';
    ctx.error(childPath(item.path, 'name'), `the API name "${item.name}" is already used by the ${KIND_WORD[earlier.kind]} at ${earlier.path}${scope}`);
  }
}

function checkFormat(ctx: ValidationContext, item: Named): void {
  if (item.kind === 'variable' && item.name === RECORD_VARIABLE) return;
  const problem = item.kind === 'flow' ? flowNameProblem(item.name, item.package) : apiNameProblem(item.name);
  if (problem) ctx.error(childPath(item.path, 'name'), problem);
}

/** Adds a problem for every malformed or duplicate API name. */
export function validateNames(ctx: ValidationContext): void {
  const { doc } = ctx;
  const orchestrationName = apiNameProblem(doc.name);
  if (orchestrationName) ctx.error('name', orchestrationName);

  const namespace: Named[] = [];
  doc.stages.forEach((stage, si) => {
    namespace.push({ name: stage.name, path: stagePath(si), kind: 'stage' });
    stage.steps.forEach((step, i) => namespace.push({ name: step.name, path: stepPath(si, i), kind: 'step' }));
  });
  (doc.decisions ?? []).forEach((decision, di) => {
    const path = childPath('decisions', di);
    namespace.push({ name: decision.name, path, kind: 'decision' });
    const outcomes = decision.outcomes.map((o, oi): Named => ({ name: o.name, path: childPath(childPath(path, 'outcomes'), oi), kind: 'outcome' }));
    outcomes.forEach((o) => checkFormat(ctx, o));
    checkUnique(ctx, outcomes);
  });
  (doc.variables ?? []).forEach((variable, vi) => {
    const path = childPath('variables', vi);
    namespace.push({ name: variable.name, path, kind: 'variable' });
    if (variable.name === RECORD_VARIABLE && variable.type !== 'Record') ctx.error(childPath(path, 'type'), `${RECORD_VARIABLE} is the triggering record: its type must be Record`);
    // $Record is the record the trigger names (FORMAT.md §1); object names compare as Salesforce's do, in any case
    const triggerObject = doc.trigger?.type === 'recordTriggered' ? doc.trigger.object : undefined;
    if (variable.name === RECORD_VARIABLE && variable.type === 'Record' && variable.object && triggerObject && variable.object.toLowerCase() !== triggerObject.toLowerCase()) {
      ctx.error(childPath(path, 'object'), `${RECORD_VARIABLE} is the triggering record, a ${triggerObject} (trigger.object): its object cannot be ${variable.object}`);
    }
    const day = (variable.type === 'Date' || variable.type === 'DateTime') && typeof variable.value === 'string' ? calendarProblem(variable.value) : null;
    if (day) ctx.error(childPath(path, 'value'), day);
  });
  (doc.formulas ?? []).forEach((formula, fi) => namespace.push({ name: formula.name, path: childPath('formulas', fi), kind: 'formula' }));
  namespace.forEach((item) => checkFormat(ctx, item));
  checkUnique(ctx, namespace);

  const flows = (doc.flows ?? []).map((flow, fi): Named => ({ name: flow.name, path: childPath('flows', fi), kind: 'flow', ...(flow.package !== undefined ? { package: flow.package } : {}) }));
  flows.forEach((f) => checkFormat(ctx, f));
  checkUnique(ctx, flows);
  checkUniqueUsernames(ctx);
}

/**
 * Chosen (FORMAT.md is silent): a username names one user of the org, as in Salesforce, where
 * usernames are unique. Two entries for one username could disagree on `active`, and run-as (R47),
 * work items and `by` would read only the first, so the second is refused rather than ignored.
 */
function checkUniqueUsernames(ctx: ValidationContext): void {
  const first = new Map<string, number>();
  (ctx.doc.users ?? []).forEach((user, ui) => {
    const earlier = first.get(user.username);
    if (earlier === undefined) { first.set(user.username, ui); return; }
    ctx.error(childPath(childPath('users', ui), 'username'), `the username "${user.username}" is already used by the user at ${childPath('users', earlier)}: a username names one user of the org`);
  });
}
