/**
 * The engine's explanation of why a step has not started at the moment the player shows (see
 * engine/whyAt.ts), computed in the simulation worker. Answers are cached per run, step and moment,
 * and the previous answer stays on screen while the next one is computed (no flicker while playing).
 * A run shown from a trace file cannot be simulated again, so it has no explanation by moment.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StepWhy } from '../../player/stepWhy';
import type { Trace } from '../../model/types';
import { useAppStore } from '../../store/appStore';

const runIds = new WeakMap<Trace, number>();
let nextRunId = 1;

/** A number per shown trace, for query keys (the trace itself is too big to hash). */
function runId(trace: Trace): number {
  let id = runIds.get(trace);
  if (id === undefined) {
    id = nextRunId++;
    runIds.set(trace, id);
  }
  return id;
}

export interface StepWhyResult {
  why: StepWhy | null;
  /** The answer shown is for an earlier moment while the current one is computed. */
  stale: boolean;
  /** No explanation by moment can be had (trace file, worker failure). */
  unavailable: boolean;
}

export function useStepWhy(step: string, index: number, enabled: boolean): StepWhyResult {
  const trace = useAppStore((s) => s.trace);
  const doc = useAppStore((s) => s.runDoc);
  const scenario = useAppStore((s) => s.runScenario);
  const fromFile = useAppStore((s) => s.traceFromFile);
  const explain = useAppStore((s) => s.explainStep);
  const possible = enabled && trace !== null && doc !== null && !fromFile;
  const query = useQuery({
    queryKey: ['stepWhy', trace ? runId(trace) : 0, step, index],
    queryFn: () => explain(doc!, scenario, index, step),
    enabled: possible,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  });
  const why = query.data ?? null;
  return {
    why: why && why.step === step ? why : null,
    stale: query.isPlaceholderData,
    unavailable: !possible || query.isError,
  };
}
