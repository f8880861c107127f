// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../testing/renderPanel';

/** jsdom lays nothing out and has no scrollIntoView: a spy records what was asked to come into view. */
const scrolled: { el: Element; arg: unknown }[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element, arg?: unknown) {
    scrolled.push({ el: this, arg });
  });
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('choosing "When the specified requirements are met" brings the requirement editor into view', () => {
  it.each([
    ['a step’s start', 'Create_User_Accounts', 'When to start', 'Requirements to start the step'],
    ['an interactive step’s completion', 'Review', 'When to complete', 'Requirements to complete the step'],
    ['a stage’s exit', 'Accounts_And_Equipment', 'When to complete the stage', 'Requirements to complete the stage'],
  ])('%s: the editor that appeared is scrolled to, just enough; focus stays on the select', async (_, element, label, title) => {
    renderPanel([element]);
    const select = screen.getByLabelText(label);
    select.focus();
    fireEvent.change(select, { target: { value: 'requirements' } });
    await nextFrame();
    expect(scrolled.map((s) => [s.el.getAttribute('aria-label'), s.arg])).toEqual([[title, { block: 'nearest' }]]);
    expect(document.activeElement).toBe(select);
  });

  it('selecting an element that already starts on requirements scrolls nothing (only the admin’s choice does)', async () => {
    renderPanel(['Welcome_Email']);
    await nextFrame();
    expect(screen.getByRole('region', { name: 'Requirements to start the step' })).toBeTruthy();
    expect(scrolled).toEqual([]);
  });
});
