/**
 * Requirement lists: at most 10 rows (a longer condition belongs in an evaluation flow), valid
 * condition logic (R64, with the 1-based character position), every left side and `ref` value
 * resolves (R50), and operators and values suit their types (R60).
 */
import { childPath } from './jsonPath';
import { parseLogic, positionOfRowBeyond, type LogicResult } from './logic';
import { MAX_REQUIREMENTS } from './schemaConstants';
import type { ValidationContext } from './validateContext';
import { operatorProblem, rightProblem } from './validateOperators';
import { resolveReference, type ReferenceScope, type ResourceType } from './validateResolve';
import type { ConditionSites, RequirementListSite } from './validateSites';

/** Logic checks by `rows:logic`: a large design repeats the same few logics on thousands of lists. */
type LogicChecks = Map<string, LogicResult>;

function checkLogic(checks: LogicChecks, logic: string | undefined, rows: number): LogicResult {
  const key = logic === undefined ? `${rows}` : `${rows}:${logic}`;
  let result = checks.get(key);
  if (!result) checks.set(key, (result = parseLogic(logic, rows)));
  return result;
}

/**
 * What to do with more than 10 rows. Only a stage or step condition can be handed to an evaluation
 * flow; a decision's outcome and an evaluation flow's own condition were given that advice too.
 */
function tooManyAdvice(site: RequirementListSite): string {
  if (site.flow) return 'Keep the rows that decide it, or give the flow a fixed "result" (the scenario can also set one)';
  if (!site.stage) return 'Split the test across two decisions, one after the other';
  return 'Move the condition into an evaluation flow and use "When the specified evaluation flow returns True"';
}

function validateList(ctx: ValidationContext, site: RequirementListSite, checks: LogicChecks): void {
  const { list, path, owner } = site;
  const rows = list.requirements;
  if (rows.length > MAX_REQUIREMENTS) {
    ctx.error(childPath(path, 'requirements'), `${owner} has ${rows.length} requirements; at most ${MAX_REQUIREMENTS} are allowed (logic character ${positionOfRowBeyond(list.logic, MAX_REQUIREMENTS)}). ${tooManyAdvice(site)}`);
  } else if (rows.length === 0 && !site.flow) {
    ctx.error(childPath(path, 'requirements'), `${owner} has no requirements: add at least one`);
  } else {
    const logic = checkLogic(checks, list.logic, rows.length);
    if (!logic.ok) ctx.error(childPath(path, 'logic'), `condition logic "${list.logic ?? ''}": ${logic.error.message}`);
  }
  const scope: ReferenceScope = site.flow ? { flowInputs: new Set(site.flow.inputs ?? []) } : {};
  rows.forEach((row, i) => {
    const rowPath = (): string => childPath(childPath(path, 'requirements'), i);
    const left = resolveReference(ctx, row.left, scope);
    let leftType: ResourceType = null;
    if (!left.ok) ctx.error(childPath(rowPath(), 'left'), left.message);
    else {
      leftType = left.type;
      if (left.warning) ctx.warn(childPath(rowPath(), 'left'), left.warning);
    }
    let refType: ResourceType = null;
    if (row.right && 'ref' in row.right) {
      const ref = resolveReference(ctx, row.right.ref, scope);
      const refPath = (): string => childPath(childPath(rowPath(), 'right'), 'ref');
      if (!ref.ok) ctx.error(refPath(), ref.message);
      else {
        refType = ref.type;
        if (ref.warning) ctx.warn(refPath(), ref.warning);
      }
    }
    const operator = operatorProblem(row.operator, leftType, row.left);
    if (operator) {
      ctx.error(childPath(rowPath(), 'operator'), operator);
      return;
    }
    const right = rightProblem(row.operator, leftType, row.left, row.right, refType);
    if (right) ctx.error(childPath(rowPath(), 'right'), right);
  });
}

/** Checks every requirement list of the document. */
export function validateRequirements(ctx: ValidationContext, sites: ConditionSites): void {
  const checks: LogicChecks = new Map();
  for (const site of sites.requirementLists) validateList(ctx, site, checks);
}
