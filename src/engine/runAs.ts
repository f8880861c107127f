/**
 * Who a step's flow runs as (R40–R47). API ≥ 60: background steps run as the Automated Process User
 * or the step's chosen user, with record access from the flow's "How to Run the Flow". API ≤ 59: the
 * orchestration's own identity (which changes as the run resumes, R42–R43) decides. Interactive steps
 * run as the user who completes the work item (R46).
 */
import { AUTOMATED_PROCESS_USER } from '../model/names';
import type { Flow, RunAsIdentity, Step } from '../model/types';
import type { DocIndex } from './docIndex';

/** The orchestration's identity at a moment (used for API ≤ 59). */
export interface Identity {
  readonly user: string;
  readonly context: 'system' | 'user';
}

const APU_SYSTEM: Identity = { user: AUTOMATED_PROCESS_USER, context: 'system' };

/**
 * R42: the identity at launch. API ≥ 60 runs as the Automated Process User in system context.
 * Autolaunched (API ≤ 59): `launchedBy` in `runContext` (chosen defaults: context `user` when a user
 * launched it, the Automated Process User in system context when nobody is named). Record-triggered:
 * `triggeredBy`, system context. No trigger: Automated Process User, system.
 */
export function launchIdentity(model: DocIndex): Identity {
  const trigger = model.doc.trigger;
  if (model.apiVersion >= 60 || !trigger) return APU_SYSTEM;
  if (trigger.type === 'recordTriggered') return { user: trigger.triggeredBy ?? AUTOMATED_PROCESS_USER, context: 'system' };
  if (!trigger.launchedBy) return { user: AUTOMATED_PROCESS_USER, context: trigger.runContext ?? 'system' };
  return { user: trigger.launchedBy, context: trigger.runContext ?? 'user' };
}

/** What resumed the run, for the identity changes of R43. */
export type ResumeCause = { kind: 'workItem'; by: string } | { kind: 'publishEvent'; by: string | undefined } | { kind: 'recordChange' } | { kind: 'asyncStep' };

/** R43 (API ≤ 59): the identity after the run resumes; API ≥ 60 never changes. */
export function identityAfter(model: DocIndex, current: Identity, cause: ResumeCause): Identity {
  if (model.apiVersion >= 60) return current;
  switch (cause.kind) {
    case 'workItem': return { user: cause.by, context: 'system' };
    case 'publishEvent': return { user: cause.by ?? current.user, context: 'system' };
    case 'recordChange': return APU_SYSTEM;
    case 'asyncStep': return current;
  }
}

/** Record access in a context: a user's own access, else the flow's sharing (default without). */
function accessOf(context: 'system' | 'user', flow: Flow | null): RunAsIdentity['access'] {
  if (context === 'user') return null;
  return flow?.runMode === 'systemWithSharing' ? 'withSharing' : 'withoutSharing';
}

/**
 * R40, R44, R45: the run-as of a background step. At API ≤ 59 a `runAs.mode: user` (invalid there,
 * R41) is ignored. For API ≤ 59 the access in system context follows the flow's runMode (chosen).
 */
export function backgroundRunAs(model: DocIndex, step: Step, flow: Flow | null, mode: 'sync' | 'async', identity: Identity): RunAsIdentity {
  if (model.apiVersion >= 60) {
    const user = step.runAs?.mode === 'user' ? step.runAs.user : AUTOMATED_PROCESS_USER;
    if (flow?.runMode === 'user') return { user, context: 'user', access: null };
    return { user, context: 'system', access: accessOf('system', flow) };
  }
  if (mode === 'async' && identity.context === 'system') {
    return { user: AUTOMATED_PROCESS_USER, context: 'system', access: accessOf('system', flow) };
  }
  return { user: identity.user, context: identity.context, access: accessOf(identity.context, flow) };
}

/** R46: an interactive step runs as the user who completes (or is assigned) its work item. */
export function interactiveRunAs(user: string): RunAsIdentity {
  return { user, context: 'user', access: null };
}

/**
 * R47 (defensive): why the chosen run-as user cannot run the step — unknown or inactive — or null.
 * Only API ≥ 60 reads the step's run-as user.
 */
export function runAsProblem(model: DocIndex, step: Step): string | null {
  if (model.apiVersion < 60 || step.runAs?.mode !== 'user') return null;
  if (step.runAs.user === AUTOMATED_PROCESS_USER) return null;
  const user = model.users.get(step.runAs.user);
  if (!user) return `run-as user "${step.runAs.user}" does not exist`;
  if (user.active === false) return `run-as user "${step.runAs.user}" is inactive`;
  return null;
}
