/**
 * The stand-ins of a big design's elements that React Flow has not mounted (standIns.ts): one
 * hidden layer beside React Flow's wrapper, kept by hand. Rendered by the canvas and by the
 * benchmark's bare page (app/BareFlowBench.tsx) alike, so both pages hold the same DOM. Hidden:
 * not in the accessibility tree, not clickable — a stand-in is for reading attributes; to act on
 * an element, select it from the Outline or Find (docs/canvas.md "Big designs", chosen).
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { StandIns, type RunAttributes, type StandInNode } from './standIns';

/** Where the run attributes come from and when they change; none on the bare page. */
export interface RunSource {
  attributes: RunAttributes;
  /** Calls `changed` whenever the run shown moves on (with the elements whose attributes may differ), begins or ends ('all'); returns the unsubscribe. */
  subscribe: (changed: (names: Iterable<string> | 'all') => void) => () => void;
}

export interface StandInLayerProps {
  nodes: readonly StandInNode[];
  /** An element holding React Flow's wrapper (the layer looks for its `.react-flow__nodes` inside). */
  flowRoot: RefObject<HTMLElement | null>;
  run?: RunSource | null;
}

export function StandInLayer({ nodes, flowRoot, run = null }: StandInLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const standIns = useRef<StandIns | null>(null);
  useLayoutEffect(() => {
    const s = new StandIns(ref.current!, flowRoot.current?.querySelector('.react-flow__nodes') ?? null, run?.attributes ?? null);
    standIns.current = s;
    const unsubscribe = run?.subscribe((names) => s.refreshRun(names));
    return () => {
      unsubscribe?.();
      s.dispose();
      standIns.current = null;
    };
  }, [flowRoot, run]);
  // after the effect above, on the first render too (effects run in order)
  useLayoutEffect(() => {
    standIns.current?.setNodes(nodes);
  }, [nodes, run, flowRoot]);
  return <div ref={ref} className="sf-stand-ins" hidden data-stand-ins="" />;
}
