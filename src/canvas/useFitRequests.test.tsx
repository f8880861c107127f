// @vitest-environment jsdom
import { ReactFlowProvider, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import type { DesignNode } from './types';
import { OVER_CANVAS } from './paneCovers';
import { useFitRequests } from './useFitRequests';

const stage = (id: string, x: number): DesignNode => ({
  id, type: 'stage', position: { x, y: 0 }, width: 256, height: 400,
  data: { name: id, label: `${id} stage`, problems: [], invalid: false, stepCount: 0, exitBadge: null, isStart: false },
});
const nodes = [stage('First', 0), stage('Second', 400)];
const wrapper = ({ children }: { children: ReactNode }) => <ReactFlowProvider>{children}</ReactFlowProvider>;

/**
 * The hook in a React Flow whose pane (800 × 600) counts how often it is measured, with a pan and
 * zoom that records the views it is given.
 */
function mount(pending: boolean) {
  const pane = document.createElement('div');
  const measure = vi.fn(() => ({ x: 0, y: 0, left: 0, top: 0, right: 800, bottom: 600, width: 800, height: 600, toJSON: () => null }) as DOMRect);
  pane.getBoundingClientRect = measure;
  const views: unknown[] = [];
  const panZoom = { setViewport: vi.fn(async (v: unknown) => { views.push(v); return true; }) } as unknown as NonNullable<ReactFlowState['panZoom']>;
  const hook = renderHook(({ held }: { held: boolean }) => {
    const flow = useStoreApi<DesignNode>();
    return { ahead: useFitRequests(nodes, { current: nodes }, held), flow };
  }, { wrapper, initialProps: { held: pending } });
  act(() => hook.result.current.flow.setState({ domNode: pane, panZoom, width: 800, height: 600 }));
  return { hook, measure, views };
}

describe('useFitRequests: serving a fit request', () => {
  it('measures the pane once for a big design whose drawing was held back: the pane measured while held serves the fit, with no second layout once the drawing is committed', () => {
    // given a fit asked while the drawing is held back
    const { hook, measure } = mount(true);
    act(() => useAppStore.getState().requestFit());
    const whileHeld = measure.mock.calls.length;
    expect(whileHeld).toBeGreaterThan(0);
    // when the drawing is committed
    hook.rerender({ held: false });
    // then the frame is ahead in the render, and nothing measured the pane again
    expect(hook.result.current.ahead?.pane).toMatchObject({ width: 800, height: 600 });
    expect(measure.mock.calls.length).toBe(whileHeld);
  });

  it('measures the pane as it is now when nothing was held (a Fit view, a run shown): it may have changed size since', () => {
    const { measure, views } = mount(false);
    const before = measure.mock.calls.length;
    const viewsBefore = views.length;
    act(() => useAppStore.getState().requestFit());
    expect(measure.mock.calls.length).toBeGreaterThan(before);
    expect(views.length).toBe(viewsBefore + 1);
  });

  it('measures the pane once, in the render, for a design opened while the shell stays as it is: the frame is ahead, so React Flow is given the cards of the frame and nothing forces a layout of the cards of the view before', () => {
    const { hook, measure, views } = mount(false);
    const before = measure.mock.calls.length;
    const viewsBefore = views.length;
    act(() => useAppStore.getState().requestFit());
    expect(hook.result.current.ahead?.pane).toMatchObject({ width: 800, height: 600 });
    // one reading of the pane (its box and the panels over it), none again in the layout effect
    const once = measure.mock.calls.length - before;
    expect(views.length).toBe(viewsBefore + 1);
    act(() => useAppStore.getState().requestFit());
    expect(measure.mock.calls.length - before).toBe(2 * once);
  });

  it('measures the pane once committed when the shell changes with the request (a run shown or left, a column folded): the pane changes size in that commit', () => {
    const { hook, measure, views } = mount(false);
    const viewsBefore = views.length;
    act(() => {
      useAppStore.setState({ sideFolded: !useAppStore.getState().sideFolded });
      useAppStore.getState().requestFit();
    });
    expect(hook.result.current.ahead).toBeNull();
    expect(measure).toHaveBeenCalled();
    expect(views.length).toBe(viewsBefore + 1);
    act(() => useAppStore.setState({ sideFolded: !useAppStore.getState().sideFolded }));
  });

  it('frames a design opened with a notice below the notice, though the pane was measured before the notice was committed', () => {
    const { hook, views } = mount(false);
    // when a design opens and its notice ("Opened … from …") is posted with it: the notices' list,
    // laid over the top-right of the pane, shows from the same commit
    const list = document.createElement('ul');
    list.setAttribute(OVER_CANVAS, '');
    list.getBoundingClientRect = () => ({ x: 404, y: 12, left: 404, top: 12, right: 788, bottom: 112, width: 384, height: 100, toJSON: () => null }) as DOMRect;
    act(() => {
      useAppStore.getState().requestFit();
      list.append(document.createElement('li'));
      document.body.append(list);
    });
    // then the frame ahead in the render knew nothing of it (the second stage, at 472–728 × 100–500,
    // was under it), and the frame set is fitted in the band below it, with the padding
    expect(hook.result.current.ahead?.viewport).toEqual({ x: 72, y: 100, zoom: 1 });
    expect(views.at(-1)).toEqual({ x: 72, y: 112 + (488 - 400) / 2, zoom: 1 });
    list.remove();
  });
});

