/**
 * Canvas controls: zoom out, the zoom level (press it for 100%), zoom in, and Fit view. The level
 * re-renders only when it changes by a whole percent. Fit view is the registry's action (disabled
 * on an empty design).
 */
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useAction } from '../actions/useAction';
import { fitViewAction } from '../actions/viewActions';

const percent = (s: ReactFlowState) => Math.round(s.transform[2] * 100);
const BUTTON = 'flex h-8 min-w-8 items-center justify-center px-1.5 text-sm text-ink-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:bg-transparent focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

export function ZoomControls() {
  const zoom = useStore(percent);
  const { zoomIn, zoomOut, zoomTo } = useReactFlow();
  // the registry's Fit view, so it is disabled with the toolbar's on an empty design
  const fit = useAction(fitViewAction);
  return (
    <Panel position="bottom-left" className="!m-3">
      <div role="group" aria-label="Zoom controls" className="flex items-stretch divide-x divide-ink-400/30 rounded border border-ink-400/40 bg-white shadow-sm">
        <button type="button" className={BUTTON} aria-label="Zoom out" title="Zoom out" onClick={() => void zoomOut({ duration: 150 })}>−</button>
        <button type="button" className={`${BUTTON} w-14 tabular-nums`} aria-label={`Zoom level ${zoom}%: press for 100%`} title="Zoom to 100%" onClick={() => void zoomTo(1, { duration: 150 })}>
          {zoom}%
        </button>
        <button type="button" className={BUTTON} aria-label="Zoom in" title="Zoom in" onClick={() => void zoomIn({ duration: 150 })}>+</button>
        <button type="button" className={BUTTON} aria-label="Fit the whole design in view" title="Fit view" disabled={!fit.available} onClick={() => fit.run(undefined)}>⤢</button>
      </div>
    </Panel>
  );
}
