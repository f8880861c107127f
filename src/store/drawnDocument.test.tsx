// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import { largeOrchestration } from '../model/testing/largeDocument';
import type { Orchestration } from '../model/types';
import { useAppStore } from './appStore';
import { DRAW_LATER_NODES, designNodeCount, drawsLater } from './bigDesign';
import { useDrawnDoc } from './drawnDocument';

const setLabel = defineCommand<{ label: string }>('orchestration.setLabel', 'Rename orchestration', (doc, p) => ({ ...doc, label: p.label }));

/** Renders the hook and logs every document it returned, render by render. */
function drawnLog() {
  const log: { doc: Orchestration; pending: boolean }[] = [];
  renderHook(() => {
    const drawn = useDrawnDoc();
    log.push(drawn);
    return drawn;
  });
  return log;
}

describe('the document the canvas draws', () => {
  beforeEach(() => {
    act(() => {
      useAppStore.getState().exitRun();
      useAppStore.getState().openDocument(emptyOrchestration(), { fresh: true });
    });
  });

  it('counts stages, steps and decisions, and draws a design later above DRAW_LATER_NODES', () => {
    const big = largeOrchestration(3_000, 50);
    expect(designNodeCount(big)).toBe(3_060);
    expect(drawsLater(big)).toBe(true);
    // the benchmark's 2,000 steps (2,100 nodes) are drawn in the task that opens them
    expect(drawsLater(largeOrchestration(2_000, 20))).toBe(false);
    const under = largeOrchestration(2_380, 20);
    const over = largeOrchestration(2_381, 20);
    expect([designNodeCount(under), designNodeCount(over)]).toEqual([DRAW_LATER_NODES - 1, DRAW_LATER_NODES + 1]);
    expect([drawsLater(under), drawsLater(over)]).toEqual([false, true]);
  });

  it('draws a big design just opened in a later render: first the design before it, marked pending, then the new one', () => {
    // given the canvas drawing the empty design
    const before = useAppStore.getState().doc;
    const log = drawnLog();
    const big = largeOrchestration(3_000, 50);
    // when a big design opens
    act(() => {
      useAppStore.getState().openDocument(big);
    });
    // then the store holds it at once, the hook first drew the design before it, then the new one
    expect(useAppStore.getState().doc).toBe(big);
    const afterOpen = log.slice(1);
    expect(afterOpen[0]).toEqual({ doc: before, pending: true });
    expect(afterOpen.at(-1)).toEqual({ doc: big, pending: false });
  });

  it('draws an edit, and a small design opened, in the same render', () => {
    // given the canvas drawing a big design
    act(() => {
      useAppStore.getState().openDocument(largeOrchestration(3_000, 50));
    });
    const log = drawnLog();
    // when the design is edited
    act(() => {
      useAppStore.getState().dispatch(setLabel, { label: 'Edited' });
    });
    // then every render after the edit drew the edited design
    const edited = useAppStore.getState().doc;
    expect(log.slice(1).length).toBeGreaterThan(0);
    expect(log.slice(1).every((d) => d.doc === edited && !d.pending)).toBe(true);
    // when a small design opens
    const small = { ...emptyOrchestration(), label: 'Small' };
    const start = log.length;
    act(() => {
      useAppStore.getState().openDocument(small);
    });
    // then it is drawn at once
    expect(log.slice(start).every((d) => d.doc === small && !d.pending)).toBe(true);
  });

  it('waits for the drawing to be prepared: the design before stays drawn until the preparer resolves, or fails', async () => {
    // given a preparer the test resolves by hand
    let finish: () => void = () => undefined;
    let fail: (e: Error) => void = () => undefined;
    const prepared: Orchestration[] = [];
    useAppStore.getState().setDrawPreparer((doc) => {
      prepared.push(doc);
      return new Promise<void>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
    });
    try {
      const before = useAppStore.getState().doc;
      const log = drawnLog();
      const big = largeOrchestration(3_000, 50);
      // when a big design opens
      act(() => {
        useAppStore.getState().openDocument(big);
      });
      // then it is handed to the preparer, and until that is done only the design before is drawn
      expect(prepared).toEqual([big]);
      expect(log.slice(1).length).toBeGreaterThan(0);
      expect(log.slice(1).every((d) => d.doc === before && d.pending)).toBe(true);
      // when the preparation is done, the new design is drawn
      await act(async () => {
        finish();
        await Promise.resolve();
      });
      expect(log.at(-1)).toEqual({ doc: big, pending: false });

      // and a preparer that fails does not keep a design from being drawn
      const other = largeOrchestration(3_000, 40);
      act(() => {
        useAppStore.getState().openDocument(other);
      });
      expect(log.at(-1)).toEqual({ doc: big, pending: true });
      await act(async () => {
        fail(new Error('planning failed'));
        await Promise.resolve();
      });
      expect(log.at(-1)).toEqual({ doc: other, pending: false });
    } finally {
      useAppStore.getState().setDrawPreparer(null);
    }
  });
});
