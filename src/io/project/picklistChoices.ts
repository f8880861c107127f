/**
 * The values of a flow's picklist choice sets (`<dynamicChoiceSets>` with `<picklistObject>` and
 * `<picklistField>`), from the project's object metadata, so that a run can tell a screen answer
 * the picklist does not offer (src/flows/interpreter/elements/screen.ts). Only the objects whose
 * metadata the project reads are known (objectFields.ts: those its orchestrations read records
 * of); a set of another object keeps no values, and its answers are taken as given.
 */
import type { FlowDefinition } from '../../flows/definition';
import { declaredField } from './objectFields';
import type { ProjectObjects } from './types';

/** `definition` with the values the project lists for each picklist choice set; unchanged when it knows none. */
export function withPicklistChoiceValues(definition: FlowDefinition, objects: ProjectObjects | undefined): FlowDefinition {
  if (!objects || objects.size === 0) return definition;
  let changed = false;
  const sets = definition.dynamicChoiceSets.map((set) => {
    if (set.picklistObject === undefined || set.picklistField === undefined) return set;
    const values = declaredField(objects, set.picklistObject, set.picklistField)?.values;
    if (!values) return set;
    changed = true;
    return { ...set, picklistValues: [...values] };
  });
  return changed ? { ...definition, dynamicChoiceSets: sets } : definition;
}
