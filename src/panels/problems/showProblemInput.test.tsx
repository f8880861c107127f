// @vitest-environment jsdom
/**
 * Show it's wait for the problem's field (showProblem.ts, up to about 1.5 s) ends at the admin's first
 * key or click: focus is theirs then, and a field drawn late must not take it from where they put
 * it. jsdom's events are not trusted, so what the user did is told through focusLater's mark.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import type { Orchestration, StartCondition } from '../../model/types';
import { renderPanel } from '../testing/renderPanel';
import { showProblem } from './showProblem';

const input = vi.hoisted(() => ({ acted: false }));
vi.mock('../../ui/focusLater', async (original) => ({
  ...(await original<typeof import('../../ui/focusLater')>()),
  userActedSince: () => input.acted,
}));

const PATH = 'stages[0].steps[2].start.requirements[1].left';

function designWithProblem(): Orchestration {
  const doc = propertiesFixture();
  (doc.stages[0]!.steps[2]!.start as Extract<StartCondition, { mode: 'requirements' }>).requirements[1]!.left = '';
  return doc;
}

afterEach(() => {
  input.acted = false;
  vi.useRealTimers();
});

describe('Show it: the admin\'s input ends the wait for the field', () => {
  it('puts focus in the field when the admin did nothing meanwhile (the case below differs in that alone)', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    renderPanel([], designWithProblem());
    act(() => showProblem('Welcome_Email', PATH));
    await vi.advanceTimersByTimeAsync(2000);
    expect(document.activeElement?.getAttribute('data-problem-path')).toBe(PATH);
  });

  it('leaves focus where the admin put it when they typed or clicked before the field was drawn', async () => {
    // given Show it pressed, then a click into the search box before the form is drawn
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    renderPanel([], designWithProblem());
    const theirs = Object.assign(document.createElement('input'), { type: 'search' });
    document.body.append(theirs);
    try {
      act(() => showProblem('Welcome_Email', PATH));
      theirs.focus();
      input.acted = true;
      // when every frame of the wait has passed
      await vi.advanceTimersByTimeAsync(2000);
      // then the form is there, and focus is still theirs
      expect(screen.getByRole('heading', { name: 'Step' })).toBeInTheDocument();
      expect(document.activeElement).toBe(theirs);
    } finally {
      theirs.remove();
    }
  });
});
