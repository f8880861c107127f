/**
 * Small immutable helpers shared by commands: replace a stage, a step or a decision; point links
 * somewhere else. They return the same object when nothing changes (structural sharing).
 */
import type { Decision, Orchestration, Position, Stage, Step } from '../model/types';
import { LAYOUT_VERSION } from '../model/layoutVersion';
import { hasOwnKey, own } from '../model/ownKey';

export function mapStages(doc: Orchestration, fn: (stage: Stage) => Stage): Orchestration {
  let changed = false;
  const stages = doc.stages.map((s) => {
    const next = fn(s);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? { ...doc, stages } : doc;
}

export function mapSteps(doc: Orchestration, fn: (step: Step, stage: Stage) => Step): Orchestration {
  return mapStages(doc, (stage) => {
    let changed = false;
    const steps = stage.steps.map((s) => {
      const next = fn(s, stage);
      if (next !== s) changed = true;
      return next;
    });
    return changed ? { ...stage, steps } : stage;
  });
}

export function mapDecisions(doc: Orchestration, fn: (decision: Decision) => Decision): Orchestration {
  if (!doc.decisions) return doc;
  let changed = false;
  const decisions = doc.decisions.map((d) => {
    const next = fn(d);
    if (next !== d) changed = true;
    return next;
  });
  return changed ? { ...doc, decisions } : doc;
}

/** Re-points every stage/decision link (next, faultNext, outcomes, start) from `from` to `to`. */
export function retarget(doc: Orchestration, from: string, to: string | null): Orchestration {
  const swap = <T extends string | null | undefined>(value: T): T | string | null => (value === from ? to : value);
  let out = mapStages(doc, (stage) => {
    if (stage.next !== from && stage.faultNext !== from) return stage;
    const next: Stage = { ...stage };
    if (stage.next === from) {
      if (to) next.next = to;
      else delete next.next;
    }
    if (stage.faultNext === from) {
      if (to) next.faultNext = to;
      else delete next.faultNext;
    }
    return next;
  });
  out = mapDecisions(out, (decision) => {
    const hits = decision.defaultNext === from || decision.outcomes.some((o) => o.next === from);
    if (!hits) return decision;
    return {
      ...decision,
      defaultNext: swap(decision.defaultNext),
      outcomes: decision.outcomes.map((o) => (o.next === from ? { ...o, next: to } : o)),
    };
  });
  if (out.start === from) {
    out = { ...out };
    if (to) out.start = to;
    else delete out.start;
  }
  return out;
}

/**
 * Sets (or with null removes) layout entries. Recording a position in a document whose layout is
 * of an earlier version first drops those positions (the canvas no longer reads them, so the other
 * elements stay where they are shown) and marks the layout as the current version.
 */
export function setLayout(doc: Orchestration, positions: Record<string, Position | null>): Orchestration {
  const adopting = doc.layoutVersion !== LAYOUT_VERSION && Object.values(positions).some((p) => p !== null);
  const layout = adopting ? {} : { ...(doc.layout ?? {}) };
  let changed = adopting;
  for (const [name, position] of Object.entries(positions)) {
    if (position === null) {
      if (hasOwnKey(layout, name)) {
        delete layout[name];
        changed = true;
      }
    } else {
      const old = own(layout, name);
      if (!old || old.x !== position.x || old.y !== position.y || old.width !== position.width || old.height !== position.height) {
        layout[name] = position;
        changed = true;
      }
    }
  }
  if (!changed) return doc;
  return adopting ? { ...doc, layout, layoutVersion: LAYOUT_VERSION } : { ...doc, layout };
}

export const STAGE_STARTS = { mode: 'stageStarts' } as const;
