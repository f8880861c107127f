/**
 * The expectations that describe a run as it is — what `stageflow test --update` writes into a
 * scenario that has none, to be reviewed in the diff like a snapshot. Deterministic: the same run
 * gives the same list, in the design's order.
 */
import { triggerFields } from '../engine/runRecords';
import { RECORD_VARIABLE } from '../model/names';
import type { Expectation, Orchestration, Scenario, Variable } from '../model/types';
import type { RunOutcome } from './runScenario';
import { own } from '../model/ownKey';

const isFieldMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * What a variable held as the run started: the design's value, the scenario's `inputs` for an
 * input variable, the triggering record as the scenario saved it (`record`, over the design's).
 */
function startValue(doc: Orchestration, variable: Variable, scenario: Scenario | undefined): unknown {
  if (variable.name === RECORD_VARIABLE && doc.trigger?.type === 'recordTriggered') return triggerFields(doc, scenario);
  const input = own(scenario?.inputs, variable.name);
  return input !== undefined ? input : variable.value ?? null;
}

/** Variables (and Record fields) whose final value differs from the one the run started with. */
function changedValues(doc: Orchestration, scenario: Scenario | undefined, final: Readonly<Record<string, unknown>>): Expectation[] {
  const out: Expectation[] = [];
  for (const variable of doc.variables ?? []) {
    if (!Object.hasOwn(final, variable.name)) continue;
    const now = final[variable.name];
    const before = startValue(doc, variable, scenario);
    if (isFieldMap(now)) {
      const initial = isFieldMap(before) ? before : {};
      for (const [field, value] of Object.entries(now)) {
        // a record's Id is given when it is stored (the org's), never changed by the run
        if (field.toLowerCase() === 'id') continue;
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
 * and each variable or field the run changed (against what it started with: the scenario's record
 * and inputs are not changes).
 */
export function snapshotExpectations(doc: Orchestration, outcome: RunOutcome, scenario?: Scenario): Expectation[] {
  const { trace } = outcome;
  const out: Expectation[] = [];
  // a save that did not launch it: nothing ran, which is what its steps' notStarted say (no runStatus holds)
  if (trace.run.launch && !trace.run.launch.launched) return doc.stages.flatMap((s) => s.steps).map((step) => ({ kind: 'notStarted', step: step.name }));
  out.push(trace.run.endedAt === null ? { kind: 'runStatus', status: trace.run.status } : { kind: 'runStatus', status: trace.run.status, byMs: trace.run.endedAt });
  for (const stage of doc.stages) {
    const run = own(trace.stages, stage.name);
    if (run) out.push({ kind: 'stageStatus', stage: stage.name, status: run.status });
  }
  for (const step of doc.stages.flatMap((s) => s.steps)) {
    const run = own(trace.steps, step.name);
    if (!run) continue;
    if (run.starts === 0) { out.push({ kind: 'notStarted', step: step.name }); continue; }
    out.push({ kind: 'stepStatus', step: step.name, status: run.status });
    if (run.runAs) out.push({ kind: 'runAs', step: step.name, user: run.runAs.user, context: run.runAs.context });
  }
  for (const decision of doc.decisions ?? []) {
    const taken = trace.events.filter((e) => e.type === 'decisionTaken' && e.decision === decision.name).at(-1);
    if (taken) out.push({ kind: 'decision', decision: decision.name, outcome: taken.outcome ?? null });
  }
  out.push(...changedValues(doc, scenario, outcome.variables));
  return out;
}
