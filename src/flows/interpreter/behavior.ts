/** The shape every element behaviour has: `run(element, frame) → what comes next`. */
import type { ElementOf, FlowElementKind } from '../definition';
import type { Frame } from './frame';
import type { FlowRun } from './types';

/** An event a wait element arms: a time on the virtual clock, or a platform event by type. */
export interface ArmedEvent {
  name: string;
  until?: number;
  eventType?: string;
  connector?: string;
  /** What publishes the platform event, where the simulator knows it never comes (a batch job's status event). */
  about?: string;
}

/** What an element decides: the next element (none: the flow ends), or to wait. */
export type ElementResult =
  | { next: string | undefined; outcome?: string; subflow?: FlowRun; hidden?: string[]; answersNotTaken?: string[] }
  | { wait: ArmedEvent[]; defaultConnector?: string };

export type ElementBehavior<K extends FlowElementKind> = (element: ElementOf<K>, frame: Frame) => ElementResult;
