/**
 * `element.rename`: rename in place on the canvas. The label changes and the API name follows it
 * (apiNameFromLabel, kept unique in the one namespace); element.setApiName rewrites every reference.
 */
import { apiNameFromLabel, uniqueName } from '../model/names';
import type { Orchestration } from '../model/types';
import { defineCommand } from './command';
import { mapDecisions, mapStages } from './edits';
import { kindOf, takenNames } from './queries';
import { setApiName } from './setApiName';

export interface RenameElementParams {
  /** Current API name of a stage, step or decision. */
  name: string;
  label: string;
}

/** The API name `name` gets for `label`: unchanged if it already fits, else derived and unique. */
export function renamedName(doc: Orchestration, name: string, label: string): string {
  const base = apiNameFromLabel(label);
  if (base === name) return name;
  const taken = takenNames(doc);
  taken.delete(name);
  return uniqueName(base, taken);
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
  const to = renamedName(doc, p.name, label);
  return to === p.name ? out : setApiName.apply(out, { from: p.name, to });
});
