/** `user.add`: adds a user to the simulated org (usernames are unique). */
import type { User } from '../model/types';
import { defineCommand } from './command';

export const addUser = defineCommand<{ user: User }>('user.add', 'Add user', (doc, { user }) => {
  const users = doc.users ?? [];
  if (!user.username || users.some((u) => u.username === user.username)) return doc;
  return { ...doc, users: [...users, user] };
});
