/**
 * Downloads the whole design as a PNG or SVG picture (React Flow's "download image" recipe with
 * html-to-image, loaded only when asked for). The picture frames every node, whatever the view.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';

const PADDING = 0.05;
const MAX_SIDE = 8000;

/**
 * `extra` (the stage sketches of a big design, canvas/sketchPicture.ts) is laid into the viewport
 * while the picture is taken, and taken away after.
 */
export async function exportImage(nodes: Node[], format: 'png' | 'svg', fileName: string, extra: Element | null = null): Promise<void> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('There is nothing on the canvas to picture.');
  const { toPng, toSvg } = await import('html-to-image');
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width, bounds.height));
  const width = Math.max(200, Math.round(bounds.width * scale * (1 + 2 * PADDING)));
  const height = Math.max(150, Math.round(bounds.height * scale * (1 + 2 * PADDING)));
  const t = getViewportForBounds(bounds, width, height, 0.01, 2, PADDING);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${t.x}px, ${t.y}px) scale(${t.zoom})` },
  };
  if (extra) viewport.append(extra);
  let url: string;
  try {
    url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  } finally {
    extra?.remove();
  }
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileName}.${format}`;
  a.click();
}
