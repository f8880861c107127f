/**
 * Which identity a background step's flow will run as, and why (R40, R42–R45), in the admin's
 * words. The panel shows it under "Run as" so nobody has to run the orchestration to find out.
 */
import type { Flow, Orchestration, Step } from '../../model/types';
import { backgroundStepMode } from '../../org/syncMode';
import { apiVersionOf } from '../../model/apiVersion';

export interface RunAsExplanation {
  /** "Automated Process User", "Ike Tran (it_ops)", … */
  identity: string;
  /** One or more sentences: why that identity, and with what access. */
  why: string;
}

export const APU_LABEL = 'Automated Process User';

export function userLabel(doc: Orchestration, username: string | undefined): string {
  if (!username) return 'the launching user (not set)';
  const user = (doc.users ?? []).find((u) => u.username === username);
  return user?.name ? `${user.name} (${username})` : username;
}

function accessOf(flow: Flow | undefined): string {
  switch (flow?.runMode) {
    case 'systemWithSharing':
      return 'system context with sharing, because the flow’s How to Run the Flow is “System context with sharing”';
    case 'user':
      return 'user context with that user’s own access, because the flow’s How to Run the Flow is “User or system context”';
    case 'systemWithoutSharing':
      return 'system context without sharing, because the flow’s How to Run the Flow is “System context without sharing”';
    default:
      return 'system context without sharing (the flow’s default How to Run the Flow)';
  }
}

const RESUME_NOTE =
  'When the run resumes, that identity changes: to the user who completed a work item, the user who published an orchestration event, or the Automated Process User after a record change.';

/** What `step` (a background step) runs as under the document's API version. */
export function explainRunAs(doc: Orchestration, step: Step, flow: Flow | undefined): RunAsExplanation {
  const api = apiVersionOf(doc);
  if (api >= 60) {
    const chosen = step.runAs?.mode === 'user' ? step.runAs.user : null;
    const identity = chosen ? userLabel(doc, chosen) : APU_LABEL;
    const reason = chosen ? 'it is chosen under Run as' : 'API 60 and later run background steps as the Automated Process User unless you choose a user';
    return { identity, why: `Runs as ${identity} because ${reason}; ${accessOf(flow)}.` };
  }
  const trigger = doc.trigger ?? { type: 'autolaunched' as const };
  const launcher = trigger.type === 'recordTriggered' ? trigger.triggeredBy : trigger.launchedBy;
  const context = trigger.type === 'recordTriggered' ? 'system' : (trigger.runContext ?? 'user');
  const launchedAs = `${userLabel(doc, launcher)} in ${context} context`;
  const how = trigger.type === 'recordTriggered' ? 'a record-triggered orchestration starts as the user who triggered it, in system context' : `the orchestration starts as the user who launched it, in the context set by How to Run the Orchestration`;
  const verdict = backgroundStepMode(flow, step.requiresAsync, api);
  if (verdict.mode === 'async' && context === 'system') {
    return {
      identity: APU_LABEL,
      why: `Under API ${api} an async step runs as the Automated Process User when the orchestration runs in system context (${verdict.reason}).`,
    };
  }
  return {
    identity: `the orchestration’s current identity (at launch: ${userLabel(doc, launcher)})`,
    why: `Under API ${api} a ${verdict.mode} background step runs as the orchestration: at launch ${launchedAs}, because ${how}. ${RESUME_NOTE}`,
  };
}
