/**
 * A node drag is one gesture and one undo entry: the mark is set on drag start, live positions stay
 * on the canvas, and the drop records `layout` (or moves a step dropped on another stage). While a
 * step card is dragged over another stage, that stage is outlined and the move is said in words.
 */
import { useReactFlow, type OnNodeDrag } from '@xyflow/react';
import { useCallback } from 'react';
import { moveLayout } from '../commands/moveLayout';
import { moveDropsLinks, moveStep } from '../commands/moveStep';
import { movedNotice } from '../actions/moveActions';
import { cardDropTarget } from './dropTargetOf';
import { stageAt } from './stageAt';
import type { DesignNode } from './types';
import { useAppStore } from '../store/appStore';

export function useNodeDrag(nodesRef: React.RefObject<DesignNode[]>, draggingRef: React.RefObject<boolean>) {
  const { screenToFlowPosition } = useReactFlow();

  const onNodeDragStart = useCallback<OnNodeDrag<DesignNode>>(() => {
    draggingRef.current = true;
    useAppStore.getState().beginGesture();
  }, [draggingRef]);

  const pointOf = useCallback((event: MouseEvent | TouchEvent) => {
    const pointer = 'changedTouches' in event ? event.changedTouches[0]! : event;
    return screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
  }, [screenToFlowPosition]);

  const onNodeDrag = useCallback<OnNodeDrag<DesignNode>>((event, node, dragged) => {
    const store = useAppStore.getState();
    const one = dragged.length <= 1 && node.type === 'step';
    store.setDropTarget(one ? cardDropTarget(nodesRef.current, pointOf(event), node, moveDropsLinks(store.doc, node.id)) : null);
  }, [nodesRef, pointOf]);

  const onNodeDragStop = useCallback<OnNodeDrag<DesignNode>>((event, node, dragged) => {
    draggingRef.current = false;
    const store = useAppStore.getState();
    store.setDropTarget(null);
    if (dragged.length <= 1 && node.type === 'step') {
      const stage = stageAt(nodesRef.current, pointOf(event));
      if (stage && stage.id !== node.parentId) {
        const drops = moveDropsLinks(store.doc, node.id);
        store.updateGesture(moveStep, { step: node.id, toStage: stage.id }); // it joins the end of the stage's column
        store.endGesture();
        const after = useAppStore.getState();
        after.notify('info', movedNotice(after.doc, { step: node.id, toStage: stage.id }, drops));
        return;
      }
    }
    const moved = dragged.length ? dragged : [node];
    const positions = Object.fromEntries(moved.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
    store.updateGesture(moveLayout, { positions });
    store.endGesture();
  }, [draggingRef, nodesRef, pointOf]);

  return { onNodeDragStart, onNodeDrag, onNodeDragStop };
}
