// @vitest-environment jsdom
/**
 * The run's users are named from the scenario the run was computed with (the store's
 * `runScenario`), which is not always the design's active one: a record given from the run view to
 * a scenario that is not among the design's changes the run alone (createRunSlice.reviseRunScenario).
 */
import { act, renderHook } from '@testing-library/react';
import { expect, it } from 'vitest';
import { interactiveStep, orchestration, stage } from '../model/testing/fixtures';
import type { Scenario } from '../model/types';
import { useAppStore } from '../store/appStore';
import { useRunUserWords } from './useRunUserWords';

const doc = orchestration({
  trigger: { type: 'recordTriggered', object: 'User', when: 'create' },
  stages: [stage('S', [interactiveStep('Ask', { inputs: {}, assignee: { type: 'user', name: '$Record.Id' } })])],
});
const simulatedUser = '005SIM000000000001';

it('names the triggering user from the scenario the run was computed with, not the active one of the design', () => {
  // given a design without scenarios, run with one whose triggering User is Dana Reyes
  const run: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Interactive run', record: { FirstName: 'Dana', LastName: 'Reyes' } };
  act(() => useAppStore.setState({ scenarios: [], activeScenario: 0, runDoc: doc, runScenario: run }));
  // when
  const { result } = renderHook(() => useRunUserWords());
  // then: it said "the triggering User ($Record)", with no name
  expect(result.current(simulatedUser)).toBe('Dana Reyes, the triggering User ($Record)');
});

it('names them from the active scenario when the run has none (a trace read from a file)', () => {
  // given
  const active: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Lee joins', record: { FirstName: 'Lee', LastName: 'Park' } };
  act(() => useAppStore.setState({ scenarios: [active], activeScenario: 0, runDoc: doc, runScenario: null }));
  // when
  const { result } = renderHook(() => useRunUserWords());
  // then
  expect(result.current(simulatedUser)).toBe('Lee Park, the triggering User ($Record)');
});
