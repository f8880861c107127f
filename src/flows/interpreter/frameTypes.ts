/** Types the frame shares with the run loop: the options with their defaults filled in. */
import type { RunFlowOptions } from './types';

export type { FlowRun, LoopState, SlotState } from './types';

/** RunFlowOptions after defaults: the clock and the flow's name are always known. */
export type FlowRunOptionsResolved = Omit<RunFlowOptions, 'now' | 'flowName'> & { now: number; flowName: string };
