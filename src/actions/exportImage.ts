/**
 * Downloads the whole design as a PNG or SVG picture (React Flow's "download image" recipe with
 * html-to-image, loaded only when asked for). The picture frames every node, whatever the view.
 */
import type { Node } from '@xyflow/react';

const PADDING = 0.05;
const MAX_SIDE = 8000;

/** What draws a connector (its line, dashes, arrowhead) and is set by the stylesheet, not by attributes. */
const SVG_PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'fill', 'fill-opacity', 'opacity'] as const;

/**
 * html-to-image since 1.11.12 leaves out what the stylesheets set on SVG elements
 * (bubkoo/html-to-image#516, xyflow/xyflow#5194): every connector's line was missing from the
 * picture, only its arrowhead and label left. The computed paint is written on each SVG element of
 * the viewport while the picture is taken; the returned function puts their styles back.
 */
function inlineSvgPaint(viewport: Element): () => void {
  const restore: (() => void)[] = [];
  for (const el of viewport.querySelectorAll<SVGElement>('svg *')) {
    const before = el.getAttribute('style');
    const computed = getComputedStyle(el);
    for (const property of SVG_PAINT) el.style.setProperty(property, computed.getPropertyValue(property));
    restore.push(() => (before === null ? el.removeAttribute('style') : el.setAttribute('style', before)));
  }
  return () => restore.forEach((put) => put());
}

/**
 * The picture's background: the pane's own colour, white where the pane is transparent (React
 * Flow's light pane). The dark theme's connectors, arrowheads and labels are tinted for its dark
 * pane: on the white the picture always had, its teal lines read at 1.9:1 and its labels as dark
 * boxes (a walkthrough, 2026-12-06). The picture is what the canvas shows (*chosen*).
 */
function pictureBackground(viewport: Element): string {
  const pane = viewport.closest('.react-flow');
  const colour = pane ? getComputedStyle(pane).backgroundColor : '';
  return colour === '' || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)' ? '#ffffff' : colour;
}

/**
 * `extra` (the stage sketches of a big design, canvas/sketchPicture.ts) is laid into the viewport
 * while the picture is taken, and taken away after.
 */
export async function exportImage(nodes: Node[], format: 'png' | 'svg', fileName: string, extra: Element | null = null): Promise<void> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('There is nothing on the canvas to picture.');
  // React Flow's geometry too: a static import put @xyflow/system and d3 in the first download, before the canvas's own chunk
  const [{ toPng, toSvg }, { getNodesBounds, getViewportForBounds }] = await Promise.all([import('html-to-image'), import('@xyflow/react')]);
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width, bounds.height));
  const width = Math.max(200, Math.round(bounds.width * scale * (1 + 2 * PADDING)));
  const height = Math.max(150, Math.round(bounds.height * scale * (1 + 2 * PADDING)));
  const t = getViewportForBounds(bounds, width, height, 0.01, 2, PADDING);
  const options = {
    backgroundColor: pictureBackground(viewport),
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${t.x}px, ${t.y}px) scale(${t.zoom})` },
  };
  const restoreStyles = inlineSvgPaint(viewport);
  if (extra) viewport.append(extra);
  let url: string;
  try {
    url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  } finally {
    extra?.remove();
    restoreStyles();
  }
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileName}.${format}`;
  a.click();
}
