/**
 * The members a project's queues declare, read when a flow reads `GroupMember` (asking whether a user
 * or group is in a queue): `<queueMembers>` of `queues/Name.queue-meta.xml` (`.queue` in a retrieved
 * package) lists `<users><user>` by Username, `<publicGroups><publicGroup>` and `<roles><role>`,
 * `<roleAndSubordinates><roleAndSubordinate>`, `<roleAndSubordinatesInternal><roleAndSubordinateInternal>`
 * by DeveloperName (the Metadata API's Queue, API 42 and later). A queue's members are deployed with it,
 * so the org the project goes to holds them — *as long as it holds those users, groups and roles*: a
 * declared member is kept here by name, with the Id its GroupMember takes (`011PRJ…`, from its queue
 * and member only), and resolved to Ids against the run's records when the run starts
 * (flows/org/deployedGroupMembers.ts). A public group's members are not metadata (the Metadata API's
 * Group: "Members of the public group aren't migrated when you deploy the group type"), so a
 * `groups/X.group-meta.xml` gives none. Project files are untrusted: at most MAX_PROJECT_QUEUE_MEMBERS
 * members; a Username must be text of at most 80 characters and a group or role an API name, others
 * are left out; a queue file that cannot be read is reported once, by its Group (deployedGroups.ts).
 */
import { MAX_DEPLOYED_SETUP_RECORDS } from '../../flows/org/deployedSetupRecords';
import type { QueueMemberType } from '../../flows/org/deployedGroupMembers';
import { childrenNamed, type XmlNode } from '../xml/xmlNode';
import { projectRecordId } from './customMetadataRecords';
import { queueNameOf } from './deployedGroups';
import { setupRecordFiles } from './setupRecordFiles';
import { API_NAME } from './apiName';

/** Queue members read at most. */
export const MAX_PROJECT_QUEUE_MEMBERS = MAX_DEPLOYED_SETUP_RECORDS;

/** Each list of `<queueMembers>`, its items' tag and the member type it gives (a role's Group has the type Salesforce gives it). */
const MEMBER_LISTS: readonly { list: string; item: string; type: QueueMemberType }[] = [
  { list: 'users', item: 'user', type: 'User' },
  { list: 'publicGroups', item: 'publicGroup', type: 'Regular' },
  { list: 'roles', item: 'role', type: 'Role' },
  { list: 'roleAndSubordinates', item: 'roleAndSubordinate', type: 'RoleAndSubordinates' },
  { list: 'roleAndSubordinatesInternal', item: 'roleAndSubordinateInternal', type: 'RoleAndSubordinatesInternal' },
];

/** Salesforce's Username: at most 80 characters, in the form of an email address. */
const USERNAME = /^[^\s@<>]{1,79}@[^\s@<>]{1,79}$/;

/** The Id of the GroupMember of `member` (of `type`) in `queue`: `011` (a GroupMember's prefix), `PRJ` and twelve characters. */
export function groupMemberIdOf(queue: string, type: string, member: string): string {
  return projectRecordId('011PRJ', `${queue}.${type}`, member);
}

/** The members a `<Queue>` element declares, in list order. */
function membersOf(root: XmlNode, queue: string) {
  const found = [];
  for (const members of childrenNamed(root, 'queueMembers')) {
    for (const { list, item, type } of MEMBER_LISTS) {
      for (const node of childrenNamed(members, list).flatMap((l) => childrenNamed(l, item))) {
        const name = node.text?.trim() ?? '';
        if (type === 'User' ? !(name.length <= 80 && USERNAME.test(name)) : !API_NAME.test(name)) continue;
        found.push({ key: `${queue}.${type}.${name}`, record: { Id: groupMemberIdOf(queue, type, name), Queue: queue, MemberType: type, Member: name } });
      }
    }
  }
  return found;
}

const queueMembers = setupRecordFiles({
  objects: ['GroupMember'],
  field: 'groupMembers',
  plural: 'queue members',
  max: MAX_PROJECT_QUEUE_MEMBERS,
  quiet: true,
  identify: (path) => (queueNameOf(path) === undefined ? undefined : { root: 'Queue', noun: 'queue members' }),
  mayHold: (text) => text.includes('<queueMembers>'),
  records: (root, path) => membersOf(root, queueNameOf(path)!),
});

/** Whether a flow of `texts` reads GroupMember records. */
export const flowsReadGroupMembers = queueMembers.flowsRead;
/** The members the queue files among `files` declare (others are passed over), in path order, and the cap's warning. */
export const readProjectQueueMembers = queueMembers.read;
/** `project` with the members its queues declare, read from `files`, when one of its flows reads GroupMember; unchanged otherwise. */
export const withProjectQueueMembers = queueMembers.withProject;
/** `definition` with the project's queue members (`groupMembers`) when its flow file reads GroupMember; unchanged otherwise. */
export const withReferencedQueueMembers = queueMembers.withReferenced;
