/**
 * Connection rules for dragging a connector (used by React Flow's isValidConnection and on drop):
 * step → step of the same stage sets a predecessor; stage → stage/decision sets `next` (or
 * `faultNext` from the fault handle); decision → stage/decision adds an outcome or sets the default.
 */
import { connectOutcome } from '../commands/connectOutcome';
import { findDecision, findStage, findStep } from '../commands/queries';
import { predecessorProblem, setPredecessor } from '../commands/setPredecessor';
import { nextProblem, setNext } from '../commands/setNext';
import type { Orchestration } from '../model/types';
import type { AppStore } from '../store/appStore';
import { replacedStartNotice } from './replacedStartNotice';

export interface ConnectionLike {
  source: string | null;
  target: string | null;
  sourceHandle?: string | null;
}

/** Why the connection cannot be made, or null when it can. */
export function connectionProblem(doc: Orchestration, c: ConnectionLike): string | null {
  if (!c.source || !c.target) return 'Drop the connector on an element.';
  if (findStep(doc, c.source)) {
    if (!findStep(doc, c.target)) return 'A step can only wait for another step of the same stage.';
    return predecessorProblem(doc, c.target, c.source);
  }
  if (findStage(doc, c.source) || findDecision(doc, c.source)) {
    if (findStep(doc, c.target)) return 'Stages and decisions connect to stages or decisions, not to steps.';
    return nextProblem(doc, c.source, c.target);
  }
  return 'Connect two elements.';
}

/** Makes the connection as one edit; returns false when it is refused (a rule, the edit lock). */
export function connect(store: AppStore, c: ConnectionLike): boolean {
  const { doc, dispatch } = store.getState();
  if (connectionProblem(doc, c) || !c.source || !c.target) return false;
  if (findStep(doc, c.source)) {
    // a step waits for one step: the connector takes the place of how it started, which is said
    const notice = replacedStartNotice(doc, c.target, c.source, findStep(doc, c.target)?.step.start);
    if (!dispatch(setPredecessor, { step: c.target, predecessor: c.source })) return false;
    if (notice) store.getState().notify('info', notice);
    return true;
  }
  if (findDecision(doc, c.source) && c.sourceHandle !== 'default') return dispatch(connectOutcome, { decision: c.source, to: c.target });
  return dispatch(setNext, { from: c.source, to: c.target, fault: c.sourceHandle === 'fault' });
}
