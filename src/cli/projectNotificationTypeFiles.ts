/**
 * The project's custom notification types (`notificationtypes/` folders, read by
 * io/project/deployedNotificationTypes.ts) found when the command was given a flow file or a flows
 * folder rather than the whole project — `stageflow flow X.flow-meta.xml` (its project's folders, or
 * the one beside its flows folder), `stageflow test` on a flows folder (projectInput.ts) — listed and
 * read here; what they hold and how a run uses them is the project reader's and
 * deployedSetupRecords.ts', the same for every path: a CustomNotificationType the org was given with
 * the same DeveloperName wins. A file that cannot be read is a warning naming it.
 */
import { addDeployedNotificationTypes } from '../flows/org/deployedSetupRecords';
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import { flowsReadNotificationTypes, isNotificationTypeFile, MAX_PROJECT_NOTIFICATION_TYPES, readProjectNotificationTypes } from '../io/project/deployedNotificationTypes';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { CliIo } from './cliIo';
import { projectFolderFiles } from './projectFolderFiles';
import { writeProjectWarnings } from './projectWarnings';

/** The custom notification type files in the folders `folders`, read, each named `name(folder, file)` (the path the reader and its warnings use). */
export function notificationTypeFilesIn(io: CliIo, folders: readonly string[], name?: (folder: string, file: string) => string): Promise<{ files: ProjectFile[]; problems: ProjectProblem[] }> {
  return projectFolderFiles(io, folders, { accepts: isNotificationTypeFile, max: MAX_PROJECT_NOTIFICATION_TYPES, name });
}

/** `stageflow flow`: adds the project's custom notification types to `org` when a flow (`texts`) reads CustomNotificationType; what could not be read is a warning on stderr. */
export async function addProjectNotificationTypes(io: CliIo, org: SimulatedOrg, texts: readonly string[], folders: readonly string[]): Promise<void> {
  if (!io.listDir || !flowsReadNotificationTypes(texts)) return;
  const listed = await notificationTypeFilesIn(io, folders);
  const read = readProjectNotificationTypes(listed.files);
  writeProjectWarnings(io, [...listed.problems, ...read.problems]);
  addDeployedNotificationTypes(org, read.records);
}
