/**
 * The stand-ins of a big design's elements that React Flow has not mounted (standIns.ts): one
 * hidden layer beside React Flow's wrapper, kept by hand. Rendered by the canvas and by the
 * benchmark's bare page (app/BareFlowBench.tsx) alike, so both pages hold the same DOM. Hidden:
 * not in the accessibility tree, not clickable — a stand-in is for reading attributes; to act on
 * an element, select it from the Outline or Find (docs/canvas.md "Big designs", chosen).
 */
import { useLayoutEffect, useRef } from 'react';
import { StandIns, type RunAttributes, type StandInNode } from './standIns';

/** Where the run attributes come from and when they change; none on the bare page. */
export interface RunSource {
  attributes: RunAttributes;
  /** Calls `changed` whenever the run shown moves on (with the elements whose attributes may differ), begins or ends ('all'); returns the unsubscribe. */
  subscribe: (changed: (names: Iterable<string> | 'all') => void) => () => void;
}

export interface StandInLayerProps {
  nodes: readonly StandInNode[];
  run?: RunSource | null;
}

/** Rendered beside React Flow's wrapper (a child of the same element), where it finds React Flow's node layer. */
export function StandInLayer({ nodes, run = null }: StandInLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const standIns = useRef<StandIns | null>(null);
  useLayoutEffect(() => {
    // the parent element, not a ref of it: a parent's ref is set after its children's layout effects
    const root = ref.current!.parentElement;
    const layer = root?.querySelector('.react-flow__nodes') ?? null;
    const s = new StandIns(ref.current!, layer, run?.attributes ?? null);
    standIns.current = s;
    // Mounted in the same commit as React Flow (a big design open from the start, the bare page),
    // the layer comes before React Flow has drawn its node layer: it is attached once it appears,
    // in the microtask after that commit, before anything else can read the page.
    let waiting: MutationObserver | null = null;
    if (!layer && root) {
      waiting = new MutationObserver(() => {
        const found = root.querySelector('.react-flow__nodes');
        if (!found) return;
        waiting?.disconnect();
        waiting = null;
        s.attach(found);
      });
      waiting.observe(root, { childList: true, subtree: true });
    }
    const unsubscribe = run?.subscribe((names) => s.refreshRun(names));
    return () => {
      waiting?.disconnect();
      unsubscribe?.();
      s.dispose();
      standIns.current = null;
    };
  }, [run]);
  // after the effect above, on the first render too (effects run in order)
  useLayoutEffect(() => {
    standIns.current?.setNodes(nodes);
  }, [nodes, run]);
  return <div ref={ref} className="sf-stand-ins" hidden data-stand-ins="" />;
}
