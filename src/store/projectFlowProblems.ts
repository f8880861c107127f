/**
 * The warnings of the open design about flows its project lacks (io/project/missingProjectFlows.ts),
 * for the canvas, which may not read the project code itself: none while the design is not the
 * project's orchestration.
 */
import { missingProjectFlows, type ProjectFlows } from '../io/project/missingProjectFlows';
import type { Orchestration, Problem } from '../model/types';

const NONE: readonly Problem[] = [];

/** The design's calls to flows `project` does not have, as warnings at each step, condition and stage exit. */
export function projectFlowProblems(doc: Orchestration, project: ProjectFlows | undefined): readonly Problem[] {
  if (!project) return NONE;
  const problems = missingProjectFlows(doc, project);
  return problems.length ? problems : NONE;
}
