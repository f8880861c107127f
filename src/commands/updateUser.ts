/**
 * `user.update`: changes a simulated org user's name, active flag or username. A new username is
 * followed by run-as settings, assignees and the trigger's launching user.
 */
import type { Orchestration, User } from '../model/types';
import { defineCommand } from './command';

export interface UpdateUserParams {
  username: string;
  changes: Partial<User>;
}

function renameUserEverywhere(doc: Orchestration, from: string, to: string): Orchestration {
  const stages = doc.stages.map((stage) => ({
    ...stage,
    steps: stage.steps.map((step) => {
      let s = step;
      if (s.runAs?.mode === 'user' && s.runAs.user === from) s = { ...s, runAs: { ...s.runAs, user: to } };
      if (s.assignee?.type === 'user' && s.assignee.name === from) s = { ...s, assignee: { ...s.assignee, name: to } };
      return s;
    }),
  }));
  let trigger = doc.trigger;
  if (trigger?.type === 'autolaunched' && trigger.launchedBy === from) trigger = { ...trigger, launchedBy: to };
  if (trigger?.type === 'recordTriggered' && trigger.triggeredBy === from) trigger = { ...trigger, triggeredBy: to };
  return { ...doc, stages, ...(trigger ? { trigger } : {}) };
}

export const updateUser = defineCommand<UpdateUserParams>('user.update', 'Edit user', (doc, { username, changes }) => {
  const users = doc.users ?? [];
  const index = users.findIndex((u) => u.username === username);
  if (index < 0) return doc;
  const to = changes.username ?? username;
  if (to !== username && (!to || users.some((u) => u.username === to))) return doc;
  const next = users.slice();
  next[index] = { ...users[index]!, ...changes, username: to };
  const withUsers = { ...doc, users: next };
  return to === username ? withUsers : renameUserEverywhere(withUsers, username, to);
});
