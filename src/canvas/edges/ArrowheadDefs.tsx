/**
 * The `<marker>`s the connectors' arrowheads are drawn from (arrowheads.ts), the same shape and size
 * as React Flow's closed arrowhead. Inside the viewport (a viewport portal) so that an exported
 * picture, taken of the viewport (actions/exportImage.ts), carries them, and inside `.react-flow`,
 * where canvas.css sets their colours for the theme.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { ARROWHEADS, ARROWHEAD_SIZE } from './arrowheads';

function ArrowheadDefsView() {
  return (
    <ViewportPortal>
      <svg aria-hidden="true" className="react-flow__marker" style={{ position: 'absolute', width: 0, height: 0 }}>
        <defs>
          {Object.values(ARROWHEADS).map(({ id, color }) => (
            <marker key={id} id={id} className="react-flow__arrowhead" markerWidth={ARROWHEAD_SIZE} markerHeight={ARROWHEAD_SIZE} viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
              <polyline style={{ stroke: color, fill: color, strokeWidth: 1 }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
            </marker>
          ))}
        </defs>
      </svg>
    </ViewportPortal>
  );
}

export const ArrowheadDefs = memo(ArrowheadDefsView);
