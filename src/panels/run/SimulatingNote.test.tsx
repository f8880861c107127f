// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { RunControls } from './RunControls';

beforeEach(() => {
  vi.useFakeTimers();
  resetStores();
});
afterEach(() => vi.useRealTimers());

it('a run still being simulated after a few seconds says why (a loop that never waits), with the limit and how to stop it', () => {
  // given a run being computed under a scenario that lowers maxTransitions
  const doc = useAppStore.getState().doc;
  act(() => useAppStore.setState({ runPhase: 'computing', runDoc: doc, runScenario: { format: 'stageflow.scenario', version: 1, name: 's', limits: { maxTransitions: 50_000 } }, replay: null }));
  render(<RunControls />);
  // then at first it only says it is simulating
  expect(screen.getByRole('toolbar', { name: 'Run controls' })).toHaveTextContent(/^Simulating the run…Exit run$/);
  // when 4 seconds pass without a trace
  act(() => vi.advanceTimersByTime(4000));
  // then the note names the cause, the scenario's limit and the ways out
  expect(screen.getByRole('toolbar', { name: 'Run controls' })).toHaveTextContent("Still simulating after 4 s. A stage loop that never waits runs on to the scenario's limit of 50,000 status changes; Exit run stops it, and a lower “Stop the simulation after” in Scenarios (Launch) stops it sooner.");
  expect(screen.getByRole('button', { name: 'Exit run' })).toBeEnabled();
});
