/**
 * What an action element and a screen action share (actionCall.ts, screenActions.ts): the scenario's
 * mock, found by element name first, then by action name; the flow a `flow` action runs when the
 * project has it and no mock stands in; else the side effect, recorded cut like the assignment log
 * (a looping flow that hands a growing text to an action keeps a log that grows linearly), and the
 * mock's fault thrown.
 */
import type { ActionMock, ResolvedFlow } from '../types';
import type { Frame } from '../frame';
import { capValue } from '../capValue';
import { fault } from '../stop';
import { describeAction } from './describeAction';

export interface InvokedAction {
  /** The element's (or screen action's) name. */
  readonly name: string;
  readonly actionName: string;
  readonly actionType: string;
}

/** The scenario's mock of `action`, by its name first, then by its action name. */
export function mockOf(frame: Frame, action: InvokedAction): ActionMock | undefined {
  const mocks = frame.options.actions ?? {};
  if (Object.prototype.hasOwnProperty.call(mocks, action.name)) return mocks[action.name];
  return Object.prototype.hasOwnProperty.call(mocks, action.actionName) ? mocks[action.actionName] : undefined;
}

/** The project's flow a `flow` action runs, unless a mock stands in for it. */
export function flowOf(frame: Frame, action: InvokedAction, mock: ActionMock | undefined): ResolvedFlow | undefined {
  return action.actionType === 'flow' && mock === undefined ? frame.options.resolveFlow?.(action.actionName) : undefined;
}

/** Records the action as a side effect; throws the mock's fault when it has one. */
export function recordSideEffect(frame: Frame, action: InvokedAction, inputs: Record<string, unknown>, mock: ActionMock | undefined): void {
  frame.report.sideEffects.push({
    element: action.name, actionName: action.actionName, actionType: action.actionType,
    description: capValue(describeAction(action.actionType, action.actionName, inputs)) as string, inputs: capValue(inputs) as Record<string, unknown>,
    ...(mock?.fault !== undefined ? { fault: mock.fault } : {}),
  });
  if (mock?.fault !== undefined) throw fault(`${action.name}: ${mock.fault}`);
}
