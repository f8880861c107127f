/**
 * A project's queues (`queues/Name.queue-meta.xml`) and public groups (`groups/Name.group-meta.xml`;
 * `.queue` and `.group` in a retrieved package) as the Group records of the org the project is
 * deployed to: queues and groups are metadata, deployed with the project, so a flow's Get Records on
 * `Group` by `DeveloperName` (a routing flow looking up its queue, a trigger assigning a case to one)
 * finds them as that org would (*chosen*, as for custom metadata records: customMetadataRecords.ts).
 * Each record has its `DeveloperName` (the file name), `Name` (`<name>`), `Type` (`Queue`, or
 * `Regular` for a public group, as Salesforce's Group object says) and an `Id` of its own (`00G…`,
 * from its type and name only, so adding them never shifts another record's Id). A flow that reads
 * GroupMember gets them too: a member belongs to a queue by its Id. The members a queue declares are
 * queueMembers.ts'; a public group's are none (the Metadata API's Group: "Members of the public group
 * aren't migrated when you deploy the group type"). A role (`roles/Name.role-meta.xml`) is the three
 * Groups Salesforce keeps for it, so a queue member naming the role is found (survey 15: a project's
 * queues named roles of its `roles` folder, and every run warned that no such Group was in the project).
 *
 * Survey 12: 45 flows of five projects query Group, 13 routing flows of one of them look their queue
 * up by DeveloperName and faulted on the empty result, and the projects ship 78 queues and 304 groups.
 * Project files are untrusted: at most MAX_PROJECT_GROUPS files, a file that cannot be read a warning.
 */
import { MAX_DEPLOYED_SETUP_RECORDS } from '../../flows/org/deployedSetupRecords';
import { childText } from '../xml/xmlNode';
import { projectRecordId } from './customMetadataRecords';
import { setupRecordFiles } from './setupRecordFiles';

/** Queue and group files read at most. */
export const MAX_PROJECT_GROUPS = MAX_DEPLOYED_SETUP_RECORDS;

const GROUP_FILE = /(?:^|\/)(queues|groups|roles)\/([A-Za-z][A-Za-z0-9_]*)\.(queue|group|role)(?:-meta\.xml)?$/;
const FILE_TYPES = { queue: 'Queue', group: 'Regular', role: 'Role' } as const;

/**
 * The Group records Salesforce keeps for every role (the Group object's Type: `Role`, "all the users
 * in a particular role", and `RoleAndSubordinates`, `RoleAndSubordinatesInternal`), which a queue's
 * members name by the role's DeveloperName (queueMembers.ts).
 */
const ROLE_GROUP_TYPES = ['Role', 'RoleAndSubordinates', 'RoleAndSubordinatesInternal'] as const;

/** The kind and name of a queue, group or role file, if it is one (its folder and suffix agree). */
function groupFileName(path: string): { type: 'Queue' | 'Regular' | 'Role'; name: string } | undefined {
  const match = GROUP_FILE.exec(path);
  if (!match || match[1] !== `${match[3]}s`) return undefined;
  return { type: FILE_TYPES[match[3] as keyof typeof FILE_TYPES], name: match[2]! };
}

/** The queue a file declares (`queues/Front_Desk.queue-meta.xml`, `.queue`: `Front_Desk`), or undefined. */
export function queueNameOf(path: string): string | undefined {
  const file = groupFileName(path);
  return file?.type === 'Queue' ? file.name : undefined;
}

/** The record's Id: `00G` (a Group's prefix), `PRJ` and twelve characters from its type and name. */
export function groupIdOf(type: string, developerName: string): string {
  return projectRecordId('00GPRJ', type, developerName);
}

const groups = setupRecordFiles({
  // a flow that reads GroupMember wants the queues its members belong to (queueMembers.ts)
  objects: ['Group', 'GroupMember'],
  field: 'groups',
  plural: 'queues and groups',
  max: MAX_PROJECT_GROUPS,
  identify(path) {
    const file = groupFileName(path);
    if (!file) return undefined;
    const root = file.type === 'Regular' ? 'Group' : file.type;
    return { root, noun: root.toLowerCase() };
  },
  records(root, path) {
    const { type, name } = groupFileName(path)!;
    const label = childText(root, 'name')?.trim() || name;
    const types = type === 'Role' ? ROLE_GROUP_TYPES : [type];
    return types.map((t) => ({ key: `${t}.${name}`, record: { Id: groupIdOf(t, name), DeveloperName: name, Name: label, Type: t } }));
  },
});

/** Whether `path` is a queue, public group or role file (`queues/X.queue-meta.xml`, `groups/X.group-meta.xml`, `roles/X.role-meta.xml`). */
export const isGroupFile = groups.isFile;
/** Whether a flow of `texts` reads Group records (a Get Records, Update or Delete on the object Group). */
export const flowsReadGroups = groups.flowsRead;
/** The Group records of `files` (queue and group files; others are passed over), in path order, and what could not be read. */
export const readProjectGroups = groups.read;
/** Whether a flow of `project` reads Group records. */
export const projectReadsGroups = groups.projectReads;
/** Whether `path` is read after the flows of `project`: a group file, when a flow reads Group. */
export const isGroupFileFor = groups.isFileFor;
/** `project` with its queues and public groups read from `files` when one of its flows reads Group; unchanged otherwise. */
export const withProjectGroups = groups.withProject;
/** `definition` with the project's queues and public groups (`groups`) when its flow file reads Group; unchanged otherwise. */
export const withReferencedGroups = groups.withReferenced;
