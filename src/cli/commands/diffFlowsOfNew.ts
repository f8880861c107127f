/**
 * `stageflow diff` compares two versions of an orchestration, not of the flows it calls. In CI the
 * old version is usually a copy of the base branch's file in a temporary folder
 * (`git show origin/main:…/Order.flow-meta.xml > $RUNNER_TEMP/…`), in no project, so each flow it
 * calls became a placeholder (no elements) while the new version, in the project, runs the real
 * flows: an orchestration nobody changed was reported as behaving differently. So a flow the old
 * version only has as a placeholder is taken from the new version when the new one has it (*chosen*:
 * both versions then run the same flows, which is what a review of the orchestration's change means).
 */
import type { Flow, Orchestration } from '../../model/types';
import { fileLabel } from '../fileLabel';

/** A flow that became a placeholder when its design was read: no definition, no elements, no behaviour of its own. */
function isPlaceholder(flow: Flow): boolean {
  return flow.definition === undefined && flow.source === undefined && flow.behavior === undefined && (flow.elements ?? []).length === 0;
}

/** `oldDoc` with each placeholder flow replaced by the new version's flow of that name and type, and a warning line for each. */
export function withFlowsOfNew(oldFile: string, oldDoc: Orchestration, newDoc: Orchestration): { doc: Orchestration; warnings: string[]; replaced: string[] } {
  const real = new Map((newDoc.flows ?? []).filter((f) => f.definition !== undefined).map((f) => [f.name, f]));
  const warnings: string[] = [];
  const replaced: string[] = [];
  const flows = (oldDoc.flows ?? []).map((flow) => {
    const taken = isPlaceholder(flow) ? real.get(flow.name) : undefined;
    if (!taken || taken.type !== flow.type) return flow;
    warnings.push(`${fileLabel(oldFile)}: flows: warning: flow ${flow.name} is not beside this version; the new version's (${taken.source?.path ?? flow.name}) was used, so both versions run the same flows`);
    replaced.push(flow.name);
    return taken;
  });
  return warnings.length === 0 ? { doc: oldDoc, warnings, replaced } : { doc: { ...oldDoc, flows }, warnings, replaced };
}

/**
 * The old version's reading notes without the ones that said a flow `replaced` became a placeholder
 * (`<old>: flows[2]: warning: flow X is referenced but not in the project …; added as a placeholder`):
 * the run used the new version's flow, and the line saying so replaces them.
 */
export function withoutReplacedPlaceholders(oldFile: string, lines: readonly string[], replaced: readonly string[]): string[] {
  const names = new Set(replaced);
  // the reading notes name the file as problem lines do (escaped, `-` as <stdin>)
  const prefix = `${fileLabel(oldFile)}: flows[`;
  return lines.filter((line) => {
    if (!line.startsWith(prefix)) return true;
    const name = /^\d+\]: warning: flow (\S+) is referenced but /.exec(line.slice(prefix.length))?.[1];
    return name === undefined || !names.has(name);
  });
}
