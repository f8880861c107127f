/**
 * What the bare page (app/BareFlowBench.tsx) is given for a design: the whole design mapped by the
 * designer's own mapper (toFlowElements) as plain boxes with the same ids, kinds, sizes, positions,
 * parents and handles, and the same edges (app/bareElements.ts), with the pane size and the
 * viewport to open at. The page itself decides, frame by frame and by the designer's rule
 * (canvas/useShownElements.ts), which of them React Flow is given.
 */
import type { Viewport } from '@xyflow/react';
import { toBareElements } from '../../src/app/bareElements';
import type { BenchPayload } from '../../src/app/BareFlowBench';
import { toFlowElements } from '../../src/canvas/toFlowElements';
import type { Orchestration } from '../../src/model/types';

export function barePayload(doc: Orchestration, pane: { width: number; height: number }, viewport: Viewport): BenchPayload {
  return { pane, viewport, ...toBareElements(toFlowElements(doc)) };
}
