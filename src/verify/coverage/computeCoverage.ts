/**
 * Coverage of a design by a set of runs (one per scenario): which targets each run reached, the
 * totals per kind, and — for the canvas heat overlay — how many runs reached each element.
 */
import type { Orchestration, Trace, TraceEvent } from '../../model/types';
import { COVERAGE_KINDS, coverageTargets, type CoverageKind, type CoverageTarget } from './coverageItems';

/** One run to count: the scenario's name and the trace it produced. */
export interface CoverageRun {
  name: string;
  trace: Trace;
}

/** A target and the runs that reached it (empty: never reached). */
export interface CoverageItem extends CoverageTarget {
  reachedIn: string[];
}

export interface CoverageCount {
  covered: number;
  total: number;
  /** 0–100, rounded down to one decimal (so 99.96% never shows as 100%); 100 when there is nothing to cover. */
  percent: number;
}

export interface CoverageReport {
  design: string;
  runs: number;
  items: CoverageItem[];
  byKind: Record<CoverageKind, CoverageCount>;
  overall: CoverageCount;
  /** Every stage, step and decision of the design → how many runs reached it (0 = never: make it stand out). */
  elements: Record<string, number>;
}

/** A percentage rounded down to one decimal, 100 for an empty total. */
export function percentOf(covered: number, total: number): number {
  return total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10;
}

function count(items: readonly CoverageItem[]): CoverageCount {
  const covered = items.filter((i) => i.reachedIn.length > 0).length;
  return { covered, total: items.length, percent: percentOf(covered, items.length) };
}

function eventKey(type: string, element: string | undefined, outcome?: string | null): string {
  return outcome === undefined ? `${type} ${element ?? ''}` : `${type} ${element ?? ''} ${outcome ?? '(default)'}`;
}

function keysOf(event: TraceEvent): string[] {
  const element = event.step ?? event.decision ?? event.stage;
  const keys = [eventKey(event.type, element)];
  if (event.type === 'decisionTaken') keys.push(eventKey(event.type, element, event.outcome ?? null));
  return keys;
}

/** The elements a trace shows reached: stages and steps that started, decisions taken. */
function reachedElements(trace: Trace): Set<string> {
  const reached = new Set<string>();
  for (const event of trace.events) {
    if (event.type === 'stageStarted' && event.stage) reached.add(event.stage);
    if (event.type === 'stepStarted' && event.step) reached.add(event.step);
    if (event.type === 'decisionTaken' && event.decision) reached.add(event.decision);
  }
  return reached;
}

/**
 * Coverage of `doc` by `runs`. Pure: the caller runs the scenarios (`runScenario`, or the app's
 * worker) and passes the traces; the same traces give the same report.
 */
export function computeCoverage(doc: Orchestration, runs: readonly CoverageRun[]): CoverageReport {
  const seen = runs.map((run) => ({ name: run.name, keys: new Set(run.trace.events.flatMap(keysOf)), reached: reachedElements(run.trace) }));
  const items: CoverageItem[] = coverageTargets(doc).map((target) => {
    const key = eventKey(target.reachedBy.type, target.reachedBy.element, target.reachedBy.outcome);
    return { ...target, reachedIn: seen.filter((run) => run.keys.has(key)).map((run) => run.name) };
  });
  const byKind = Object.fromEntries(COVERAGE_KINDS.map((kind) => [kind, count(items.filter((i) => i.kind === kind))])) as Record<CoverageKind, CoverageCount>;
  const elements: Record<string, number> = {};
  const names = [...doc.stages.flatMap((s) => [s.name, ...s.steps.map((step) => step.name)]), ...(doc.decisions ?? []).map((d) => d.name)];
  for (const name of names) elements[name] = seen.filter((run) => run.reached.has(name)).length;
  return { design: doc.name, runs: runs.length, items, byKind, overall: count(items), elements };
}
