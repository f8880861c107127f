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

/**
 * The malformed names of the one namespace (stages and their steps, decisions, variables,
 * formulas), then its duplicates, each in document order. `ctx.redeclared` holds the duplicates
 * (found as the lookups were built), so a big design's steps were no longer copied into a list
 * and a second map of names; a path is written only for a problem.
 */
function checkNamespace(ctx: ValidationContext): void {
  const { doc } = ctx;
  for (let si = 0; si < doc.stages.length; si++) {
    const stage = doc.stages[si]!;
    const stageProblem = apiNameProblem(stage.name);
    if (stageProblem) ctx.error(childPath(stagePath(si), 'name'), stageProblem);
    for (let i = 0; i < stage.steps.length; i++) {
      const problem = apiNameProblem(stage.steps[i]!.name);
      if (problem) ctx.error(childPath(stepPath(si, i), 'name'), problem);
    }
  }
  const others: Array<[list: 'decisions' | 'variables' | 'formulas', items: ReadonlyArray<{ name: string }> | undefined]> = [['decisions', doc.decisions], ['variables', doc.variables], ['formulas', doc.formulas]];
  for (const [list, items] of others) {
    (items ?? []).forEach((item, index) => {
      if (list === 'variables' && item.name === RECORD_VARIABLE) return;
      const problem = apiNameProblem(item.name);
      if (problem) ctx.error(childPath(childPath(list, index), 'name'), problem);
    });
  }
  for (const { name, path } of ctx.redeclared) {
    const first = ctx.elements.get(name)!;
    ctx.error(childPath(path, 'name'), `the API name "${name}" is already used by the ${KIND_WORD[first.kind]} at ${first.path}: names must be unique across stages, steps, decisions, variables and formulas`);
  }
}

/** Adds a problem for every malformed or duplicate API name. */
export function validateNames(ctx: ValidationContext): void {
  const { doc } = ctx;
  const orchestrationName = apiNameProblem(doc.name);
  if (orchestrationName) ctx.error('name', orchestrationName);

  (doc.decisions ?? []).forEach((decision, di) => {
    const path = childPath('decisions', di);
    const outcomes = decision.outcomes.map((o, oi): Named => ({ name: o.name, path: childPath(childPath(path, 'outcomes'), oi), kind: 'outcome' }));
    outcomes.forEach((o) => checkFormat(ctx, o));
    checkUnique(ctx, outcomes);
  });
  (doc.variables ?? []).forEach((variable, vi) => {
    const path = childPath('variables', vi);
    if (variable.name === RECORD_VARIABLE && variable.type !== 'Record') ctx.error(childPath(path, 'type'), `${RECORD_VARIABLE} is the triggering record: its type must be Record`);
    // $Record is the record the trigger names (FORMAT.md §1); object names compare as Salesforce's do, in any case
    const triggerObject = doc.trigger?.type === 'recordTriggered' ? doc.trigger.object : undefined;
    if (variable.name === RECORD_VARIABLE && variable.type === 'Record' && variable.object && triggerObject && variable.object.toLowerCase() !== triggerObject.toLowerCase()) {
      ctx.error(childPath(path, 'object'), `${RECORD_VARIABLE} is the triggering record, a ${triggerObject} (trigger.object): its object cannot be ${variable.object}`);
    }
    const day = (variable.type === 'Date' || variable.type === 'DateTime') && typeof variable.value === 'string' ? calendarProblem(variable.value) : null;
    if (day) ctx.error(childPath(path, 'value'), day);
  });
  checkNamespace(ctx);

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
