import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { addUser } from './addUser';
import { removeUser } from './removeUser';
import { updateUser } from './updateUser';

describe('user.add / user.update / user.remove', () => {
  it('adds a user once', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = addUser.apply(doc, { user: { username: 'mgr', name: 'Manager', active: true } });
    // then
    expect(next.users!.at(-1)).toEqual({ username: 'mgr', name: 'Manager', active: true });
    expect(addUser.apply(next, { user: { username: 'mgr' } })).toBe(next);
  });

  it('deactivates a user', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = updateUser.apply(doc, { username: 'it_ops', changes: { active: false } });
    expect(next.users![1]).toEqual({ username: 'it_ops', name: 'Ike Tran', active: false });
  });

  it('renames a user and follows run-as, assignee and launching user', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = updateUser.apply(doc, { username: 'it_ops', changes: { username: 'itops' } });
    expect(next.stages[0]!.steps[1]!.runAs).toEqual({ mode: 'user', user: 'itops' });
    const hr = updateUser.apply(doc, { username: 'hr_admin', changes: { username: 'hr' } });
    expect(hr.trigger).toMatchObject({ launchedBy: 'hr' });
    expect(hr.stages[1]!.steps[1]!.assignee).toEqual({ type: 'user', name: 'hr' });
    expect(updateUser.apply(doc, { username: 'it_ops', changes: { username: 'hr_admin' } })).toBe(doc);
  });

  it('removes a user', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(removeUser.apply(doc, { username: 'ex_staff' }).users).toHaveLength(2);
    expect(removeUser.apply(doc, { username: 'ghost' })).toBe(doc);
  });
});
