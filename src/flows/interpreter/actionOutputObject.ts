/**
 * The object of the records a generic invocable action hands back (`{!Map_JSON_Array.sobjectList}`):
 * such an action declares its record outputs with a type parameter that Flow Builder asks the admin
 * to set, and the flow file keeps the choice as `<dataTypeMappings>` — `typeName` the parameter, `T__`
 * before a single record's output name and `U__` before a list's, `typeValue` the object. Salesforce
 * knows the object from it when a Create Records element saves those records. Survey 23: four flows
 * of burakcetinx/best-repo-ever create the records an Apex action built from JSON, and faulted with
 * "cannot tell which object".
 */
import type { Frame } from './frame';
import { outputOwner } from './outputOwner';

/** The object bound to the output `Element.output` when `Element` is an action call of this flow; else undefined. */
export function actionOutputObject(frame: Frame, reference: string): string | undefined {
  const owner = outputOwner(frame, reference);
  if (owner?.element.kind !== 'actionCall') return undefined;
  const wanted = owner.output.toLowerCase();
  return owner.element.dataTypeMappings?.find((m) => /^[TU]__/.test(m.typeName) && m.typeName.slice(3).toLowerCase() === wanted)?.typeValue;
}
