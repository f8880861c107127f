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
    fireEvent.mouseEnter(item);
    button.blur();
  });
  act(() => vi.advanceTimersByTime(20000));
  expect(screen.getByRole('button', { name: 'Show report' })).toBeInTheDocument();
  // when the pointer leaves, then it fades a full lifetime later, not at once
  act(() => fireEvent.mouseLeave(item));
  act(() => vi.advanceTimersByTime(7000));
  expect(screen.getByRole('button', { name: 'Show report' })).toBeInTheDocument();
  act(() => vi.advanceTimersByTime(1000));
  expect(screen.queryByRole('button', { name: 'Show report' })).toBeNull();
});
