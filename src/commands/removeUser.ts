/** `user.remove`: removes a user from the simulated org. */
import { defineCommand } from './command';

export const removeUser = defineCommand<{ username: string }>('user.remove', 'Remove user', (doc, { username }) => {
  const users = doc.users ?? [];
  if (!users.some((u) => u.username === username)) return doc;
  return { ...doc, users: users.filter((u) => u.username !== username) };
});
