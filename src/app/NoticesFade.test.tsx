// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { resetStores } from '../panels/testing/renderPanel';
import { useAppStore } from '../store/appStore';
import { Notices } from './Notices';

beforeEach(() => {
  resetStores();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

it('a notice offering a project report fades as other notices do: File ▸ Show project report… shows the report again (docs/projects.md, chosen)', () => {
  // given
  render(<Notices />);
  act(() => useAppStore.getState().notify('info', 'Opened Case_Lifecycle from CaseLifecycle: nothing to fix or check; 4 parts kept as written.', undefined, undefined, undefined, { fileName: 'CaseLifecycle: Case_Lifecycle', ok: true, problems: [] }));
  expect(screen.getByRole('button', { name: 'Show report' })).toBeInTheDocument();
  // when
  act(() => vi.advanceTimersByTime(8000));
  // then
  expect(screen.queryByRole('button', { name: 'Show report' })).toBeNull();
  expect(useAppStore.getState().notices.filter((n) => n.report)).toEqual([]);
});

it('a notice with focus inside it or the pointer over it does not fade, and fades a full lifetime after it is left', () => {
  // given a notice whose Show report button has keyboard focus
  render(<Notices />);
  act(() => useAppStore.getState().notify('info', 'Opened Case_Lifecycle from CaseLifecycle.', undefined, undefined, undefined, { fileName: 'CaseLifecycle: Case_Lifecycle', ok: true, problems: [] }));
  const button = screen.getByRole('button', { name: 'Show report' });
  act(() => button.focus());
  // when its lifetime passes, then it stays, with focus where it was
  act(() => vi.advanceTimersByTime(20000));
  expect(screen.getByRole('button', { name: 'Show report' })).toHaveFocus();
  // when focus leaves and the pointer rests on it, then it still stays
  const item = button.closest('li')!;
  act(() => {
    fireEvent.pointerEnter(item, { pointerType: 'mouse' });
    button.blur();
  });
  act(() => vi.advanceTimersByTime(20000));
  expect(screen.getByRole('button', { name: 'Show report' })).toBeInTheDocument();
  // when the pointer leaves, then it fades a full lifetime later, not at once
  act(() => fireEvent.pointerLeave(item, { pointerType: 'mouse' }));
  act(() => vi.advanceTimersByTime(7000));
  expect(screen.getByRole('button', { name: 'Show report' })).toBeInTheDocument();
  act(() => vi.advanceTimersByTime(1000));
  expect(screen.queryByRole('button', { name: 'Show report' })).toBeNull();
});

/** The canvas region focus falls back to (ui/focusFallback.ts), and two notices drawn. */
function canvasAndTwoNotices(): HTMLElement {
  const canvas = document.body.appendChild(Object.assign(document.createElement('div'), { tabIndex: -1 }));
  canvas.setAttribute('data-canvas-host', '');
  render(<Notices />);
  act(() => {
    useAppStore.getState().notify('info', 'First notice');
    useAppStore.getState().notify('info', 'Second notice');
  });
  return canvas;
}
const dismissOf = (text: string) => screen.getByText(text).closest('li')!.querySelector<HTMLButtonElement>('button[aria-label="Dismiss notice"]')!;

it('a notice dismissed from the keyboard hands focus to the × of the notice in its place, then to the canvas, not to <body> (docs/editor.md, chosen)', () => {
  // given two notices, the first one's × focused from the keyboard (jsdom knows no :focus-visible)
  const canvas = canvasAndTwoNotices();
  const matches = Element.prototype.matches;
  vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
    return selector === ':focus-visible' ? this === document.activeElement : matches.call(this, selector);
  });
  act(() => dismissOf('First notice').focus());
  // when it is pressed, then the second notice's ×, which took its place, has focus
  act(() => fireEvent.click(dismissOf('First notice')));
  act(() => vi.advanceTimersByTime(50));
  expect(screen.queryByText('First notice')).toBeNull();
  expect(dismissOf('Second notice')).toHaveFocus();
  // when that one is pressed too, then the canvas has focus
  act(() => fireEvent.click(dismissOf('Second notice')));
  act(() => vi.advanceTimersByTime(50));
  expect(screen.queryByText('Second notice')).toBeNull();
  expect(canvas).toHaveFocus();
  vi.restoreAllMocks();
  canvas.remove();
});

it('a notice dismissed by a click hands focus to the canvas, so that no other notice is kept from fading by it', () => {
  // given two notices, the first one's × focused by a click (not :focus-visible)
  const canvas = canvasAndTwoNotices();
  act(() => dismissOf('First notice').focus());
  // when it is pressed
  act(() => fireEvent.click(dismissOf('First notice')));
  act(() => vi.advanceTimersByTime(50));
  // then the canvas has focus, and the second notice fades in its time
  expect(canvas).toHaveFocus();
  act(() => vi.advanceTimersByTime(8000));
  expect(screen.queryByText('Second notice')).toBeNull();
  canvas.remove();
});

it('a notice tapped on a touch screen is held only while the finger is on it: the tap\'s mouseenter, whose mouseleave never comes, does not keep it', () => {
  // given a notice
  render(<Notices />);
  act(() => useAppStore.getState().notify('info', 'Tapped notice'));
  const item = screen.getByText('Tapped notice').closest('li')!;
  // when it is tapped: the finger's pointer events, then the mouse events a browser sends after a tap
  act(() => {
    fireEvent.pointerEnter(item, { pointerType: 'touch' });
    fireEvent.pointerLeave(item, { pointerType: 'touch' });
    fireEvent.mouseEnter(item);
  });
  // then it fades in its time, as if never touched
  act(() => vi.advanceTimersByTime(8000));
  expect(screen.queryByText('Tapped notice')).toBeNull();
});
