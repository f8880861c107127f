/**
 * What the model knows of a flow's own variables: its input and output names, and, for a flow read
 * from a project, their Salesforce data types (`parameters`). Hand-made catalog entries have names
 * only; checks that need types apply only when `parameters` is present (a real flow).
 */
import type { Flow, FlowParameter, VariableType } from './types';

/** Salesforce `dataType` → the model's value type (null: a type the model does not compare). */
const TYPE_OF_DATA_TYPE: Readonly<Record<string, VariableType>> = {
  String: 'Text', Picklist: 'Text', MultiPicklist: 'Text', Text: 'Text', LongTextArea: 'Text',
  Number: 'Number', Currency: 'Number', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime',
  SObject: 'Record', Record: 'Record',
};

/** The model type of a Salesforce data type, or null when it has none (Apex, Time, …). */
export function typeOfDataType(dataType: string): VariableType | null {
  return Object.hasOwn(TYPE_OF_DATA_TYPE, dataType) ? TYPE_OF_DATA_TYPE[dataType]! : null;
}

/** True when the flow's variables are known with their types (it was read from a file). */
export function hasKnownParameters(flow: Flow): flow is Flow & { parameters: FlowParameter[] } {
  return Array.isArray(flow.parameters);
}

/** The flow's input variable of this name, when the flow's parameters are known. */
export function inputParameter(flow: Flow, name: string): FlowParameter | undefined {
  return (flow.parameters ?? []).find((p) => p.name === name && p.direction !== 'output');
}

/** The flow's output variable of this name, when the flow's parameters are known. */
export function outputParameter(flow: Flow, name: string): FlowParameter | undefined {
  return (flow.parameters ?? []).find((p) => p.name === name && p.direction !== 'input');
}

/** Names of the flow's inputs: its parameters when known, else its `inputs` list. */
export function inputNames(flow: Flow): string[] {
  if (hasKnownParameters(flow)) return flow.parameters.filter((p) => p.direction !== 'output').map((p) => p.name);
  return flow.inputs ?? [];
}

/** Names of the flow's outputs: its parameters when known, else its `outputs` list. */
export function outputNames(flow: Flow): string[] {
  if (hasKnownParameters(flow)) return flow.parameters.filter((p) => p.direction !== 'input').map((p) => p.name);
  return flow.outputs ?? [];
}

/** "a Text", "a Record (User)", "a collection of Text" — how a parameter's type reads in messages. */
export function describeParameterType(parameter: FlowParameter): string {
  const base = parameter.dataType === 'SObject' ? `Record${parameter.objectType ? ` (${parameter.objectType})` : ''}` : parameter.dataType;
  return parameter.isCollection ? `a collection of ${base}` : `a ${base}`;
}
