/**
 * `actionCalls`: nothing leaves the simulator. The action is recorded as a side effect (a sentence
 * and its evaluated inputs) and succeeds, with null outputs, unless the scenario mocks it (by element
 * name first, then by action name): the mock's `outputs` are returned, or its `fault` fails the
 * element (its fault connector, if any, is taken). An action of type `flow` (Process Builder's
 * "Flows" action) whose flow the project has runs that flow instead (callFlow.ts), unless mocked;
 * a flow the project lacks stays a side effect.
 */
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { callFlow, writeOutputs } from './callFlow';
import { flowOf, mockOf, recordSideEffect } from './invokeAction';

export const runActionCall: ElementBehavior<'actionCall'> = (element, frame) => {
  const inputs: Record<string, unknown> = {};
  for (const parameter of element.inputParameters) inputs[parameter.name] = frame.valueOf(parameter.value).value;
  const mock = mockOf(frame, element);
  const called = flowOf(frame, element, mock);
  if (called) {
    const run = callFlow(frame, element.name, element.actionName, called, inputs, 'flow action');
    writeOutputs(frame, element.name, run, element.outputParameters);
    if (element.storeOutputAutomatically) frame.storeOutput(element.name, { type: 'Unknown', value: { ...run.outputs } as never });
    return { next: element.connector, subflow: run };
  }
  recordSideEffect(frame, element, inputs, mock);
  const outputs = mock?.outputs ?? {};
  const read = (name: string): unknown => {
    const key = Object.keys(outputs).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? null : outputs[key];
  };
  for (const output of element.outputParameters) {
    const raw = read(output.name);
    frame.write(output.ref, Array.isArray(raw) ? { type: 'Unknown', value: raw, collection: true } : { type: 'Unknown', value: (raw ?? null) as never }, element.name);
  }
  // `{!Action}` read whole is the single result of an invocable method returning one value per call
  // (List<Datetime>): the output the Metadata API names `output` when it is stored manually; null unmocked
  if (element.storeOutputAutomatically) frame.storeOutput(element.name, { type: 'Unknown', value: { ...outputs } as never }, undefined, wholeOutput(read('output')));
  return { next: element.connector };
};

function wholeOutput(raw: unknown): FlowValue {
  return Array.isArray(raw) ? { type: 'Unknown', value: raw, collection: true } : { type: 'Unknown', value: (raw ?? null) as never };
}
