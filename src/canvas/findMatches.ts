/**
 * What Find (Ctrl/Cmd+F) matches: an element by its label or API name first, then an element by a
 * name an admin types for it without knowing its label — a decision's outcome, the flow a step runs
 * (or an evaluation flow a condition calls), the resource a requirement tests. Each match says why
 * it matched when it is not by the element's own name ("outcome “Approved”").
 */
import type { Decision, Orchestration, Requirement, Stage, Step } from '../model/types';

export interface FindMatch {
  /** The element's API name (what Find selects). */
  name: string;
  label: string;
  /** Why it matched, when not by its own label or API name: "outcome “Approved”". */
  via?: string;
}

/** A condition as the three kinds of element hold it (start, completion, exit, an outcome's). */
interface ConditionLike {
  mode?: string;
  flow?: string;
  requirements?: readonly Requirement[];
}

/** What else an element is known by: [why, text] pairs, in the order the panel shows them. */
function otherNames(doc: Orchestration, element: Element): [string, string][] {
  const flowLabel = (name: string) => doc.flows?.find((f) => f.name === name)?.label;
  const flow = (name: string | undefined): [string, string][] => {
    if (!name) return [];
    const label = flowLabel(name);
    return [['flow', name], ...(label && label !== name ? [['flow', label] as [string, string]] : [])];
  };
  const condition = (c: ConditionLike | undefined): [string, string][] => [
    ...(c?.mode === 'evaluationFlow' ? flow(c.flow) : []),
    ...(c?.requirements ?? []).map((r): [string, string] => ['requirement', r.left]),
  ];
  if (element.kind === 'decision') {
    return element.decision.outcomes.flatMap((o): [string, string][] => [
      ['outcome', o.label ?? o.name], ['outcome', o.name], ...condition(o),
    ]);
  }
  if (element.kind === 'stage') return condition(element.stage.exit);
  const { step } = element;
  return [...flow(step.flow), ...condition(step.start), ...condition(step.complete)];
}

/** An element of the design, by its kind. */
type Element = { kind: 'stage'; stage: Stage } | { kind: 'step'; step: Step } | { kind: 'decision'; decision: Decision };

const itself = (e: Element): Stage | Step | Decision => (e.kind === 'stage' ? e.stage : e.kind === 'step' ? e.step : e.decision);

/** The first `max` matches of `query` (case-insensitive, anywhere in the text); none for a blank query. */
export function findMatches(doc: Orchestration, query: string, max: number): FindMatch[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const has = (text: string | undefined) => !!text && text.toLowerCase().includes(q);
  const all: Element[] = [
    ...doc.stages.flatMap((stage): Element[] => [{ kind: 'stage', stage }, ...stage.steps.map((step): Element => ({ kind: 'step', step }))]),
    ...(doc.decisions ?? []).map((decision): Element => ({ kind: 'decision', decision })),
  ];
  // its own label or API name first: "ship" lists the Ship order stage before a step running Ship_Laptop
  const direct = all.filter((e) => has(itself(e).name) || has(itself(e).label));
  const matches: FindMatch[] = direct.map((e) => ({ name: itself(e).name, label: itself(e).label ?? itself(e).name }));
  for (const e of all) {
    if (matches.length >= max) break;
    if (direct.includes(e)) continue;
    const hit = otherNames(doc, e).find(([, text]) => has(text));
    if (hit) matches.push({ name: itself(e).name, label: itself(e).label ?? itself(e).name, via: `${hit[0]} “${hit[1]}”` });
  }
  return matches.slice(0, max);
}
