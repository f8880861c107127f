/**
 * What a step or evaluation flow is given from its caller's input mapping (R50): the inputs the flow
 * declares (case-insensitive), each read now. A row with no value (`""`, a parameter Flow Builder
 * saved without `<value>`, docs/xml.md) gives the flow nothing: its variable keeps its own default
 * (null), as Salesforce leaves an unset input. Given as the text "", a Record or Number input
 * faulted ("input incident: \"\" is not a valid record") and an exit condition never held.
 */
import { inputText, type InputValues } from '../../model/inputValue';
import { readInput } from '../resolve';
import type { RunView } from '../view';
import type { ProjectFlow } from './definitions';

export function flowInputs(view: RunView, mapping: InputValues | undefined, flow: ProjectFlow): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const name of Object.keys(mapping ?? {})) {
    if (!flow.inputNames.has(name.toLowerCase())) continue;
    const text = inputText(mapping![name]!);
    if (text === '') continue;
    given[name] = readInput(view, text).value;
  }
  return given;
}
