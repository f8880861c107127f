/**
 * The canvas's mini map: every stage, step and decision as a rectangle, and the part in view.
 *
 * Why not React Flow's <MiniMap>: it renders one SVG element per node, each with its own store
 * subscription, so every frame of a pan or zoom runs one selector per node of the design (10,500
 * for 10,000 steps) and opening a big design creates as many SVG elements. Here the shapes are one
 * `<path>` per kind, built when the nodes change (never on a pan or zoom), in an SVG layer of their
 * own drawn for the design's frame: a pan or zoom only moves that layer (layerTransform) and moves
 * the view's frame above it (viewFrame), never redrawing the 10,500 rectangles of a 10,000-step
 * design nor laying out any SVG. Panning and zooming from the mini map use React Flow's own
 * XYMinimap, as <MiniMap> does. Same classes as <MiniMap>, so React Flow's styles apply.
 */
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { boundsOf, type Rect } from './layout/framing';
import type { DesignNode } from './types';

type Kind = 'stage' | 'step' | 'decision';
/** Drawn in this order: steps over their stage. */
const KINDS: readonly Kind[] = ['stage', 'decision', 'step'];

export interface MiniMapShapes {
  /** One path per kind: a closed rectangle per node, absolute flow coordinates. */
  paths: Record<Kind, string>;
  counts: Record<Kind, number>;
  bounds: Rect | null;
}

const kindOf = (n: DesignNode): Kind => (n.type === 'decision' ? 'decision' : n.type === 'step' ? 'step' : 'stage');

/** The mini map's shapes for `nodes` (children are placed relative to their parent). */
export function miniMapShapes(nodes: readonly DesignNode[]): MiniMapShapes {
  const byId = new Map<string, DesignNode>();
  for (const n of nodes) byId.set(n.id, n);
  const parts: Record<Kind, string[]> = { stage: [], step: [], decision: [] };
  const tops: Rect[] = [];
  for (const n of nodes) {
    let { x, y } = n.position;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (parent) {
      x += parent.position.x;
      y += parent.position.y;
    } else {
      tops.push({ x, y, width: n.width ?? 0, height: n.height ?? 0 });
    }
    parts[kindOf(n)].push(`M${x},${y}h${n.width ?? 0}v${n.height ?? 0}h${-(n.width ?? 0)}z`);
  }
  return {
    paths: { stage: parts.stage.join(''), step: parts.step.join(''), decision: parts.decision.join('') },
    counts: { stage: parts.stage.length, step: parts.step.length, decision: parts.decision.length },
    bounds: boundsOf(tops),
  };
}

interface ViewState {
  view: Rect;
  width: number;
  height: number;
}

const selectView = (s: ReactFlowState): ViewState => ({
  view: { x: -s.transform[0] / s.transform[2], y: -s.transform[1] / s.transform[2], width: s.width / s.transform[2], height: s.height / s.transform[2] },
  width: s.width,
  height: s.height,
});
const sameView = (a: ViewState, b: ViewState) =>
  a.view.x === b.view.x && a.view.y === b.view.y && a.view.width === b.view.width && a.view.height === b.view.height && a.width === b.width && a.height === b.height;

/** Room around the drawing, in mini map pixels (as <MiniMap>'s offsetScale). */
const OFFSET = 5;

export interface ViewBox { x: number; y: number; width: number; height: number }

/** The viewBox that shows `b` (the drawing and the view) in a mini map of `size` pixels, with OFFSET around it. */
export function miniMapViewBox(b: Rect, size: { width: number; height: number }): ViewBox & { scale: number } {
  const scale = Math.max(b.width / size.width, b.height / size.height);
  const offset = OFFSET * scale;
  const width = scale * size.width + 2 * offset;
  const height = scale * size.height + 2 * offset;
  return { x: b.x - (scale * size.width - b.width) / 2 - offset, y: b.y - (scale * size.height - b.height) / 2 - offset, width, height, scale };
}

/** Where an SVG of `size` pixels with viewBox `box` (preserveAspectRatio xMidYMid meet) draws flow point 0,0, and at what scale. */
export function placement(box: ViewBox, size: { width: number; height: number }) {
  // an empty box (the first render, before the pane is measured and with no nodes) shows nothing:
  // scale 1, not Infinity, whose 0 × Infinity gave the view frame a NaN width
  if (!(box.width > 0 && box.height > 0)) return { k: 1, tx: 0, ty: 0 };
  const k = Math.min(size.width / box.width, size.height / box.height);
  return { k, tx: (size.width - box.width * k) / 2 - box.x * k, ty: (size.height - box.height * k) / 2 - box.y * k };
}

/**
 * The CSS transform that makes an SVG drawn with viewBox `drawn` show what it would show with viewBox
 * `now` (same pixel size; layerMove: pixel = d + scale × pixel drawn): the shapes are drawn once, for the drawing's own frame, and when the
 * view takes the mini map beyond it (far out, the view is bigger than the design) the layer is only
 * moved and scaled by the compositor, never redrawn on a pan or zoom frame.
 */
export function layerMove(drawn: ViewBox, now: ViewBox, size: { width: number; height: number }): { dx: number; dy: number; scale: number } {
  const a = placement(drawn, size);
  const b = placement(now, size);
  const scale = b.k / a.k;
  return { dx: b.tx - a.tx * scale, dy: b.ty - a.ty * scale, scale };
}

/** layerMove as a CSS transform (transform-origin 0 0). */
export function layerTransform(drawn: ViewBox, now: ViewBox, size: { width: number; height: number }): string {
  const { dx, dy, scale } = layerMove(drawn, now, size);
  return `translate(${dx}px, ${dy}px) scale(${scale})`;
}

/** The view's frame in mini map pixels, for a mini map of `size` pixels showing `box` (preserveAspectRatio xMidYMid meet). */
export function viewFrame(box: ViewBox, view: Rect, size: { width: number; height: number }): Rect {
  const { k, tx, ty } = placement(box, size);
  return { x: tx + view.x * k, y: ty + view.y * k, width: view.width * k, height: view.height * k };
}

/**
 * The frame as a style: moved by a transform, the rest shaded by its shadow (canvas.css
 * .sf-minimap-view). An SVG mask rewritten on every frame cost a quarter of a fitted 2,000-step pan
 * (docs/performance.md, twelfth round).
 */
const viewFrameStyle = (frame: Rect) => ({
  width: frame.width,
  height: frame.height,
  transform: `translate(${frame.x}px, ${frame.y}px)`,
});

const Shapes = memo(function Shapes({ shapes }: { shapes: MiniMapShapes }) {
  return (
    <>
      {KINDS.map((kind) => (shapes.counts[kind] ? <path key={kind} className={`sf-minimap-${kind}`} data-kind={kind} data-count={shapes.counts[kind]} d={shapes.paths[kind]} /> : null))}
    </>
  );
});

interface Props {
  nodes: readonly DesignNode[];
  ariaLabel: string;
  style: { width: number; height: number };
}

function DesignMiniMapView({ nodes, ariaLabel, style }: Props) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const shapes = useMemo(() => miniMapShapes(nodes), [nodes]);
  const { view, width: flowWidth, height: flowHeight } = useStore(selectView, sameView);
  const panZoom = useStore((s) => s.panZoom);
  const translateExtent = useStore((s) => s.translateExtent);
  const box = miniMapViewBox(shapes.bounds ? boundsOf([shapes.bounds, view])! : view, style);
  // the shapes' own frame: the drawing alone, so it changes only with the nodes (see layerTransform)
  const drawn = useMemo(() => (shapes.bounds ? miniMapViewBox(shapes.bounds, style) : null), [shapes.bounds, style]);
  const viewScale = box.scale;
  const viewScaleRef = useRef(viewScale);
  useLayoutEffect(() => {
    viewScaleRef.current = viewScale;
  }, [viewScale]);

  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({ domNode: svg.current, panZoom, getTransform: () => store.getState().transform, getViewScale: () => viewScaleRef.current });
    return () => {
      minimap.current?.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent, width: flowWidth, height: flowHeight, inversePan: false, pannable: true, zoomStep: 1, zoomable: true });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap sf-minimap" style={style} data-testid="rf__minimap">
      {drawn && (
        <svg
          aria-hidden="true"
          width={style.width}
          height={style.height}
          viewBox={`${drawn.x} ${drawn.y} ${drawn.width} ${drawn.height}`}
          className="sf-minimap-shapes"
          style={{ transform: layerTransform(drawn, box, style) }}
        >
          <Shapes shapes={shapes} />
        </svg>
      )}
      <svg ref={svg} width={style.width} height={style.height} className="react-flow__minimap-svg" role="img" aria-label={ariaLabel}>
        <title>{ariaLabel}</title>
      </svg>
      <div aria-hidden="true" className="sf-minimap-view" style={viewFrameStyle(viewFrame(box, view, style))} />
    </Panel>
  );
}

export const DesignMiniMap = memo(DesignMiniMapView);
