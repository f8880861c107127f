/**
 * Who runs and who is assigned: R41 (no chosen run-as user before API 60), R47 (the run-as user
 * exists and is active), and interactive steps need an assignee. A user without `active` counts as
 * active; `$AutomatedProcessUser` is always a valid run-as user.
 */
import { childPath } from './jsonPath';
import { AUTOMATED_PROCESS_USER } from './names';
import { isResourceText } from './references';
import type { ValidationContext } from './validateContext';
import { resolveReference } from './validateResolve';

/** First API version with "Select Who to Run the Action As" (R40, R41). */
export const RUN_AS_USER_MIN_API = 60;

/**
 * An assignee given as a resource (`$Record.Owner:User.Username`, a Text variable): it must resolve,
 * and to text (a username, or a group or queue name); it is read when the work item is assigned.
 */
function checkAssigneeResource(ctx: ValidationContext, text: string, path: string): void {
  const resolution = resolveReference(ctx, text);
  if (!resolution.ok) ctx.error(path, resolution.message);
  else if (resolution.type !== null && resolution.type !== 'Text') ctx.error(path, `the assignee "${text}" is a ${resolution.type} value; an assignee is a username or a group or queue name (Text)`);
  else if (resolution.warning) ctx.warn(path, resolution.warning);
}

/**
 * Before API 60 the user who launched the run (or saved the triggering record) is who sync steps
 * run as (R42, R44): one the org does not have, or an inactive one, is a warning — as for assignees,
 * the user list is the simulated org's and often incomplete (an empty list is not checked).
 */
function checkLauncher(ctx: ValidationContext): void {
  const trigger = ctx.doc.trigger;
  const [name, field] = trigger?.type === 'autolaunched' ? [trigger.launchedBy, 'launchedBy'] : trigger?.type === 'recordTriggered' ? [trigger.triggeredBy, 'triggeredBy'] : [undefined, ''];
  if (!name || ctx.apiVersion >= RUN_AS_USER_MIN_API || ctx.users.size === 0 || name === AUTOMATED_PROCESS_USER) return;
  const user = ctx.users.get(name);
  const path = childPath('trigger', field);
  if (!user) ctx.warn(path, `"${name}" is not among the org's users: before API ${RUN_AS_USER_MIN_API}, sync steps run as the user who launched the orchestration (R42)`);
  else if (user.active === false) ctx.warn(path, `"${name}" is inactive: before API ${RUN_AS_USER_MIN_API}, sync steps run as the user who launched the orchestration (R42)`);
}

/** Checks run-as settings and assignees of every step. */
export function validateRunAs(ctx: ValidationContext): void {
  checkLauncher(ctx);
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const entry = ctx.stepEntries[i]!;
    const { step } = entry;
    const runAs = step.runAs;
    if (runAs?.mode === 'user') {
      const userPath = childPath(childPath(entry.path, 'runAs'), 'user');
      if (step.kind === 'interactive') {
        ctx.warn(childPath(entry.path, 'runAs'), `interactive step "${step.name}" runs as the user who completes its work item; its run-as user is ignored`);
      } else if (ctx.apiVersion < RUN_AS_USER_MIN_API) {
        ctx.error(childPath(childPath(entry.path, 'runAs'), 'mode'), `choosing who a step runs as needs API version ${RUN_AS_USER_MIN_API} or later (this orchestration uses ${ctx.apiVersion}): use the default`);
      }
      if (runAs.user !== AUTOMATED_PROCESS_USER) {
        const user = ctx.users.get(runAs.user);
        if (!user) ctx.error(userPath, `the run-as user "${runAs.user}" is not a user of this org`);
        else if (user.active === false) ctx.error(userPath, `the run-as user "${runAs.user}" is inactive`);
      }
    }
    if (step.kind !== 'interactive') continue;
    const assignee = step.assignee;
    if (!assignee) {
      ctx.error(childPath(entry.path, 'assignee'), `interactive step "${step.name}" needs an assignee: choose a user, group or queue`);
    } else if (isResourceText(assignee.name, (name) => ctx.elements.has(name))) {
      checkAssigneeResource(ctx, assignee.name, childPath(childPath(entry.path, 'assignee'), 'name'));
    } else if (assignee.type === 'user') {
      const user = ctx.users.get(assignee.name);
      const namePath = childPath(childPath(entry.path, 'assignee'), 'name');
      if (!user) ctx.warn(namePath, `the assignee "${assignee.name}" is not among the org's users`);
      else if (user.active === false) ctx.warn(namePath, `the assignee "${assignee.name}" is inactive and cannot complete the work item`);
    }
  }
}
