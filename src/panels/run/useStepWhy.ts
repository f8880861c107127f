/**
 * The engine's explanation of why a step has not started, or a stage has not completed, at the
 * moment the player shows (see engine/whyAt.ts), computed in the simulation worker. Answers are
 * cached per run, element and moment, and the previous answer stays on screen while the next one is
 * computed (no flicker while playing). A run shown from a trace file cannot be simulated again, so
 * it has no explanation by moment.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ElementWhy, StageWhy, StepWhy } from '../../player/stepWhy';
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

export interface WhyResult<W> {
  why: W | null;
  /** The answer shown is for an earlier moment while the current one is computed. */
  stale: boolean;
  /** No explanation by moment can be had (trace file, worker failure). */
  unavailable: boolean;
}

export type StepWhyResult = WhyResult<StepWhy>;

function useElementWhy(element: string, index: number, enabled: boolean): WhyResult<ElementWhy> {
  const trace = useAppStore((s) => s.trace);
  const doc = useAppStore((s) => s.runDoc);
  const scenario = useAppStore((s) => s.runScenario);
  const fromFile = useAppStore((s) => s.traceFromFile);
  const explain = useAppStore((s) => s.explainStep);
  const possible = enabled && trace !== null && doc !== null && !fromFile;
  const query = useQuery({
    queryKey: ['why', trace ? runId(trace) : 0, element, index],
    queryFn: () => explain(doc!, scenario, index, element),
    enabled: possible,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  });
  return { why: query.data ?? null, stale: query.isPlaceholderData, unavailable: !possible || query.isError };
}

/** Why `step` has not started at event `index` (an answer for another element is not shown). */
export function useStepWhy(step: string, index: number, enabled: boolean): StepWhyResult {
  const { why, ...rest } = useElementWhy(step, index, enabled);
  return { why: why?.kind === 'step' && why.step === step ? why : null, ...rest };
}

/** Why `stage` has not completed at event `index`: its exit condition then. */
export function useStageWhy(stage: string, index: number, enabled: boolean): WhyResult<StageWhy> {
  const { why, ...rest } = useElementWhy(stage, index, enabled);
  return { why: why?.kind === 'stage' && why.stage === stage ? why : null, ...rest };
}
