/** Validation of orchestration and scenario documents (SEMANTICS.md "Validation"). Placeholder. */
import type { Orchestration, Problem } from './types';

/** Every problem of an orchestration document (schema and semantic), each with its JSON path. */
export function validateOrchestration(_doc: unknown): Problem[] {
  return [];
}

/** Every problem of a scenario against the orchestration it drives. */
export function validateScenario(_scenario: unknown, _doc: Orchestration): Problem[] {
  return [];
}
