/**
 * A node drag is one gesture and one undo entry: the mark is set on drag start, live positions stay
 * on the canvas, and the drop records `layout` (or moves a step dropped on another stage). While a
 * step card is dragged over another stage, that stage is outlined and the move is said in words.
 */
import { useReactFlow, useStoreApi, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { moveLayout } from '../commands/moveLayout';
import { moveStep } from '../commands/moveStep';
import { droppedWaits, droppedWaitsHint, movedNotice } from '../actions/moveActions';
import { cardDropTarget } from './dropTargetOf';
import { POINTER_AS_IS, stageAt } from './stageAt';
import type { DesignNode } from './types';
import { useAppStore } from '../store/appStore';

type Client = { clientX: number; clientY: number };

function clientOf(event: MouseEvent | TouchEvent): Client {
  return 'changedTouches' in event ? event.changedTouches[0]! : event;
}

export function useNodeDrag(nodesRef: React.RefObject<DesignNode[]>, draggingRef: React.RefObject<boolean>) {
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi<DesignNode>();
  /** Stops following the pointer of the step card being dragged. */
  const unfollow = useRef<(() => void) | null>(null);

  const pointOf = useCallback((pointer: Client) => screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY }, POINTER_AS_IS), [screenToFlowPosition]);

  const stopFollowing = useCallback(() => {
    unfollow.current?.();
    unfollow.current = null;
  }, []);
  useEffect(() => stopFollowing, [stopFollowing]);

  /**
   * The stage outlined is the one under the pointer, so it is looked up whenever the pointer moves
   * or the view pans under it (auto-pan at the pane's edge). React Flow's onNodeDrag is not enough:
   * it fires only when the card's position changes, and a card cannot leave its stage (`extent:
   * 'parent'`) and snaps to the grid, so once it stops at its stage's side the pointer crosses the
   * next stage without a call — the outline stayed where the card last moved. d3-drag stops the
   * drag's mousemove events from reaching other listeners; pointermove comes before them, for
   * mouse, pen and touch alike.
   */
  const followPointer = useCallback((start: Client, card: DesignNode) => {
    stopFollowing();
    const dropped = droppedWaitsHint(droppedWaits(useAppStore.getState().doc, card.id));
    let pointer = start;
    const show = () => useAppStore.getState().setDropTarget(cardDropTarget(nodesRef.current, pointOf(pointer), card, dropped));
    const onMove = (event: PointerEvent) => {
      pointer = event;
      show();
    };
    window.addEventListener('pointermove', onMove);
    const unsubscribe = flowStore.subscribe((now, before) => {
      if (now.transform !== before.transform) show();
    });
    unfollow.current = () => {
      window.removeEventListener('pointermove', onMove);
      unsubscribe();
    };
  }, [flowStore, nodesRef, pointOf, stopFollowing]);

  const onNodeDragStart = useCallback<OnNodeDrag<DesignNode>>((event, node, dragged) => {
    draggingRef.current = true;
    useAppStore.getState().beginGesture();
    if (dragged.length <= 1 && node.type === 'step') followPointer(clientOf(event), node);
  }, [draggingRef, followPointer]);

  // Kept for pointers that send no pointermove; the same lookup at the drag event's point.
  const onNodeDrag = useCallback<OnNodeDrag<DesignNode>>((event, node, dragged) => {
    const store = useAppStore.getState();
    const one = dragged.length <= 1 && node.type === 'step';
    store.setDropTarget(one ? cardDropTarget(nodesRef.current, pointOf(clientOf(event)), node, droppedWaitsHint(droppedWaits(store.doc, node.id))) : null);
  }, [nodesRef, pointOf]);

  const onNodeDragStop = useCallback<OnNodeDrag<DesignNode>>((event, node, dragged) => {
    draggingRef.current = false;
    stopFollowing();
    const store = useAppStore.getState();
    store.setDropTarget(null);
    if (dragged.length <= 1 && node.type === 'step') {
      const stage = stageAt(nodesRef.current, pointOf(clientOf(event)));
      if (stage && stage.id !== node.parentId) {
        const before = store.doc;
        store.updateGesture(moveStep, { step: node.id, toStage: stage.id }); // it joins the end of the stage's column
        store.endGesture();
        useAppStore.getState().notify('info', movedNotice(before, { step: node.id, toStage: stage.id }));
        return;
      }
    }
    const moved = dragged.length ? dragged : [node];
    const positions = Object.fromEntries(moved.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
    store.updateGesture(moveLayout, { positions });
    store.endGesture();
  }, [draggingRef, nodesRef, pointOf, stopFollowing]);

  return { onNodeDragStart, onNodeDrag, onNodeDragStop };
}
