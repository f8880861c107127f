/**
 * Dropping a palette item on the canvas (HTML5 drag and drop + screenToFlowPosition). While the item
 * is over the canvas, the stage a step would join is outlined and the drop is said in words
 * (dropTargetOf.ts).
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { addElement, type PaletteKind } from '../actions/addElement';
import { GRID } from './geometry';
import { paletteDropTarget } from './dropTargetOf';
import { PALETTE_MIME, paletteKindOf } from './paletteMime';
import { POINTER_AS_IS, stageAt } from './stageAt';
import type { DesignNode } from './types';
import { useAppStore } from '../store/appStore';

const KINDS = new Set<string>(['stage', 'background', 'interactive', 'decision']);

export function useDropFromPalette(nodesRef: React.RefObject<DesignNode[]>) {
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    const kind = paletteKindOf([...event.dataTransfer.types]);
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY }, POINTER_AS_IS);
    useAppStore.getState().setDropTarget(kind ? paletteDropTarget(nodesRef.current, point, kind) : null);
  }, [nodesRef, screenToFlowPosition]);

  // Leaving the canvas itself (not passing from one of its children to another) ends the feedback.
  const onDragLeave = useCallback((event: DragEvent) => {
    const to = event.relatedTarget;
    if (to instanceof Node && event.currentTarget.contains(to)) return;
    useAppStore.getState().setDropTarget(null);
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    useAppStore.getState().setDropTarget(null);
    const kind = event.dataTransfer.getData(PALETTE_MIME);
    if (!KINDS.has(kind)) return;
    event.preventDefault();
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY }, POINTER_AS_IS);
    const snap = useAppStore.getState().snapToGrid;
    if (kind === 'background' || kind === 'interactive') {
      const stage = stageAt(nodesRef.current, point);
      if (!stage) {
        useAppStore.getState().notify('warning', 'Drop steps inside a stage: a step always belongs to one stage.');
        return;
      }
      // A dropped step joins the stage's column (at its end), like a step added with a click.
      addElement(useAppStore, kind, { stage: stage.id });
      return;
    }
    const round = (v: number) => (snap ? Math.round(v / GRID) * GRID : Math.round(v));
    addElement(useAppStore, kind as PaletteKind, { position: { x: round(point.x), y: round(point.y) } });
  }, [nodesRef, screenToFlowPosition]);

  return { onDragOver, onDragLeave, onDrop };
}
