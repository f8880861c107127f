/** Messages between the page and the simulation worker. */
import type { Orchestration, Scenario, Trace } from '../model/types';
import type { ElementWhy } from '../engine/whyAt';
import type { RunOutcome } from '../verify/runScenario';

/**
 * Simulate the whole run (`kind` absent), or explain one step or stage at a moment of it (`why`), or
 * run it for a test (`outcome`: the trace with the final values and records expectations check).
 */
export type SimulationRequest =
  | { id: number; kind?: 'trace'; doc: Orchestration; scenario: Scenario | null }
  | { id: number; kind: 'why'; doc: Orchestration; scenario: Scenario | null; index: number; element: string }
  | { id: number; kind: 'outcome'; doc: Orchestration; scenario: Scenario | null };

export type SimulationResponse = { id: number; trace: Trace } | { id: number; why: ElementWhy | null } | { id: number; outcome: RunOutcome } | { id: number; error: string };
