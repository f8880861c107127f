// @vitest-environment jsdom
/** Scenarios → Run all scenarios: its result is announced and brought into view. */
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { RunAllReport } from './RunAllReport';
import { oneStepDesign, openScenariosOf } from './testing/scenarioEditorSetup';

const ownScroll = Element.prototype.scrollIntoView; // jsdom has none
beforeEach(() => openScenariosOf(oneStepDesign()));
afterEach(() => {
  Element.prototype.scrollIntoView = ownScroll;
});

const scenario: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Happy path', expectations: [{ kind: 'runStatus', status: 'Completed' }] };

it('the live region is on the page, empty, before the run, so a screen reader reads out the result put into it; the result is scrolled into view', async () => {
  // given (jsdom lays nothing out: scrolling is watched, not done)
  const scrolled = vi.fn();
  Element.prototype.scrollIntoView = scrolled;
  render(<RunAllReport doc={useAppStore.getState().doc} scenarios={[scenario]} />);
  const results = screen.getByRole('status', { name: 'Scenario test results' });
  expect(results).toBeEmptyDOMElement();
  // when
  fireEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
  // then the same region holds the result, and its summary was brought into view
  // (the engine is loaded on first use: a cold import takes seconds on a busy machine)
  expect(await screen.findByText(/passed, \d+ failed/, {}, { timeout: 15_000 })).toHaveTextContent('1 passed, 0 failed');
  expect(results).toHaveTextContent('Happy path (Completed)');
  expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
  expect(scrolled.mock.contexts[0]).toHaveTextContent('1 passed, 0 failed');
});
