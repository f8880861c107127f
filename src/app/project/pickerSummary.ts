/**
 * What the project picker says of a project with flows and no orchestration. A step can call only
 * some of the flows found (projectFlowOffer.ts: not those a trigger starts, nor processes), so the
 * count it offers is said beside the count found: a project of 68 flows offered 36, and the picker
 * said "its steps can call them" of all 68 while the next message said 36 (survey 9).
 */
import { isCallableFlow } from '../../io/project/projectFlowOffer';
import type { ProjectFlow } from '../../io/project/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function noOrchestrationSummary(flows: readonly ProjectFlow[]): string {
  const found = `No orchestration yet, and ${plural(flows.length, 'flow', 'flows')} found`;
  const callable = flows.filter(isCallableFlow).length;
  if (callable === flows.length) return `${found}. Start a new orchestration: its steps can call ${flows.length === 1 ? 'it' : 'them'}.`;
  const others = flows.length - callable;
  if (callable === 0) return `${found}, none of them a flow a step can call (a trigger starts ${others === 1 ? 'it, or it is a process' : 'them, or they are processes'}). A new orchestration can still be started.`;
  return `${found}, ${callable} of them ${callable === 1 ? 'a flow' : 'flows'} a step can call (a trigger starts the other ${others === 1 ? 'one, or it is a process' : `${others}, or they are processes`}). Start a new orchestration: its steps can call ${callable === 1 ? 'that one' : `those ${callable}`}.`;
}
