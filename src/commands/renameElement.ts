/**
 * `element.rename`: rename in place (canvas, outline). The label changes; the API name follows it
 * while it followed the old label (model/labelFollowing.ts, the Label field's rule and Flow
 * Builder's), kept unique in the one namespace, and element.setApiName rewrites every reference.
 * An API name the admin typed stays: other metadata may call the element by it.
 */
import { nameAfterRelabel } from '../model/labelFollowing';
import type { Orchestration } from '../model/types';
import { defineCommand } from './command';
import { mapDecisions, mapStages } from './edits';
import { findDecision, findStage, findStep, kindOf, takenNames } from './queries';
import { setApiName } from './setApiName';

export interface RenameElementParams {
  /** Current API name of a stage, step or decision. */
  name: string;
  label: string;
  /** Keep the API name whatever the label (an element of a project's file, as Flow Builder keeps a saved one's). */
  keepName?: boolean;
}

function labelOf(doc: Orchestration, name: string): string | undefined {
  return (findStage(doc, name) ?? findDecision(doc, name) ?? findStep(doc, name)?.step)?.label;
}

/** The API name `name` gets for `label`: derived and unique while it follows its label now, else unchanged. */
export function renamedName(doc: Orchestration, name: string, label: string): string {
  const taken = takenNames(doc);
  taken.delete(name);
  return nameAfterRelabel(name, labelOf(doc, name), label, taken);
}

export const renameElement = defineCommand<RenameElementParams>('element.rename', 'Rename', (doc, p) => {
  const label = p.label.trim().slice(0, 255);
  if (!label || !kindOf(doc, p.name)) return doc;
  const setLabel = <E extends { name: string; label?: string }>(e: E): E => (e.name === p.name && e.label !== label ? { ...e, label } : e);
  let out = mapStages(doc, (s) => {
    const steps = s.steps.map(setLabel);
    return setLabel(steps.some((x, i) => x !== s.steps[i]) ? { ...s, steps } : s);
  });
  out = mapDecisions(out, setLabel);
  const to = p.keepName ? p.name : renamedName(doc, p.name, label);
  return to === p.name ? out : setApiName.apply(out, { from: p.name, to });
});
