/**
 * Screen actions (`<actions>` and `<triggers>` of a screen): Salesforce Help's *Action Button Screen
 * Input Component* — "the screen action runs an active autolaunched flow, and the results of the
 * autolaunched flow can be shown on the same screen". Its outputs are read as
 * `{!Action.Results.output}`, and `{!Action.InProgress}` is true only while it runs. Before, the
 * reader passed the actions over and a formula reading `{!Action.Results.x}` faulted, "names no
 * resource or element of this flow" (survey 22).
 *
 * Offline no one waits on the screen, so *(chosen)*: every action holds no results (nulls) from the
 * screen's start; the actions of a `flow__screeninit` trigger run when the screen is shown, before
 * its fields take their answers; those a field's change triggers run again once the answers are
 * taken, when the caller answered that field (`eventSource` `Table.firstSelectedRow.Id`: the answer
 * to `Table`); an action only a button runs (no trigger) does not run, as no one clicks. A flow the
 * project has runs as a flow action does (callFlow.ts); a mock by action name, or by flow name,
 * stands in for it; any other is a side effect with no results.
 */
import type { ElementOf, ScreenAction } from '../../definition';
import type { FlowValue } from '../../values';
import type { Frame } from '../frame';
import { callFlow } from './callFlow';
import { flowOf, mockOf, recordSideEffect } from './invokeAction';
import { given, type Answers } from './screenAnswers';

const SCREEN_LOADS = 'flow__screeninit';

function results(outputs: Readonly<Record<string, unknown>>): FlowValue {
  return { type: 'Unknown', value: { InProgress: false, Results: { ...outputs } } as FlowValue['value'] };
}

function runAction(frame: Frame, action: ScreenAction): void {
  const inputs: Record<string, unknown> = {};
  for (const parameter of action.inputParameters) inputs[parameter.name] = frame.valueOf(parameter.value).value;
  const mock = mockOf(frame, action);
  const called = flowOf(frame, action, mock);
  if (called) {
    frame.storeOutput(action.name, results(callFlow(frame, action.name, action.actionName, called, inputs, 'screen action').outputs));
    return;
  }
  recordSideEffect(frame, action, inputs, mock);
  frame.storeOutput(action.name, results(mock?.outputs ?? {}));
}

function runNamed(frame: Frame, screen: ElementOf<'screen'>, names: readonly string[]): void {
  for (const name of names) {
    const action = (screen.actions ?? []).find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (action) runAction(frame, action);
  }
}

/** The screen is shown: every action holds no results yet, then the screen-load triggers' actions run. */
export function screenShown(frame: Frame, screen: ElementOf<'screen'>): void {
  for (const action of screen.actions ?? []) frame.storeOutput(action.name, results({}));
  for (const trigger of screen.triggers ?? []) if (trigger.eventName === SCREEN_LOADS) runNamed(frame, screen, trigger.actions);
}

/** The fields took their answers: the actions of a field the caller answered run again. */
export function screenAnswered(frame: Frame, screen: ElementOf<'screen'>, answers: Answers): void {
  for (const trigger of screen.triggers ?? []) {
    const field = trigger.eventSource?.split('.')[0];
    if (trigger.eventName !== SCREEN_LOADS && field !== undefined && given(answers, field).found) runNamed(frame, screen, trigger.actions);
  }
}
