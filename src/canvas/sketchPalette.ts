/**
 * The fills of the sketch colours, from the `--sf-sketch-<colour>` custom properties the flow sets
 * (canvas.css), as the page shows them now (light or dark): the sketch layer paints with them and an
 * exported picture's sketch is filled with them (a picture copies no custom property).
 */
import type { SketchColour } from './stageOverview';

/** Grey, should the style sheet not name a colour. */
const FALLBACK = '#d1d5db';

export function sketchPalette(element: Element): (colour: SketchColour) => string {
  const style = getComputedStyle(element);
  const cache = new Map<SketchColour, string>();
  return (colour) => {
    let fill = cache.get(colour);
    if (fill === undefined) {
      fill = style.getPropertyValue(`--sf-sketch-${colour}`).trim() || FALLBACK;
      cache.set(colour, fill);
    }
    return fill;
  };
}
