/**
 * Who Act on the run acts as (Publish orchestration event's `by`, a group's or queue's work item
 * completed), and why, when the admin has not chosen: the open work item's assignee (only they can
 * complete a user's item, R23); else the user who launched an autolaunched orchestration, the run's
 * identity at launch (R42); else the design's first user. *Chosen* (docs/canvas.md): the first user
 * was taken silently, so an event published with no work item open went out as someone the admin
 * never picked (and under API 59 and earlier the run then resumes as them, R43).
 */
import type { Orchestration } from '../../model/types';

export interface ActingUser {
  /** The username acted as ('' when the design lists no users). */
  user: string;
  /** Why it is this user, when the admin did not choose it: shown under the picker. */
  why: string | null;
}

/**
 * The acting user among `users` (active usernames): `chosen` if the admin picked one of them, else
 * `assignee` (the open work item's user, resolved), else the launching user, else the first user.
 */
export function actingUser(doc: Orchestration, users: readonly string[], chosen: string, assignee: string | null): ActingUser {
  if (users.includes(chosen)) return { user: chosen, why: null };
  if (assignee !== null && users.includes(assignee)) return { user: assignee, why: `Acting as ${assignee}, the open work item’s assignee.` };
  const launchedBy = doc.trigger?.type === 'autolaunched' ? doc.trigger.launchedBy : undefined;
  const noItem = 'No open work item is assigned to a user';
  if (launchedBy !== undefined && users.includes(launchedBy)) return { user: launchedBy, why: `${noItem}: acting as ${launchedBy}, who launched the orchestration.` };
  const first = users[0];
  return first === undefined ? { user: '', why: null } : { user: first, why: `${noItem}: acting as ${first}, the first of the design’s users.` };
}
