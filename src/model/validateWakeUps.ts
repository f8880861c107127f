/**
 * R13 warning: a condition that uses an evaluation flow reading a value that no requirement of the
 * same stage reads. Admins expect a change of that value to wake the run; it does not — the flow is
 * re-checked only on an orchestration event, a step or work item completing, or a resume.
 */
import { parseReference } from './references';
import type { Stage } from './types';
import type { ValidationContext } from './validateContext';
import { resolveReference } from './validateResolve';
import type { ConditionSites } from './validateSites';
import { inputText } from './inputValue';

function readsOf(ctx: ValidationContext, text: string, flowInputs?: ReadonlySet<string>): string | null {
  const resolution = resolveReference(ctx, text, { flowInputs });
  return resolution.ok ? resolution.reads : null;
}

function covered(key: string, reads: ReadonlySet<string>): boolean {
  if (reads.has(key)) return true;
  const dot = key.indexOf('.');
  return dot > 0 && reads.has(key.slice(0, dot));
}

/** The values each stage's requirements read (stage exit, step starts and completions). */
function readsByStage(ctx: ValidationContext, sites: ConditionSites): Map<Stage, Set<string>> {
  const stageReads = new Map<Stage, Set<string>>();
  for (const site of sites.requirementLists) {
    if (!site.stage) continue;
    let reads = stageReads.get(site.stage);
    if (!reads) stageReads.set(site.stage, (reads = new Set()));
    for (const row of site.list.requirements) {
      for (const text of [row.left, row.right && 'ref' in row.right ? row.right.ref : null]) {
        const key = text === null ? null : readsOf(ctx, text);
        if (key !== null) reads.add(key);
      }
    }
  }
  return stageReads;
}

/** Adds an R13 warning to each evaluation-flow condition that reads values nothing else in its stage reads. */
export function validateWakeUps(ctx: ValidationContext, sites: ConditionSites): void {
  let stageReads: Map<Stage, Set<string>> | null = null;
  for (const site of sites.evaluationFlows) {
    const flow = ctx.flows.get(site.flow)?.flow;
    if (!flow?.condition || flow.result !== undefined) continue;
    stageReads ??= readsByStage(ctx, sites);
    const inputs = new Set(flow.inputs ?? []);
    const keys = new Set<string>();
    for (const row of flow.condition.requirements) {
      for (const text of [row.left, row.right && 'ref' in row.right ? row.right.ref : null]) {
        if (text === null) continue;
        const given = parseReference(text)?.kind === 'name' && inputs.has(text) ? site.inputs[text] : text;
        const bound = given === undefined ? undefined : inputText(given);
        const key = bound === undefined ? null : readsOf(ctx, bound, bound === text ? inputs : undefined);
        if (key !== null) keys.add(key);
      }
    }
    const reads = stageReads.get(site.stage) ?? new Set<string>();
    const lonely = [...keys].filter((k) => !covered(k, reads));
    if (lonely.length === 0) continue;
    const values = lonely.join(', ');
    ctx.warn(site.path, `${site.owner} uses evaluation flow "${flow.name}", which reads ${values}. A change to ${values} alone does not wake the orchestration: the flow is checked again only when a step or work item completes, an orchestration event is published, or the run resumes`);
  }
}
