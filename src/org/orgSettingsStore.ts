/**
 * How the simulated org behaves: its latency and whether every request fails ("Simulate org
 * errors"). View state only; never part of the document or its history.
 */
import { create } from 'zustand';

export interface OrgSettingsState {
  latencyMs: number;
  simulateErrors: boolean;
  setSimulateErrors(on: boolean): void;
  setLatency(ms: number): void;
}

export const useOrgSettings = create<OrgSettingsState>()((set) => ({
  latencyMs: 300,
  simulateErrors: false,
  setSimulateErrors(on) {
    set({ simulateErrors: on });
  },
  setLatency(ms) {
    set({ latencyMs: Math.max(0, ms) });
  },
}));
