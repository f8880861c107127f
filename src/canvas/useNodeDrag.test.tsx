// @vitest-environment jsdom
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration } from '../model/types';
import { useAppStore } from '../store/appStore';
import type { DesignNode } from './types';
import { useNodeDrag } from './useNodeDrag';

// Two stages as the canvas plans them (256 px wide, edges off the 20 px grid) with a gap between,
// and a card of the first. The pane sits at the window's top left, so client = flow at zoom 1.
const stage = (id: string, x: number): DesignNode => ({
  id, type: 'stage', position: { x, y: 0 }, width: 256, height: 400,
  data: { name: id, label: `${id} stage`, problems: [], invalid: false, stepCount: 1, exitBadge: null, isStart: false },
});
const card: DesignNode = {
  id: 'Send', type: 'step', parentId: 'First', extent: 'parent', position: { x: 12, y: 60 }, width: 232, height: 90,
  data: { name: 'Send', label: 'Send welcome', problems: [], invalid: false, kind: 'background', mode: 'sync', startBadge: '', runAsBadge: null, flowLabel: null },
};
const nodes = [stage('First', 0), stage('Second', 400), card];
const doc: Orchestration = {
  ...emptyOrchestration(),
  stages: [
    { name: 'First', label: 'First stage', steps: [{ name: 'Send', label: 'Send welcome', kind: 'background' }] },
    { name: 'Second', label: 'Second stage', steps: [] },
  ],
};

const wrapper = ({ children }: { children: ReactNode }) => <ReactFlowProvider>{children}</ReactFlowProvider>;

/** The hook inside a React Flow whose pane is at (0, 0), and its store to pan the view or snap. */
function drag() {
  const { result } = renderHook(() => ({ drag: useNodeDrag({ current: nodes }, { current: false }), flow: useStoreApi<DesignNode>() }), { wrapper });
  act(() => result.current.flow.setState({ domNode: document.createElement('div'), transform: [0, 0, 1] }));
  return result;
}
const mouse = (type: string, x: number, y: number) => new MouseEvent(type, { clientX: x, clientY: y });
const pointerAt = (x: number, y: number) => act(() => { window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y })); });
const outlined = () => useAppStore.getState().dropTarget?.stage ?? null;

describe('dragging a step card over the stages (the stage it would join is outlined)', () => {
  beforeEach(() => {
    act(() => useAppStore.getState().openDocument(doc, { fresh: true }));
  });

  it('follows the pointer, not the card: a card held at its own stage\'s side (React Flow calls onNodeDrag only when the card moves) still outlines the stage the pointer crosses', () => {
    // given a card picked up in its stage
    const hook = drag();
    act(() => hook.current.drag.onNodeDragStart(mouse('mousedown', 100, 100), card, [card]));
    // when only the pointer moves: over the other stage, the gap, the other stage again
    pointerAt(500, 200);
    expect(outlined()).toBe('Second');
    expect(useAppStore.getState().dropTarget?.text).toBe('Drop to move “Send welcome” to stage “Second stage”.');
    pointerAt(350, 200);
    expect(outlined()).toBeNull();
    pointerAt(500, 390);
    expect(outlined()).toBe('Second');
  });

  it('with Snap to grid on, a pointer just inside a stage\'s edge is over that stage, and one just outside is not (the grid places the card, it does not move the pointer)', () => {
    const hook = drag();
    act(() => hook.current.flow.setState({ snapToGrid: true, snapGrid: [20, 20] }));
    act(() => hook.current.drag.onNodeDragStart(mouse('mousedown', 100, 100), card, [card]));
    // the Second stage spans x 400–656: 652 would snap to 660 and 404 to 400
    pointerAt(652, 200);
    expect(outlined()).toBe('Second');
    pointerAt(660, 200);
    expect(outlined()).toBeNull();
    pointerAt(396, 200);
    expect(outlined()).toBeNull();
    // and dropped 4 px inside its right edge, the card joins it
    act(() => hook.current.drag.onNodeDragStop(mouse('mouseup', 652, 200), card, [card]));
    expect(useAppStore.getState().doc.stages[1]!.steps.map((s) => s.name)).toEqual(['Send']);
  });

  it('looks again when the view pans under a still pointer (auto-pan at the pane\'s edge)', () => {
    const hook = drag();
    act(() => hook.current.drag.onNodeDragStart(mouse('mousedown', 100, 100), card, [card]));
    pointerAt(350, 200);
    expect(outlined()).toBeNull();
    // when the view moves 100 px left, the pointer's flow point is 450: over the Second stage
    act(() => hook.current.flow.setState({ transform: [-100, 0, 1] }));
    expect(outlined()).toBe('Second');
  });

  it('stops following once the card is dropped, and outlines nothing for a stage being dragged', () => {
    const hook = drag();
    act(() => hook.current.drag.onNodeDragStart(mouse('mousedown', 100, 100), card, [card]));
    act(() => hook.current.drag.onNodeDragStop(mouse('mouseup', 120, 100), card, [card]));
    pointerAt(500, 200);
    expect(outlined()).toBeNull();
    act(() => hook.current.drag.onNodeDragStart(mouse('mousedown', 10, 10), nodes[0]!, [nodes[0]!]));
    pointerAt(500, 200);
    expect(outlined()).toBeNull();
    act(() => hook.current.drag.onNodeDragStop(mouse('mouseup', 500, 200), nodes[0]!, [nodes[0]!]));
  });
});
