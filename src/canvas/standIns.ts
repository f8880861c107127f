/**
 * Stand-ins (docs/canvas.md "Big designs"): in a big design React Flow mounts only the nodes near
 * the view (shownElements.ts), yet UI-CONTRACT promises `.react-flow__node[data-id=…]` with
 * `data-kind`, `data-invalid`, and in run mode `data-status` / `data-run-as`, for every stage, step
 * and decision. So each element React Flow has not mounted has exactly one hidden element of its
 * own, `<div class="react-flow__node" hidden data-id=…>`, with the attributes its node would carry,
 * and an element React Flow has mounted has none: `[data-id=X]` always matches one element.
 *
 * The stand-ins are kept by hand, keyed by id, not rendered by React: a pan mounts and unmounts a
 * few dozen nodes, and only those stand-ins change (reconciling 10,000 children on each such frame
 * would cost more than the frame). The mounted set is read from React Flow's own node layer, so it
 * is exactly what is in the DOM, culling included.
 */
import type { RunKind } from './nodes/runAttributes';

/** What a stand-in reads of a node: its id, kind of node and the DOM attributes React Flow gives its wrapper. */
export interface StandInNode {
  id: string;
  type?: string;
  domAttributes?: object;
}

/** Attribute values by name; null removes the attribute. */
export type Attributes = Readonly<Record<string, string | null>>;

/** The run attributes of an element now (runAttributes.ts), or null where no run is shown (the bare page). */
export type RunAttributes = (name: string, kind: RunKind) => Attributes;

/** The node kinds UI-CONTRACT names (a stage, step or decision); nothing else has a stand-in. */
const COVERED = new Set(['stage', 'step', 'decision']);

/** Whether a node is one of the contract's canvas elements. */
export function isContractNode(node: StandInNode): boolean {
  return COVERED.has(node.type ?? '');
}

/** The attributes a node's wrapper carries in the DOM that the contract reads: the node's own domAttributes (stagePlan.ts `domAttributes`), absent ones as null. */
export function nodeAttributes(node: StandInNode): Attributes {
  const own = (node.domAttributes ?? {}) as Record<string, unknown>;
  const value = (name: string) => (typeof own[name] === 'string' ? (own[name] as string) : null);
  return { 'data-kind': value('data-kind'), 'data-invalid': value('data-invalid') };
}

/** The run attributes of a node: status and run-as for stages and steps, nothing for a decision. */
export function runAttributes(node: StandInNode, run: RunAttributes | null): Attributes {
  if (!run || (node.type !== 'stage' && node.type !== 'step')) return NO_RUN;
  return run(node.id, node.type);
}
const NO_RUN: Attributes = { 'data-status': null, 'data-run-as': null };

/** Sets `attributes` on `el`, touching only those that differ. */
export function writeAttributes(el: Element, attributes: Attributes): void {
  for (const name in attributes) {
    const value = attributes[name]!;
    if (el.getAttribute(name) === value) continue;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

/** The id of a mounted React Flow node wrapper, or null for anything else. */
function mountedId(node: Node): string | null {
  return node instanceof Element && node.classList.contains('react-flow__node') ? node.getAttribute('data-id') : null;
}

/**
 * The stand-ins of one canvas, in `container` (outside React Flow's wrapper, so neither React Flow
 * nor the designer's own lookups, which read React Flow's node layer, can meet one).
 */
export class StandIns {
  private readonly els = new Map<string, HTMLElement>();
  private nodes = new Map<string, StandInNode>();
  /** How many wrappers of each id React Flow's node layer holds (a remount may add the new before the old goes). */
  private readonly mounted = new Map<string, number>();
  private observer: MutationObserver | null = null;

  constructor(
    private readonly container: HTMLElement,
    /** React Flow's node layer (`.react-flow__nodes`), or null when React Flow has not drawn it yet (attach it then). */
    layer: Element | null,
    private readonly run: RunAttributes | null,
  ) {
    if (layer) this.attach(layer);
  }

  /**
   * Follows React Flow's node layer: its children are the mounted nodes. Until it is attached
   * nothing is mounted (React Flow draws the layer before any node), so every element has a stand-in.
   */
  attach(layer: Element): void {
    if (this.observer) return;
    for (const child of layer.children) {
      const id = mountedId(child);
      if (id === null) continue;
      this.count(id, 1);
      this.els.get(id)?.remove();
      this.els.delete(id);
    }
    this.observer = new MutationObserver((records) => this.apply(records));
    this.observer.observe(layer, { childList: true });
  }

  /** The design's nodes now: a stand-in for each contract node not mounted, none for the rest. */
  setNodes(nodes: readonly StandInNode[]): void {
    this.flush();
    const next = new Map<string, StandInNode>();
    for (const n of nodes) if (isContractNode(n)) next.set(n.id, n);
    for (const [id, el] of this.els) {
      if (next.has(id)) continue;
      el.remove();
      this.els.delete(id);
    }
    const before = this.nodes;
    this.nodes = next;
    for (const n of next.values()) {
      const el = this.els.get(n.id);
      if (el) {
        if (before.get(n.id) !== n) writeAttributes(el, nodeAttributes(n));
      } else if (!this.mounted.has(n.id)) this.add(n);
    }
  }

  /** The run moved on (the elements `names` changed) or began or ended ('all'): those stand-ins' status and run-as again. */
  refreshRun(names: Iterable<string> | 'all' = 'all'): void {
    if (names === 'all') {
      for (const [id, el] of this.els) writeAttributes(el, runAttributes(this.nodes.get(id)!, this.run));
      return;
    }
    for (const id of names) {
      const el = this.els.get(id);
      if (el) writeAttributes(el, runAttributes(this.nodes.get(id)!, this.run));
    }
  }

  /** How many stand-ins there are (for the benchmark's and tests' counts). */
  get size(): number {
    return this.els.size;
  }

  dispose(): void {
    this.observer?.disconnect();
    for (const el of this.els.values()) el.remove();
    this.els.clear();
  }

  /** Mounts and unmounts React Flow made and this has not yet seen. */
  private flush(): void {
    if (this.observer) this.apply(this.observer.takeRecords());
  }

  private apply(records: readonly MutationRecord[]): void {
    const touched = new Set<string>();
    const count = (node: Node, by: number) => {
      const id = mountedId(node);
      if (id === null) return;
      this.count(id, by);
      touched.add(id);
    };
    for (const r of records) {
      for (const n of r.addedNodes) count(n, 1);
      for (const n of r.removedNodes) count(n, -1);
    }
    for (const id of touched) {
      if (this.mounted.has(id)) {
        this.els.get(id)?.remove();
        this.els.delete(id);
      } else if (!this.els.has(id)) {
        const node = this.nodes.get(id);
        if (node) this.add(node);
      }
    }
  }

  private count(id: string | null, by: number): void {
    if (id === null) return;
    const n = (this.mounted.get(id) ?? 0) + by;
    if (n > 0) this.mounted.set(id, n);
    else this.mounted.delete(id);
  }

  private add(node: StandInNode): void {
    const el = document.createElement('div');
    el.className = 'react-flow__node';
    el.hidden = true;
    el.setAttribute('data-id', node.id);
    writeAttributes(el, nodeAttributes(node));
    writeAttributes(el, runAttributes(node, this.run));
    this.container.appendChild(el);
    this.els.set(node.id, el);
  }
}
