// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import type { Problem } from '../model/types';
import { useAppStore } from './appStore';
import { useShownDesign, type ShownDesign } from './useShownDesign';

describe('useShownDesign', () => {
  it('shows an opened design after the render of the change, its problems always those of the document shown', async () => {
    // given a view of the open design
    const before = emptyOrchestration('Before');
    const opened = emptyOrchestration('Opened');
    const problems: Problem[] = [{ path: 'stages', message: 'add a stage', severity: 'warning' }];
    useAppStore.getState().openDocument(before);
    const renders: ShownDesign[] = [];
    const { result } = renderHook(() => {
      const shown = useShownDesign();
      renders.push(shown);
      return shown;
    });
    // when another design is opened with its problems
    act(() => {
      useAppStore.getState().problemMemo.prime(opened, problems);
      useAppStore.getState().openDocument(opened);
    });
    // then it is shown, and no render paired a document with the other one's problems
    await waitFor(() => expect(result.current.doc).toBe(opened));
    expect(result.current.problems.all).toEqual(problems);
    for (const r of renders) expect(r.problems).toBe(useAppStore.getState().problemMemo.indexOf(r.doc));
    expect(renders.some((r) => r.doc === before)).toBe(true);
  });
});
