/**
 * The canvas's Tab order (docs/canvas.md, "Keyboard order"): each node in reading order, then the
 * connectors leaving it. React Flow draws every connector in one SVG before the nodes, so the
 * browser's own order went through every connector before the first stage. The connectors are
 * therefore out of the browser's order (tabindex −1, toFlowEdges.ts) and placed in this one by
 * useCanvasTabOrder.ts, which asks it only when Tab is pressed on the canvas.
 */

/** A stop of the canvas's Tab order: a node or a connector, by id. */
export interface TabStop {
  kind: 'node' | 'edge';
  id: string;
}

/**
 * The stops in Tab order: each of `nodeIds` (in reading order: the order React Flow puts the nodes
 * in the page, toFlowElements.ts) followed by the connectors whose source it is, in the order of
 * `edges` (a stage's next then its fault path, a decision's outcomes then its default path). A
 * connector whose source is not among the nodes (not drawn in a big design) has no stop: it is
 * reached from its source, as the source is.
 */
export function tabStops(nodeIds: Iterable<string>, edges: Iterable<{ id: string; source: string }>): TabStop[] {
  const leaving = new Map<string, string[]>();
  for (const edge of edges) {
    const list = leaving.get(edge.source);
    if (list) list.push(edge.id);
    else leaving.set(edge.source, [edge.id]);
  }
  const stops: TabStop[] = [];
  for (const id of nodeIds) {
    stops.push({ kind: 'node', id });
    for (const edge of leaving.get(id) ?? []) stops.push({ kind: 'edge', id: edge });
  }
  return stops;
}
