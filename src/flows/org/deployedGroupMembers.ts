/**
 * The members a project's queues declare (`<queueMembers>` of `queues/Name.queue-meta.xml`, read by
 * io/project/queueMembers.ts) as the GroupMember records of the org a run starts with, so a flow that
 * asks whether a user or group is in a queue (Get Records on `GroupMember` by `GroupId` and
 * `UserOrGroupId`) finds what the org the project is deployed to would hold.
 *
 * A declared member names its user by Username and its group or role by DeveloperName; a GroupMember
 * holds Ids. So each is resolved against the run's own records when the run starts (*chosen*): the
 * queue is the org's Group of that DeveloperName (the project's, or the one the run was given), a user
 * the org's User with that Username (ignoring case, as Salesforce's login does), a public group the
 * org's Group of Type `Regular` with that DeveloperName, a role the org's Group of Type `Role`,
 * `RoleAndSubordinates` or `RoleAndSubordinatesInternal` with the role's DeveloperName (Salesforce
 * keeps a Group of each such type for every role: the project's `roles` folder gives them, deployedGroups.ts,
 * else only the run's records can). What cannot be resolved is left out — inventing a User would make
 * membership true of a user the scenario never described — and returned, so the caller can say so.
 * A GroupMember the run was given with the same GroupId and UserOrGroupId wins; each added one has the
 * Id the reader gave it (`011PRJ…`, from its queue and member only).
 */
import { readField, type FieldValue, type OrgRecord, type SimulatedOrg } from './simulatedOrg';

/** The kinds of member a queue declares: a user, or the Group (of that Type) of a public group or role. */
export const QUEUE_MEMBER_TYPES = ['User', 'Regular', 'Role', 'RoleAndSubordinates', 'RoleAndSubordinatesInternal'] as const;
export type QueueMemberType = (typeof QUEUE_MEMBER_TYPES)[number];

/** One member a queue declares, with the Id its GroupMember takes: `{ Id: '011PRJ…', Queue: 'Front_Desk', MemberType: 'User', Member: 'ana@example.com' }`. */
export type DeclaredQueueMember = Readonly<Record<string, FieldValue>>;

const lower = (value: FieldValue | undefined): string => String(value ?? '').toLowerCase();

/** The org's records of `object`, however the org spells it. */
function recordsOf(org: SimulatedOrg, object: string): OrgRecord[] {
  const spelt = org.objects().find((o) => o.toLowerCase() === object.toLowerCase());
  return spelt === undefined ? [] : org.recordsOf(spelt);
}

/** The Id of the org's record a declared member names, or undefined. */
function memberIdOf(org: SimulatedOrg, type: string, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const found = type === 'User'
    ? recordsOf(org, 'User').find((u) => lower(readField(u, 'Username')) === wanted)
    : recordsOf(org, 'Group').find((g) => lower(readField(g, 'DeveloperName')) === wanted && lower(readField(g, 'Type')) === type.toLowerCase());
  const id = found ? readField(found, 'Id') : null;
  return typeof id === 'string' ? id : undefined;
}

/** The Id of the org's queue `name` (a Group of that DeveloperName whose Type is Queue, or not given). */
function queueIdOf(org: SimulatedOrg, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const found = recordsOf(org, 'Group').find((g) => lower(readField(g, 'DeveloperName')) === wanted && ['', 'null', 'queue'].includes(lower(readField(g, 'Type'))));
  const id = found ? readField(found, 'Id') : null;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Adds the GroupMember records of the `declared` members the org's records resolve (the queues' Group
 * records must be in it already); returns how many were added and the members left out.
 */
export function addDeployedGroupMembers(org: SimulatedOrg, declared: readonly DeclaredQueueMember[]): { added: number; unresolved: DeclaredQueueMember[] } {
  const existing = recordsOf(org, 'GroupMember');
  const given = existing[0]?.object ?? 'GroupMember';
  const pairs = new Set(existing.map((m) => `${lower(readField(m, 'GroupId'))}.${lower(readField(m, 'UserOrGroupId'))}`));
  const unresolved: DeclaredQueueMember[] = [];
  let added = 0;
  for (const member of declared) {
    const queue = String(member.Queue ?? '');
    const type = String(member.MemberType ?? '');
    const name = String(member.Member ?? '');
    const groupId = queueIdOf(org, queue);
    const memberId = memberIdOf(org, type, name);
    if (groupId === undefined || memberId === undefined) {
      unresolved.push(member);
      continue;
    }
    const pair = `${groupId.toLowerCase()}.${memberId.toLowerCase()}`;
    const id = String(member.Id ?? '');
    // the run's own GroupMember of the pair wins; a record whose Id the org uses would shift the generated ones
    if (pairs.has(pair) || id === '' || org.get(id) !== undefined) continue;
    pairs.add(pair);
    org.insert(given, { Id: id, GroupId: groupId, UserOrGroupId: memberId });
    added++;
  }
  return { added, unresolved };
}

const ROLE_KINDS: Readonly<Record<string, string>> = { Role: 'role', RoleAndSubordinates: 'role and subordinates', RoleAndSubordinatesInternal: 'role and internal subordinates' };

/** How a member left out is named in a warning: `user ana@example.com of the queue Front_Desk`. */
export function describeQueueMember(member: DeclaredQueueMember): string {
  const type = String(member.MemberType);
  const kind = type === 'User' ? 'user' : type === 'Regular' ? 'public group' : ROLE_KINDS[type] ?? type;
  return `${kind} ${String(member.Member)} of the queue ${String(member.Queue)}`;
}
