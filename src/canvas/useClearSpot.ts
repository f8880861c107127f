/**
 * The spot of a quick-insert "+" button (plusSpot.ts), measured on screen once the element, its
 * connectors and their labels are drawn: again when the design or the zoom changes (the button
 * keeps its size while everything else scales), not while panning, which moves all alike.
 */
import { useStore } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectDoc } from '../store/selectors';
import { clearSpot, PLUS_OFFSET, PLUS_SIZE, touches, type Box, type Spot } from './plusSpot';

/** Distance between the points sampled along a connector, in screen px (under the clearance of 4 px). */
const SAMPLE_PX = 3;
const REACH = PLUS_OFFSET + PLUS_SIZE + 8;

/** What lies round the node `id` on screen: connector points, label boxes, other cards (not `own`'s). */
function surroundings(node: Box, id: string, own: readonly string[]) {
  const near: Box = { left: node.left - REACH, right: node.right + REACH, top: node.top - REACH, bottom: node.bottom + REACH };
  const lines: { x: number; y: number }[] = [];
  for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
    const matrix = path.getScreenCTM();
    if (!matrix || !touches(path.getBoundingClientRect(), near)) continue;
    const length = path.getTotalLength();
    for (let at = 0; at <= length; at += SAMPLE_PX / matrix.a) {
      const p = path.getPointAtLength(at);
      const s = new DOMPoint(p.x, p.y).matrixTransform(matrix);
      if (s.x >= near.left && s.x <= near.right && s.y >= near.top && s.y <= near.bottom) lines.push({ x: s.x, y: s.y });
    }
  }
  const obstacles: Box[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *, .react-flow__nodes > .react-flow__node')) {
    const other = el.dataset.id;
    if (other !== undefined && (other === id || own.includes(other))) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && touches(box, near)) obstacles.push(box);
  }
  return { lines, obstacles };
}

/**
 * The first of `candidates` clear of connectors, labels and other cards beside node `id`; `own`
 * lists the nodes the button may lie over (a step's stage, a stage's steps).
 */
export function useClearSpot(id: string, own: readonly string[], candidates: readonly Spot[]): Spot {
  const [spot, setSpot] = useState(candidates[0]!);
  const zoom = useStore((s) => s.transform[2]);
  const doc = useAppStore(selectDoc);
  // a drag or typing changes the design every frame: measured once it ends, not at each frame
  const busy = useAppStore((s) => s.gestureMark !== null);
  const key = `${own.join(' ')}|${candidates.map((c) => `${c.position}:${c.align}`).join(' ')}`;
  useLayoutEffect(() => {
    if (busy) return undefined;
    // a frame later: the connectors of an edit are drawn after the node
    const frame = requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`.react-flow__nodes > .react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!el) return;
      const node = el.getBoundingClientRect();
      const { lines, obstacles } = surroundings(node, id, own);
      setSpot(clearSpot(node, candidates, lines, obstacles));
    });
    return () => cancelAnimationFrame(frame);
    // `key` stands for `own` and `candidates`, new arrays at each render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, zoom, doc, key, busy]);
  return candidates.some((c) => c.position === spot.position && c.align === spot.align) ? spot : candidates[0]!;
}
