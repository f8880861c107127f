/**
 * Why a run stops before its end. Deep helpers (a reference inside a condition, a formula inside an
 * assignment) signal it by throwing a FlowStop; the run loop catches it at the element and turns it
 * into the typed result (a fault the element's fault connector may catch, or an unsupported stop).
 * No FlowStop ever leaves the interpreter.
 */
import type { FlowRunResult } from './types';

export type StopKind = 'fault' | 'unsupported' | 'limit';

export class FlowStop extends Error {
  constructor(
    readonly kind: StopKind,
    message: string,
    readonly detail: { kind?: string; function?: string; reference?: string; stoppedBy?: 'maxElements' | 'maxDepth' } = {},
  ) {
    super(message);
  }
}

/** The element fails (a fault connector can catch it): a missing record, a mocked action fault, a bad value. */
export function fault(message: string): FlowStop {
  return new FlowStop('fault', message);
}

/** The interpreter cannot run this (an element kind, a function, a reference, a value kind): the run stops. */
export function unsupported(message: string, detail: FlowStop['detail'] = {}): FlowStop {
  return new FlowStop('unsupported', message, detail);
}

/**
 * A subflow stopped at a Wait: the caller's interview pauses with it (the run loop catches this at
 * the Subflow element and suspends the caller there, keeping the subflow's own suspended run).
 * Not a FlowStop: nothing failed. `result` is the subflow's waiting run and the org it left.
 */
export class CalledFlowWaits extends Error {
  constructor(
    readonly element: string,
    readonly flowName: string,
    readonly result: FlowRunResult,
  ) {
    super(`${element}: the subflow ${flowName} waits`);
  }
}
