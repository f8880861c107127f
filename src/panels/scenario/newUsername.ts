/**
 * The Username a User record starts with when Scenarios adds it for a relationship the design reads
 * (`Add the Owner (a User record)`). Left empty, the run failed with 'has no value ("")' where a
 * step is assigned to `$Record.Owner:User.Username` until the admin typed one; a Salesforce
 * Username looks like an email address and is unique, so the record gets one in that form from the
 * relationship's name (*chosen*, docs/editor.md): `owner@example.com`, `manager@example.com`, then
 * `owner2@example.com` when the scenario already has a User with the first.
 */
import type { Scenario } from '../../model/types';

type Records = NonNullable<Scenario['records']>;

/** `Owner:User` → `owner`, `Approver__r` → `approver`, `CreatedBy` → `createdby`; `user` when nothing is left. */
function localPart(relationship: string): string {
  const base = relationship.split(':')[0]!.replace(/__r$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '');
  return base === '' ? 'user' : base;
}

/** A Username in the form `<relationship>@example.com` that no User of the scenario has (compared without case, as Salesforce does). */
export function newUsername(records: Records, relationship: string): string {
  const taken = new Set((records.User ?? []).map((r) => (typeof r.Username === 'string' ? r.Username.toLowerCase() : '')));
  const local = localPart(relationship);
  let n = 1;
  const name = () => `${local}${n === 1 ? '' : n}@example.com`;
  while (taken.has(name())) n++;
  return name();
}
