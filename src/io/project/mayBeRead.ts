/**
 * Which files of a project a reader may ever read: flow files, object metadata (fields, value
 * sets), custom metadata records (read only for the types the flows name), queues, groups, record
 * types and custom notification types (read only when a flow reads Group, RecordType or CustomNotificationType), custom labels, scenario files and `sfdx-project.json` (its namespace). Everything else in
 * a project (classes, layouts, reports, static resources…: most of a whole org's retrieve) is passed
 * over as it is listed, without being kept or counted toward the cap on files (limits.ts), so a
 * project of 100,000 files whose flows sort after its other metadata still has its flows read.
 */
import { isLabelsFile } from './customLabels';
import { isCustomMetadataFile } from './customMetadataRecords';
import { isGroupFile } from './deployedGroups';
import { isRecordTypeFile } from './deployedRecordTypes';
import { isNotificationTypeFile } from './deployedNotificationTypes';
import { isFlowFile } from './paths';
import { isObjectMetadataFile, isSfdxProjectFile } from './projectFromFiles';

/** `Name.scenario.json`, or a `.json` file directly in a `Name.scenarios/` folder (scenarioFiles.ts). */
function mayBeScenarioFile(path: string): boolean {
  return /\.scenario\.json$/i.test(path) || /(^|\/)[^/]+\.scenarios\/[^/]+\.json$/i.test(path);
}

export function mayBeRead(path: string): boolean {
  return isFlowFile(path) || isObjectMetadataFile(path) || isCustomMetadataFile(path) || isGroupFile(path) || isRecordTypeFile(path) || isNotificationTypeFile(path) || isLabelsFile(path) || mayBeScenarioFile(path) || isSfdxProjectFile(path);
}

/** Which cap a file a reader may read counts toward (limits.ts): object metadata has its own, and custom metadata records, queues, groups, record types and custom notification types count with it. */
export function capOf(path: string): 'files' | 'metadata' {
  return isObjectMetadataFile(path) || isCustomMetadataFile(path) || isGroupFile(path) || isRecordTypeFile(path) || isNotificationTypeFile(path) ? 'metadata' : 'files';
}
