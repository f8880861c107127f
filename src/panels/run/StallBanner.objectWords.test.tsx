// @vitest-environment jsdom
/**
 * The stall banner of a design whose stage is named after a property of Object.prototype
 * (`constructor`, `toString`…; FORMAT.md §1): a stage that never started is "not reached", as one
 * with an ordinary name is (docs/decisions.md, *chosen*).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { ORDINARY, renamed, ROTATIONS, wordDesign, wordNames, wordScenario, type Names } from '../../model/testing/objectWordNames';
import { useAppStore } from '../../store/appStore';
import { resetStores } from '../testing/renderPanel';
import { StallBanner } from './StallBanner';

beforeEach(() => resetStores());

/** The banner's text at the end of the run that stalls in the first stage. */
function bannerText(n: Names): string {
  const doc = wordDesign(n);
  const scenario = wordScenario(n, 'sparse');
  resetStores(doc);
  const trace = simulate(doc, scenario);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: doc, runScenario: scenario, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
  render(<StallBanner />);
  const text = screen.getByRole('status').textContent ?? '';
  cleanup();
  return text;
}

it('the control: the stage never reached is named', () => {
  expect(bannerText(ORDINARY)).toContain('Not reached: stage Last.');
});

it.each(Array.from({ length: ROTATIONS }, (_, r) => [r, wordNames(r).lastStage] as const))('rotation %i (last stage %s): the banner reads as the ordinary design\'s, renamed', (rotation) => {
  const names = wordNames(rotation);
  expect(bannerText(names)).toBe(renamed(bannerText(ORDINARY), names));
});
