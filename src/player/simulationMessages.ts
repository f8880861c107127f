/** Messages between the page and the simulation worker. */
import type { Orchestration, Scenario, Trace } from '../model/types';

export interface SimulationRequest {
  id: number;
  doc: Orchestration;
  scenario: Scenario | null;
}

export type SimulationResponse = { id: number; trace: Trace } | { id: number; error: string };
