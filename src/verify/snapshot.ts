/**
 * The expectations that describe a run as it is — what `stageflow test --update` writes into a
 * scenario that has none, to be reviewed in the diff like a snapshot. Deterministic: the same run
 * gives the same list, in the design's order.
 */
import type { Expectation, Orchestration, Variable } from '../model/types';
import type { RunOutcome } from './runScenario';

const isFieldMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Variables (and Record fields) whose final value differs from the design's initial one. */
function changedValues(variables: readonly Variable[], final: Readonly<Record<string, unknown>>): Expectation[] {
  const out: Expectation[] = [];
  for (const variable of variables) {
    if (!Object.hasOwn(final, variable.name)) continue;
    const now = final[variable.name];
    const before: unknown = variable.value ?? null;
    if (isFieldMap(now)) {
      const initial = isFieldMap(before) ? before : {};
      for (const [field, value] of Object.entries(now)) {
        if (isScalar(value) && value !== (initial[field] ?? null)) out.push({ kind: 'value', target: `${variable.name}.${field}`, value });
      }
    } else if (isScalar(now) && now !== before) {
      out.push({ kind: 'value', target: variable.name, value: now });
    }
  }
  return out;
}

/**
 * Expectations for what `outcome` shows: the run's status (and end time), each started stage's
 * status, each step's status and run-as user (or that it never started), each decision's outcome,
 * and each variable or field the run changed.
 */
export function snapshotExpectations(doc: Orchestration, outcome: RunOutcome): Expectation[] {
  const { trace } = outcome;
  const out: Expectation[] = [];
  out.push(trace.run.endedAt === null ? { kind: 'runStatus', status: trace.run.status } : { kind: 'runStatus', status: trace.run.status, byMs: trace.run.endedAt });
  for (const stage of doc.stages) {
    const run = trace.stages[stage.name];
    if (run) out.push({ kind: 'stageStatus', stage: stage.name, status: run.status });
  }
  for (const step of doc.stages.flatMap((s) => s.steps)) {
    const run = trace.steps[step.name];
    if (!run) continue;
    if (run.starts === 0) { out.push({ kind: 'notStarted', step: step.name }); continue; }
    out.push({ kind: 'stepStatus', step: step.name, status: run.status });
    if (run.runAs) out.push({ kind: 'runAs', step: step.name, user: run.runAs.user, context: run.runAs.context });
  }
  for (const decision of doc.decisions ?? []) {
    const taken = trace.events.filter((e) => e.type === 'decisionTaken' && e.decision === decision.name).at(-1);
    if (taken) out.push({ kind: 'decision', decision: decision.name, outcome: taken.outcome ?? null });
  }
  out.push(...changedValues(doc.variables ?? [], outcome.variables));
  return out;
}
