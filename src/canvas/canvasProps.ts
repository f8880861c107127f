/**
 * React Flow settings of the designer canvas that do not depend on state. The benchmark's bare
 * page (app/BareFlowBench.tsx) spreads the same object, so the two pages differ only in what the
 * designer adds (its nodes, stores and handlers), never in React Flow's own configuration.
 */
import { SelectionMode, type ReactFlowProps } from '@xyflow/react';
import { BIG_DESIGN_NODES } from '../store/bigDesign';
import { GRID } from './geometry';
import { MIN_ZOOM } from './layout/framing';

/** Small designs render every node (tests and screen readers see them all); big ones only the visible. */
export const VIRTUALIZE_ABOVE = BIG_DESIGN_NODES;
/** Small enough not to hide much of the pane of a 1280-px window. */
export const MINIMAP_SIZE = { width: 150, height: 100 };

type StaticProps = Pick<ReactFlowProps, 'deleteKeyCode' | 'selectionKeyCode' | 'multiSelectionKeyCode' | 'selectionMode' | 'panOnDrag' | 'zoomOnDoubleClick' | 'snapGrid' | 'minZoom' | 'maxZoom' | 'defaultViewport' | 'proOptions'>;

export const CANVAS_PROPS: StaticProps = {
  deleteKeyCode: null,
  selectionKeyCode: 'Shift',
  multiSelectionKeyCode: ['Shift', 'Meta', 'Control'],
  selectionMode: SelectionMode.Partial,
  /** Left-drag on the background and middle-drag anywhere pan the canvas. */
  panOnDrag: [0, 1],
  zoomOnDoubleClick: false,
  snapGrid: [GRID, GRID],
  minZoom: MIN_ZOOM,
  maxZoom: 2,
  defaultViewport: { x: 40, y: 40, zoom: 1 },
  proOptions: { hideAttribution: true },
};
