import { uniqueName } from '../model/names';
import type { Decision, Orchestration, Position, Stage, Step } from '../model/types';
import type { ClipboardFragment } from './clipboard';
import { defineCommand } from './command';
import { mapStages, setLayout, STAGE_STARTS } from './edits';
import { nextOf, setNextOf } from './linking';
import { chainEnd, findStage, takenNames } from './queries';
import { mapRequirement, mapStage, mapStep, type Mapper } from './setApiName';
import { own } from '../model/ownKey';

export interface PasteParams {
  fragment: ClipboardFragment;
  /** Where loose steps go (they are dropped when there is no such stage). */
  targetStage: string | null;
  /** Pasted stages and decisions go after this element in the run order; else at the end. */
  after: string | null;
}

export interface PastePlan {
  doc: Orchestration;
  /** API names of the pasted elements (top-level and loose steps), for the new selection. */
  names: string[];
}

const OFFSET = 40;
const shift = (p: Position | undefined, d: number): Position | undefined => (p ? { ...p, x: p.x + d, y: p.y + d } : undefined);

/**
 * Works out a paste: every element gets a free name, links inside the fragment follow the renames,
 * links to elements outside it are dropped, and pasted chains are spliced into the run order.
 * References inside the fragment follow the renames too — a requirement, an input, an evaluation
 * flow's condition, a stage's exit or an outcome reading `Create_User_Accounts.Status` reads the
 * copy of that step when it was copied along (as its predecessor link does), and the original
 * otherwise (*chosen*, 2026-12-06: a duplicated stage's steps read the original stage's steps).
 */
export function planPaste(doc: Orchestration, p: PasteParams): PastePlan {
  const f = p.fragment;
  const taken = takenNames(doc);
  const rename = new Map<string, string>();
  const claim = (name: string) => {
    const fresh = uniqueName(name, taken);
    taken.add(fresh);
    rename.set(name, fresh);
    return fresh;
  };
  const target = p.targetStage ? findStage(doc, p.targetStage) : undefined;
  const looseSteps = target ? f.steps : [];
  for (const s of f.stages) [s, ...s.steps].forEach((e) => claim(e.name));
  for (const d of f.decisions) claim(d.name);
  for (const s of looseSteps) claim(s.name);
  const link = (to: string | null | undefined) => (to && rename.has(to) ? rename.get(to)! : null);
  const reference: Mapper = (text) => {
    const dot = text.indexOf('.');
    const head = dot < 0 ? text : text.slice(0, dot);
    const fresh = rename.get(head);
    return fresh === undefined ? text : fresh + text.slice(head.length);
  };

  const copyStep = (step: Step, siblings: ReadonlySet<string>): Step => {
    const start = step.start;
    const copy: Step = mapStep({ ...step, name: rename.get(step.name)! }, reference);
    if (start?.mode === 'stepCompleted') {
      const renamed = rename.get(start.step);
      copy.start = renamed ? { ...start, step: renamed } : siblings.has(start.step) ? start : STAGE_STARTS;
    }
    return copy;
  };
  const stages: Stage[] = f.stages.map((s) => {
    const copy: Stage = { ...mapStage({ ...s, steps: [] }, reference), name: rename.get(s.name)!, steps: s.steps.map((x) => copyStep(x, new Set())) };
    if (s.next !== undefined) copy.next = link(s.next);
    if (s.faultNext !== undefined) copy.faultNext = link(s.faultNext);
    return copy;
  });
  const decisions: Decision[] = f.decisions.map((d) => ({
    ...d,
    name: rename.get(d.name)!,
    defaultNext: link(d.defaultNext),
    outcomes: d.outcomes.map((o) => ({ ...o, requirements: o.requirements.map((r) => mapRequirement(r, reference)), next: link(o.next) })),
  }));

  let out: Orchestration = { ...doc, stages: [...doc.stages, ...stages] };
  if (decisions.length) out.decisions = [...(doc.decisions ?? []), ...decisions];
  if (target && looseSteps.length) {
    const siblings = new Set(target.steps.map((s) => s.name));
    const steps = looseSteps.map((s) => copyStep(s, siblings));
    out = mapStages(out, (s) => (s.name === target.name ? { ...s, steps: [...s.steps, ...steps] } : s));
  }
  out = spliceChains(out, doc, [...stages, ...decisions].map((e) => e.name), p.after);

  // A pasted stage or decision is not given a position: it is spliced into the run order after
  // `after`, and the canvas arranges it there, clear of what the user placed. Offset from its
  // original (as a free-form canvas pastes) it covered most of the original and the connectors
  // through both. Steps keep their places inside a pasted stage; loose steps are offset.
  const positions: Record<string, Position> = {};
  const inPastedStage = new Set(f.stages.flatMap((s) => s.steps.map((x) => x.name)));
  const topLevel = new Set([...f.stages, ...f.decisions].map((e) => e.name));
  for (const [old, fresh] of rename) {
    if (topLevel.has(old)) continue;
    const position = inPastedStage.has(old) ? own(f.layout, old) : shift(own(f.layout, old), OFFSET);
    if (position) positions[fresh] = position;
  }
  out = setLayout(out, positions);
  const names = [...stages.map((s) => s.name), ...decisions.map((d) => d.name), ...looseSteps.map((s) => rename.get(s.name)!)];
  return { doc: out, names };
}

/** Splices each pasted chain head (not led to by another pasted element) after `after`, one after another. */
function spliceChains(out: Orchestration, before: Orchestration, pasted: string[], after: string | null): Orchestration {
  if (!pasted.length) return out;
  const ledTo = new Set(pasted.map((n) => nextOf(out, n)).filter((n): n is string => !!n));
  let anchor = after && (findStage(before, after) || before.decisions?.some((d) => d.name === after)) ? after : chainEnd(before);
  for (const head of pasted.filter((n) => !ledTo.has(n))) {
    let tail = head;
    const seen = new Set([head]);
    for (let n = nextOf(out, tail); n && pasted.includes(n) && !seen.has(n); n = nextOf(out, tail)) {
      seen.add(n);
      tail = n;
    }
    if (anchor) {
      const follower = nextOf(out, anchor);
      out = setNextOf(out, anchor, head);
      if (follower) out = setNextOf(out, tail, follower);
    }
    anchor = tail;
  }
  return out;
}

/** Pastes a clipboard fragment as one edit (see `planPaste`). */
export const pasteElements = defineCommand<PasteParams>('elements.paste', 'Paste', (doc, p) => planPaste(doc, p).doc);

