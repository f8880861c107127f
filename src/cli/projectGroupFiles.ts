/**
 * The project's queues and public groups (`queues/`, `groups/` folders, read by
 * io/project/deployedGroups.ts) found when the command was given a flow file or a flows folder rather
 * than the whole project — `stageflow flow X.flow-meta.xml` (its project's folders, or those beside
 * its flows folder), `stageflow test` on a flows folder (projectInput.ts) — listed and read here;
 * what they hold and how a run uses them is the project reader's and deployedSetupRecords.ts', the
 * same for every path: a Group the org was given with the same DeveloperName wins. A file that
 * cannot be read is a warning naming it.
 */
import { addDeployedGroups } from '../flows/org/deployedSetupRecords';
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import { flowsReadGroups, isGroupFile, MAX_PROJECT_GROUPS, queueNameOf, readProjectGroups } from '../io/project/deployedGroups';
import { flowsReadGroupMembers, readProjectQueueMembers } from '../io/project/queueMembers';
import { addDeployedGroupMembers, describeQueueMember } from '../flows/org/deployedGroupMembers';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import { WHOLE_DOCUMENT, type CliIo } from './cliIo';
import { projectFolderFiles } from './projectFolderFiles';
import { writeProjectWarnings } from './projectWarnings';
import { oneLine } from './fileLabel';

/** The queue and group files in the folders `folders`, read, each named `name(folder, file)` (the path the reader and its warnings use). */
export function groupFilesIn(io: CliIo, folders: readonly string[], name?: (folder: string, file: string) => string): Promise<{ files: ProjectFile[]; problems: ProjectProblem[] }> {
  return projectFolderFiles(io, folders, { accepts: isGroupFile, max: MAX_PROJECT_GROUPS, name });
}

/**
 * `stageflow flow`: adds the project's queues and groups to `org` when a flow (`texts`) reads Group or
 * GroupMember, and, when one reads GroupMember, the members the queues declare that `org` resolves
 * (a User of --records with the Username, a Group with the DeveloperName); what could not be read, and
 * each member left out, is a warning on stderr.
 */
export async function addProjectGroups(io: CliIo, org: SimulatedOrg, texts: readonly string[], folders: readonly string[]): Promise<void> {
  if (!io.listDir || !flowsReadGroups(texts)) return;
  const listed = await groupFilesIn(io, folders);
  const read = readProjectGroups(listed.files);
  const members = flowsReadGroupMembers(texts) ? readProjectQueueMembers(listed.files) : { records: [], problems: [] };
  writeProjectWarnings(io, [...listed.problems, ...read.problems, ...members.problems]);
  addDeployedGroups(org, read.records);
  const fileOf = new Map(listed.files.map((f) => [queueNameOf(f.path)?.toLowerCase(), f.path]));
  for (const member of addDeployedGroupMembers(org, members.records).unresolved) {
    const why = member.MemberType === 'User' ? 'no User of --records has this Username' : `no Group of Type ${String(member.MemberType)} with this DeveloperName is in the project or --records`;
    io.stderr(`${oneLine(fileOf.get(String(member.Queue).toLowerCase()) ?? 'queues')}: ${WHOLE_DOCUMENT}: warning: the ${describeQueueMember(member)} is not a GroupMember of this run: ${why}\n`);
  }
}
