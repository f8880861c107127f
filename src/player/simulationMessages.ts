/** Messages between the page and the simulation worker. */
import type { Orchestration, Scenario, Trace } from '../model/types';
import type { ElementWhy } from '../engine/whyAt';

/** Simulate the whole run (`kind` absent), or explain one step or stage at a moment of it (`why`). */
export type SimulationRequest =
  | { id: number; kind?: 'trace'; doc: Orchestration; scenario: Scenario | null }
  | { id: number; kind: 'why'; doc: Orchestration; scenario: Scenario | null; index: number; element: string };

export type SimulationResponse = { id: number; trace: Trace } | { id: number; why: ElementWhy | null } | { id: number; error: string };
