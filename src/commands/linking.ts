/** Where a new stage or decision goes in the run order: after `after`, or at the end of the chain. */
import type { Orchestration } from '../model/types';
import { mapDecisions, mapStages } from './edits';
import { chainEnd, findDecision, findStage } from './queries';

/** What `name` leads to (stage `next` or decision `defaultNext`). */
export function nextOf(doc: Orchestration, name: string): string | null {
  return findStage(doc, name)?.next ?? findDecision(doc, name)?.defaultNext ?? null;
}

/** Points the stage's `next` or the decision's default path of `name` at `to`. */
export function setNextOf(doc: Orchestration, name: string, to: string | null): Orchestration {
  if (findStage(doc, name)) {
    return mapStages(doc, (s) => (s.name === name && (s.next ?? null) !== to ? withNext(s, 'next', to) : s));
  }
  return mapDecisions(doc, (d) => (d.name === name && (d.defaultNext ?? null) !== to ? withNext(d, 'defaultNext', to) : d));
}

function withNext<T extends object>(element: T, key: string, to: string | null): T {
  const copy: Record<string, unknown> = { ...(element as Record<string, unknown>) };
  if (to) copy[key] = to;
  else delete copy[key];
  return copy as T;
}

/**
 * Splices the already-inserted element `name` into the run chain: after `after` when given (taking
 * over what `after` led to), else after the end of the chain.
 */
export function spliceIntoChain(doc: Orchestration, name: string, after: string | null | undefined): Orchestration {
  const anchor = after && (findStage(doc, after) || findDecision(doc, after)) ? after : chainEnd(withoutElement(doc, name));
  if (!anchor || anchor === name) return doc;
  const follower = nextOf(doc, anchor);
  let out = setNextOf(doc, anchor, name);
  if (follower && follower !== name) out = setNextOf(out, name, follower);
  return out;
}

function withoutElement(doc: Orchestration, name: string): Orchestration {
  return {
    ...doc,
    stages: doc.stages.filter((s) => s.name !== name),
    decisions: doc.decisions?.filter((d) => d.name !== name),
  };
}
