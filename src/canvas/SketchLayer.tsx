/**
 * One canvas that paints every stage sketch of a big design: the cards of the stages whose steps
 * are not React Flow nodes (far out, or away from the view; stageOverview.ts). Each stage used to
 * draw its own SVG inside the viewport, so every frame of a far-out pan or zoom painted and layered
 * hundreds of them (docs/performance.md, eleventh round). The layer draws the pane and a margin
 * around it (cut to where there are sketches) once, as a layer of its own, and a pan or zoom only
 * moves and scales that layer:
 * - a pan within the margin paints nothing;
 * - a zoom scales the drawing (softly) and it is drawn again once the zoom rests, or at once when
 *   the pane leaves it or the scale passes SKETCH_RESCALE;
 * - a change of the nodes React Flow is given (cards coming and going) or of the run's statuses
 *   draws it again.
 * It is placed, and drawn again when the nodes change, in a microtask after the change, so it moves
 * in the same frame as the viewport and the sketch and the cards swap in the same frame. A pan or
 * zoom past the drawing is drawn in the next animation frame, once React has given the nodes of
 * the new view (up close the stages coming near get cards, not sketches); the run's beats are
 * drawn once a frame. It lies over the nodes (a step that is a node is left out of the drawing),
 * under React Flow's panels, and never catches the pointer.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectDark, selectRunShown } from '../store/selectors';
import type { AppState } from '../store/storeTypes';
import type { AnyStatus } from '../ui/statusStyles';
import { drawnSummary, regionPlacement, regionShows, sketchBounds, sketchRects, sketchRegion, type FlowBox, type SketchedStage, type SketchRects, type SketchRegion, type ViewTransform } from './sketchRects';
import { sketchPalette } from './sketchPalette';
import type { SketchColour } from './stageOverview';
import type { DesignEdge, DesignNode, StageData } from './types';
import { own } from '../model/ownKey';

type FlowState = ReactFlowState<DesignNode, DesignEdge>;

/** A bit longer than the gap between wheel steps, so a zoom of several steps is drawn again once. */
const REDRAW_AFTER_ZOOM_MS = 150;

/** The stages React Flow is given that carry a sketch, at their absolute places. */
function* sketchedStages(state: FlowState): Generator<SketchedStage> {
  for (const node of state.nodeLookup.values()) {
    if (node.type !== 'stage' || node.hidden) continue;
    const overview = (node.data as StageData).overview;
    if (!overview) continue;
    const { x, y } = node.internals.positionAbsolute;
    yield { x, y, width: node.width ?? node.measured.width ?? 0, height: node.height ?? node.measured.height ?? 0, overview };
  }
}

const runStatuses = (s: AppState) => (selectRunShown(s) ? s.snapshot!.steps : null);

function paint(canvas: HTMLCanvasElement, rects: SketchRects, region: SketchRegion, fillOf: (colour: SketchColour) => string) {
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(region.width * ratio);
  const pixelHeight = Math.round(region.height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    canvas.style.width = `${region.width}px`;
    canvas.style.height = `${region.height}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, region.width, region.height);
  for (const [colour, list] of rects) {
    ctx.fillStyle = fillOf(colour);
    for (let i = 0; i < list.length; i += 4) ctx.fillRect(list[i]!, list[i + 1]!, list[i + 2]!, list[i + 3]!);
  }
  canvas.dataset.drawn = drawnSummary(rects);
}

/** Moves and scales the drawing to where the view `transform` shows its region: the layer moves, nothing is painted. */
function place(canvas: HTMLCanvasElement, region: SketchRegion, transform: ViewTransform) {
  const { left, top, scale } = regionPlacement(region, transform);
  canvas.style.transform = `translate(${left}px, ${top}px) scale(${scale})`;
}

/** The cards of `stages` to paint in a drawing of `region` at the view of `state`, coloured by `statuses` in a run. */
function regionRects(state: FlowState, stages: readonly SketchedStage[], region: SketchRegion, statuses: Record<string, string> | null): SketchRects {
  const [tx, ty, zoom] = state.transform;
  const { left, top } = regionPlacement(region, state.transform);
  return sketchRects(stages, [tx - left, ty - top, zoom], region, {
    statusOf: statuses ? (name) => own(statuses, name) as AnyStatus | undefined : null,
    isNode: (name) => state.nodeLookup.has(name),
  });
}

interface Drawing {
  /** Null when nothing was near enough the pane to draw. */
  region: SketchRegion | null;
  /** The box around every sketch when it was drawn. */
  bounds: FlowBox | null;
  /** What it was drawn from: React Flow's node list and the run's statuses. */
  nodes: unknown;
  statuses: unknown;
}

export function SketchLayer() {
  const flow = useStoreApi<DesignNode, DesignEdge>();
  // The effect starts once the canvas is there (a callback ref, not a ref read too early).
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const dark = useAppStore(selectDark);

  useEffect(() => {
    if (!canvas) return;
    const fillOf = sketchPalette(canvas);
    let drawing: Drawing | null = null;
    let queued = false;
    let frame = 0;
    let rested: ReturnType<typeof setTimeout> | undefined;
    /**
     * `'check'` after a change of the view or the nodes; `'frame'` in an animation frame (a run's
     * beats, or a pan or zoom past the drawing); `'force'` draws again whatever the drawing shows.
     */
    const draw = (mode: 'check' | 'frame' | 'force') => {
      queued = false;
      cancelAnimationFrame(frame);
      frame = 0;
      const state = flow.getState();
      const statuses = runStatuses(useAppStore.getState());
      const same = mode !== 'force' && drawing !== null && drawing.nodes === state.nodes && drawing.statuses === statuses;
      if (same) {
        const shows = regionShows(drawing!.region, drawing!.bounds, state.transform, state);
        clearTimeout(rested);
        if (drawing!.region) place(canvas, drawing!.region, state.transform);
        if (shows === 'for now') rested = setTimeout(() => draw('force'), REDRAW_AFTER_ZOOM_MS);
        if (shows !== 'no') return;
        // A pan or zoom past the drawing is drawn in the frame, once React has given the nodes of
        // the new view (up close, the stages coming near get their cards and need no sketch).
        if (mode === 'check') {
          requestFrame();
          return;
        }
      }
      const stages = [...sketchedStages(state)];
      const bounds = sketchBounds(stages);
      const region = sketchRegion(state.transform, state, bounds);
      drawing = { region, bounds, nodes: state.nodes, statuses };
      const rects = region ? regionRects(state, stages, region, statuses) : new Map();
      // Up close every stage near the view shows its cards: nothing to draw is no layer at all.
      const empty = rects.size === 0;
      if (canvas.hidden !== empty) canvas.hidden = empty;
      if (empty) {
        if (canvas.dataset.drawn !== '') canvas.dataset.drawn = '';
        return;
      }
      paint(canvas, rects, region!, fillOf);
      place(canvas, region!, state.transform);
    };
    // A view or node change is drawn in the same task, before the frame that shows it.
    const request = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => draw('check'));
    };
    // A run's statuses change in beats, several a frame at high speeds: drawn once, in the next frame.
    function requestFrame() {
      if (frame === 0 && !queued) frame = requestAnimationFrame(() => draw('frame'));
    }
    const offFlow = flow.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.nodes !== prev.nodes || s.width !== prev.width || s.height !== prev.height) request();
    });
    const offRun = useAppStore.subscribe((s, prev) => {
      if (runStatuses(s) !== runStatuses(prev)) requestFrame();
    });
    draw('force');
    return () => {
      clearTimeout(rested);
      cancelAnimationFrame(frame);
      offFlow();
      offRun();
    };
  }, [canvas, flow, dark]);

  return <canvas ref={setCanvas} className="sf-sketch-layer" aria-hidden="true" data-testid="sketch-layer" />;
}
