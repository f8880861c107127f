/**
 * `<connector>`, `<faultConnector>`, `<defaultConnector>` ↔ `next`, `faultNext`, `defaultNext`.
 * `<isGoTo>true</isGoTo>` (a connector back to an element already on the path) is remembered as a
 * Go To mark in the owner's `extensions`; on export a connector gets `isGoTo` when it is marked or
 * when it closes a loop (it leads back to an element on the path from the start).
 */
import type { Orchestration } from '../../model/types';
import { hasGoToMark, type GoToMark } from './extensions';
import { childrenOf, element, isLeaf, leaf, type XmlNode } from './xmlNode';

export type ConnectorTag = GoToMark['connector'];

/** Target and Go To flag of a connector, or undefined when it has any other shape. */
export function importConnector(node: XmlNode | undefined): { target: string; isGoTo: boolean } | undefined {
  if (!node || node.attributes !== undefined) return undefined;
  const kids = childrenOf(node);
  const target = kids.find((kid) => kid.tag === 'targetReference');
  const goTo = kids.find((kid) => kid.tag === 'isGoTo');
  if (!target || !isLeaf(target) || !target.text || kids.length !== (goTo ? 2 : 1)) return undefined;
  if (goTo && (!isLeaf(goTo) || (goTo.text !== 'true' && goTo.text !== 'false'))) return undefined;
  return { target: target.text, isGoTo: goTo?.text === 'true' };
}

/** The Go To mark to keep for an imported connector (none when it is not a Go To). */
export function goToMark(connector: ConnectorTag, imported: { target: string; isGoTo: boolean }): GoToMark[] {
  return imported.isGoTo ? [{ kind: 'xmlGoTo', connector, target: imported.target }] : [];
}

/** A connector element to `target`, if there is one. */
export function exportConnector(tag: ConnectorTag, target: string | null | undefined, isGoTo: boolean): XmlNode | undefined {
  if (!target) return undefined;
  return element(tag, [isGoTo ? leaf('isGoTo', 'true') : undefined, leaf('targetReference', target)]);
}

/**
 * Decides `isGoTo` for a connector: `via` is `connector`, `faultConnector`, `defaultConnector` or
 * `rule:<outcome>`; `extensions` are the owner's (the outcome's for a rule), holding marks on `mark`.
 */
export type GoToRule = (from: string, via: string, target: string, extensions: unknown, mark: ConnectorTag) => boolean;

/** Connectors that lead back to an element on the current path from the start (depth-first). */
export function loopConnectors(doc: Orchestration): Set<string> {
  const edges = new Map<string, { key: string; to: string }[]>();
  const add = (from: string, via: string, to: string | null | undefined) => {
    if (!to) return;
    const list = edges.get(from) ?? [];
    list.push({ key: edgeKey(from, via, to), to });
    edges.set(from, list);
  };
  for (const stage of doc.stages) {
    add(stage.name, 'connector', stage.next);
    add(stage.name, 'faultConnector', stage.faultNext);
  }
  for (const decision of doc.decisions ?? []) {
    decision.outcomes.forEach((outcome) => add(decision.name, `rule:${outcome.name}`, outcome.next));
    add(decision.name, 'defaultConnector', decision.defaultNext);
  }
  const loops = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const start = doc.start ?? doc.stages[0]?.name;
  if (!start) return loops;
  // iterative depth-first search: a stack of (node, next edge to look at)
  const stack: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
  state.set(start, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const edge = (edges.get(top.node) ?? [])[top.edge++];
    if (!edge) {
      state.set(top.node, 'done');
      stack.pop();
      continue;
    }
    const seen = state.get(edge.to);
    if (seen === 'open') loops.add(edge.key);
    else if (seen === undefined) {
      state.set(edge.to, 'open');
      stack.push({ node: edge.to, edge: 0 });
    }
  }
  return loops;
}

function edgeKey(from: string, via: string, to: string): string {
  return `${from}\u0000${via}\u0000${to}`;
}

/** The `isGoTo` rule for a document: marked on import, or closing a loop. */
export function goToRule(doc: Orchestration): GoToRule {
  const loops = loopConnectors(doc);
  return (from, via, target, extensions, mark) => loops.has(edgeKey(from, via, target)) || hasGoToMark(extensions, mark, target);
}

function withoutMark(extensions: unknown[] | undefined, mark: ConnectorTag, target: string | null | undefined): unknown[] | undefined {
  if (!extensions || !target) return extensions;
  const kept = extensions.filter((entry) => !hasGoToMark([entry], mark, target));
  return kept.length > 0 ? kept : undefined;
}

/**
 * Removes the Go To marks that export would infer anyway (connectors closing a loop), so that a
 * document written by us reads back without marks. Mutates `doc`.
 */
export function dropInferredGoTo(doc: Orchestration): void {
  const loops = loopConnectors(doc);
  const set = <T extends { extensions?: unknown[] }>(owner: T, extensions: unknown[] | undefined) => {
    if (extensions) owner.extensions = extensions;
    else delete owner.extensions;
  };
  for (const stage of doc.stages) {
    for (const via of ['connector', 'faultConnector'] as const) {
      const target = via === 'connector' ? stage.next : stage.faultNext;
      if (target && loops.has(edgeKey(stage.name, via, target))) set(stage, withoutMark(stage.extensions, via, target));
    }
  }
  for (const decision of doc.decisions ?? []) {
    const target = decision.defaultNext;
    if (target && loops.has(edgeKey(decision.name, 'defaultConnector', target))) {
      set(decision as { extensions?: unknown[] }, withoutMark(decision.extensions as unknown[] | undefined, 'defaultConnector', target));
    }
    for (const outcome of decision.outcomes) {
      if (outcome.next && loops.has(edgeKey(decision.name, `rule:${outcome.name}`, outcome.next))) {
        set(outcome as { extensions?: unknown[] }, withoutMark(outcome.extensions as unknown[] | undefined, 'connector', outcome.next));
      }
    }
  }
}
