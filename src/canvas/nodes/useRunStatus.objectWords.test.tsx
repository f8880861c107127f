// @vitest-environment jsdom
/**
 * A node's run status for a stage or step named after a property of Object.prototype
 * (`constructor`, `toString`…; FORMAT.md §1) that never started: NotStarted, as for an ordinary
 * name, not Object.prototype's function (docs/decisions.md, *chosen*).
 */
import { act, renderHook } from '@testing-library/react';
import { expect, it } from 'vitest';
import { simulate } from '../../engine';
import { ORDINARY, ROTATIONS, wordDesign, wordNames, wordScenario, type Names } from '../../model/testing/objectWordNames';
import { TraceReplay } from '../../player/replay';
import { useAppStore } from '../../store/appStore';
import { useRunAs, useRunStatus } from './useRunStatus';

/** What the last stage, its step and the step that waits show at the end of the run that stalls. */
function shown(n: Names): unknown {
  const doc = wordDesign(n);
  const trace = simulate(doc, wordScenario(n, 'sparse'));
  const replay = new TraceReplay(trace);
  act(() => useAppStore.setState({ runPhase: 'ready', trace, snapshot: replay.stateAt(trace.events.length - 1) }));
  const { result, unmount } = renderHook(() => [
    useRunStatus(n.lastStage, 'stage'), useRunStatus(n.lastStep, 'step'), useRunAs(n.lastStep),
    useRunStatus(n.laterStep, 'step'), useRunStatus(n.stage, 'stage'), useRunAs(n.step),
  ]);
  const value = result.current;
  unmount();
  return value;
}

it.each(Array.from({ length: ROTATIONS }, (_, r) => [r, JSON.stringify(wordNames(r))] as const))('rotation %i %s: the nodes show what the ordinary design\'s show', (rotation) => {
  const control = shown(ORDINARY);
  expect(control).toEqual(['NotStarted', 'NotStarted', null, 'NotStarted', 'InProgress', '$AutomatedProcessUser']);
  expect(shown(wordNames(rotation))).toEqual(control);
});
