// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
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
