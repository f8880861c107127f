/**
 * The stage sketches for an exported picture (PNG/SVG, actions/exportImage.ts). On screen a big
 * design's sketches are one canvas over the pane (SketchLayer.tsx) that covers only the view; the
 * picture frames the whole design from React Flow's viewport, so it is given the sketches of every
 * stage React Flow has, as one SVG in flow coordinates laid into the viewport while the picture is
 * taken: a path per kind colour (stageOverview.ts), filled with the flow's sketch colours
 * (sketchPalette.ts) written out, since a picture copies no custom property.
 */
import type { Node } from '@xyflow/react';
import { sketchPalette } from './sketchPalette';
import { sketchPaths } from './stageOverview';
import type { StageData } from './types';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * An SVG of the sketches of `nodes`' stages, at their places; null when none carries a sketch.
 * The colours are read from `colours` (the flow, where canvas.css sets them).
 */
export function sketchPicture(nodes: readonly Node[], colours: Element | null = document.querySelector('.react-flow')): SVGSVGElement | null {
  const fillOf = sketchPalette(colours ?? document.documentElement);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'sf-sketch-picture');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '1');
  svg.setAttribute('height', '1');
  svg.setAttribute('style', 'position:absolute;left:0;top:0;overflow:visible;pointer-events:none;shape-rendering:crispEdges');
  let stages = 0;
  for (const node of nodes) {
    const overview = node.type === 'stage' ? (node.data as StageData).overview : undefined;
    if (!overview || overview.length === 0 || node.parentId !== undefined) continue;
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('transform', `translate(${node.position.x},${node.position.y})`);
    for (const path of sketchPaths(overview, null)) {
      const element = document.createElementNS(SVG, 'path');
      element.setAttribute('d', path.d);
      element.setAttribute('fill', fillOf(path.colour));
      element.dataset.colour = path.colour;
      group.append(element);
    }
    svg.append(group);
    stages++;
  }
  return stages > 0 ? svg : null;
}
