/**
 * The nodes and edges React Flow shows. The document is mapped once per version (toFlowElements);
 * live drag positions and measurements are kept locally until the drag ends; selection is laid
 * over the mapped nodes cheaply (only nodes whose selected flag changes get new objects), so a
 * selection change never re-maps the document. In a big design the stages carry a sketch of their
 * steps (stageOverview.ts) and React Flow is given only the part the view needs
 * (useShownElements.ts); `allNodes` / `nodesRef` keep every node for framing, Find, drops and the
 * mini map. Fit requests are served here too (useFitRequests.ts), held back while the store holds a
 * newer document than the one drawn (`pending`: a big design just opened, drawn in the next
 * tasks), so that the part shown is picked for the frame about to be set.
 */
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { moveLayout } from '../commands/moveLayout';
import { isArrowKey, type ArrowPress } from './arrowMove';
import { arrowMoves } from './arrowMoves';
import { useDrawnDoc } from '../store/drawnDocument';
import { isBigDesign, stageBoxes } from './shownElements';
import { withStageOverviews } from './stageOverview';
import { toFlowElements } from './toFlowElements';
import { useShownElements } from './useShownElements';
import { useStartedCards } from './useStartedCards';
import { usePublishStepOrder } from './usePublishStepOrder';
import { useFitRequests } from './useFitRequests';
import type { DesignEdge, DesignNode } from './types';
import { useAppStore } from '../store/appStore';
import { selectProjectFlowOffer, selectSelected, selectSelectedEdges } from '../store/selectors';
import { projectFlowProblems } from '../store/projectFlowProblems';

function withSelection<T extends { id: string; selected?: boolean }>(items: T[], selected: readonly string[]): T[] {
  const wanted = new Set(selected);
  let changed = false;
  const out = items.map((item) => {
    const want = wanted.has(item.id);
    if (!!item.selected === want) return item;
    changed = true;
    return { ...item, selected: want };
  });
  return changed ? out : items;
}

function nextSelection(current: readonly string[], changes: readonly { type: string; id?: string; selected?: boolean }[]): string[] {
  const set = new Set(current);
  for (const c of changes) {
    if (c.type !== 'select' || !c.id) continue;
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
  }
  return [...set];
}

export function useCanvasElements(draggingRef: React.RefObject<boolean>) {
  // A big design just opened is drawn in the tasks that follow (store/drawnDocument.ts).
  const { doc, pending } = useDrawnDoc();
  const problems = useAppStore((s) => s.problemMemo.indexOf(doc));
  // a design opened from a project also marks the calls to flows the project lacks (a mistyped name)
  const project = useAppStore(selectProjectFlowOffer);
  const mapped = useMemo(() => {
    const missing = projectFlowProblems(doc, project);
    return toFlowElements(doc, missing.length ? [...problems.all, ...missing] : problems.all);
  }, [doc, problems, project]);
  const [local, setLocal] = useState({ source: mapped, nodes: mapped.nodes, edges: mapped.edges });
  let current = local;
  if (local.source !== mapped) {
    current = { source: mapped, nodes: mapped.nodes, edges: mapped.edges };
    setLocal(current);
  }
  // the Outline lists each stage's steps as the canvas draws them (store/drawnStepOrder.ts)
  usePublishStepOrder(mapped.nodes);
  const selected = useAppStore(selectSelected);
  const selectedEdges = useAppStore(selectSelectedEdges);
  const big = isBigDesign(current.nodes);
  const sketched = useMemo(() => (big ? withStageOverviews(current.nodes) : current.nodes), [current.nodes, big]);
  const boxes = useMemo(() => (big ? stageBoxes(current.nodes) : null), [current.nodes, big]);
  const run = useStartedCards(sketched, current.edges);
  const nodes = useMemo(() => withSelection(run.nodes, selected), [run.nodes, selected]);
  const edges = useMemo(() => withSelection(run.edges, selectedEdges), [run.edges, selectedEdges]);
  const all = useMemo(() => ({ nodes, edges }), [nodes, edges]);
  const nodesRef = useRef(nodes);
  useLayoutEffect(() => {
    nodesRef.current = nodes;
  }, [nodes]);
  // After the nodesRef effect, which the framing reads; the part shown is picked for the frame ahead.
  const frameAhead = useFitRequests(nodes, nodesRef, pending);
  const shown = useShownElements(all, boxes, frameAhead);
  // The arrow key React Flow is about to move the selection by: read as the canvas's key event
  // passes down (capture), before the node's own handler, so the canvas places the move itself.
  const arrowRef = useRef<ArrowPress | null>(null);
  const onKeyDownCapture = useCallback((e: React.KeyboardEvent) => {
    arrowRef.current = isArrowKey(e.key) ? { key: e.key, shift: e.shiftKey } : null;
  }, []);

  const onNodesChange = useCallback((changes: NodeChange<DesignNode>[]) => {
    const selection = useAppStore.getState();
    if (changes.some((c) => c.type === 'select')) selection.select(nextSelection(selection.selected, changes));
    // Every node has a fixed size, so measurements need not round-trip through React state (this
    // keeps mounting nodes that scroll into view cheap on big designs).
    let rest: NodeChange<DesignNode>[] = changes.filter((c) => c.type !== 'select' && c.type !== 'dimensions');
    if (!rest.length) return;
    const press = draggingRef.current ? null : arrowRef.current;
    let kept = {};
    if (press) {
      arrowRef.current = null;
      const { doc, snapToGrid } = useAppStore.getState();
      ({ changes: rest, kept } = arrowMoves(rest, press, nodesRef.current, doc, snapToGrid));
    }
    setLocal((prev) => ({ ...prev, nodes: applyNodeChanges(rest, prev.nodes) }));
    // Keyboard moves (arrow keys on a selected node) arrive as position changes outside a drag.
    if (!draggingRef.current) {
      const moved = rest.filter((c) => c.type === 'position' && c.position && !c.dragging);
      if (moved.length) {
        const positions = Object.fromEntries(moved.map((c) => c.type === 'position' && [c.id, { x: Math.round(c.position!.x), y: Math.round(c.position!.y) }]).filter((e): e is [string, { x: number; y: number }] => !!e));
        useAppStore.getState().dispatch(moveLayout, { positions: { ...kept, ...positions } });
      }
    }
  }, [draggingRef]);

  const onEdgesChange = useCallback((changes: EdgeChange<DesignEdge>[]) => {
    const selection = useAppStore.getState();
    if (changes.some((c) => c.type === 'select')) selection.selectEdges(nextSelection(selection.selectedEdges, changes));
    const rest = changes.filter((c) => c.type !== 'select' && c.type !== 'remove');
    if (rest.length) setLocal((prev) => ({ ...prev, edges: applyEdgeChanges(rest, prev.edges) }));
  }, []);

  return { nodes: shown.nodes, edges: shown.edges, onlyRenderVisible: shown.onlyRenderVisible, allNodes: nodes, nodesRef, onNodesChange, onEdgesChange, onKeyDownCapture };
}
