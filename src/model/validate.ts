/**
 * Validation of orchestration and scenario documents (SEMANTICS.md "Validation"). First the
 * structure (the zod schema, checked through its written-out shape), then, on a well-formed document, every semantic rule. Errors block a run
 * and an export; warnings are shown and never block. Lookups are built once, so validation is
 * linear in the size of the document.
 */
import { MERGE_FIELDS_ONLY, type FormulaSyntax } from './formulaSyntax';
import { shapeProblems, withRuleProblems } from './validateSchema';
import { ORCHESTRATION_SHAPE } from './shape/documentShapes.generated';
import type { Orchestration, Problem } from './types';
import { validateActivation } from './validateActivation';
import { createContext } from './validateContext';
import { validateFormulas } from './validateFormulas';
import { validateFeasibility } from './validateFeasibility';
import { validateFieldUse } from './validateFieldUse';
import { validateFixedStartRows } from './validateFixedStartRows';
import { validateFlows } from './validateFlows';
import { validateNames } from './validateNames';
import { validateReachability } from './validateReachability';
import { validateReferences } from './validateReferences';
import { validateRequirements } from './validateRequirements';
import { validateRunAs } from './validateRunAs';
import { conditionSites } from './validateSites';
import { validateConnectors, validatePredecessors } from './validateTargets';
import { validateWakeUps } from './validateWakeUps';

// validateScenario lives in validateScenario.ts and is imported from there: it needs the zod scenario
// schema, which the orchestration's validation does not load.

/** What validation may be given: the formula parser (default: merge fields only, no syntax check). */
export interface ValidateOptions {
  formulas?: FormulaSyntax;
}

/** The semantic problems of a document that already matches the schema. */
export function validateOrchestrationRules(doc: Orchestration, options: ValidateOptions = {}): Problem[] {
  const ctx = createContext(doc);
  const sites = conditionSites(doc);
  validateNames(ctx);
  validateConnectors(ctx);
  validatePredecessors(ctx);
  validateFlows(ctx, sites);
  validateRequirements(ctx, sites);
  validateReferences(ctx, sites);
  validateActivation(ctx);
  validateFormulas(ctx, options.formulas ?? MERGE_FIELDS_ONLY);
  validateRunAs(ctx);
  validateFieldUse(ctx);
  validateFeasibility(ctx);
  validateFixedStartRows(ctx);
  validateReachability(ctx);
  validateWakeUps(ctx, sites);
  return ctx.problems;
}

/**
 * Every problem of an orchestration document, each with its JSON path: the schema's problems when
 * the structure is wrong (rules need a well-formed document), else the rules' errors and warnings.
 * When every structural problem is a value of the right type out of bounds (`wellTyped`), the rules
 * run as well (`withRuleProblems`): adding a requirement row used to take every other marker off the
 * canvas (a step's missing flow among them) until the row's resource was chosen.
 */
export function validateOrchestration(doc: unknown, options: ValidateOptions = {}): Problem[] {
  // The zod schema written out as data (shape/): the same problems, without building zod's schemas.
  const parsed = shapeProblems<Orchestration>(ORCHESTRATION_SHAPE, doc);
  if (parsed.ok) return validateOrchestrationRules(parsed.data, options);
  if (!parsed.wellTyped) return parsed.problems;
  return withRuleProblems(parsed.problems, validateOrchestrationRules(doc as Orchestration, options));
}

/** True when `problems` holds at least one error (warnings do not count). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
