/**
 * A project's custom notification types (`notificationtypes/Name.notiftype-meta.xml`; `.notiftype`
 * in a retrieved package) as the CustomNotificationType records of the org it is deployed to: they
 * are metadata, deployed with the project, so a flow's Get Records on `CustomNotificationType` by
 * `DeveloperName` — how a flow finds the type its Send Custom Notification action takes — finds them
 * as that org would (*chosen*, as for queues and record types: deployedGroups.ts). Each record has its
 * `DeveloperName` (the file name), `CustomNotifTypeName` (`<customNotifTypeName>`), `MasterLabel`
 * (`<masterLabel>`, else that name), `Description`, `Desktop`, `Mobile` and `IsSlack` (`<slack>`), the
 * object's fields as the Object Reference names them, and an `Id` of its own (`0MLPRJ…`, from its name
 * only, so adding them never shifts another record's Id).
 *
 * Survey 28: every step of SFDC-Assets' incident orchestration (and santiagoBogari/Orchestrator's
 * copy) that notifies someone calls `SDO_Platform_Notification_Send_Custom`, which looks up the type
 * `SDO_Platform_Custom_Notification` the project ships; its run faulted, "Get_Custom_Notification has
 * no record", and with it the orchestration. Survey 27's Runwal org ships 19 types, which 18 of its
 * flows look up. Project files are untrusted: at most MAX_PROJECT_NOTIFICATION_TYPES files, a file
 * that cannot be read a warning naming it.
 */
import { MAX_DEPLOYED_SETUP_RECORDS } from '../../flows/org/deployedSetupRecords';
import type { FieldValue } from '../../flows/org/simulatedOrg';
import { childText, type XmlNode } from '../xml/xmlNode';
import { projectRecordId } from './customMetadataRecords';
import { setupRecordFiles } from './setupRecordFiles';

/** Custom notification type files read at most. */
export const MAX_PROJECT_NOTIFICATION_TYPES = MAX_DEPLOYED_SETUP_RECORDS;

const NOTIFICATION_TYPE_FILE = /(?:^|\/)notificationtypes\/([A-Za-z][A-Za-z0-9_]*)\.notiftype(?:-meta\.xml)?$/;

/** The record's Id: `0ML` (a CustomNotificationType's prefix), `PRJ` and twelve characters from its name. */
export function notificationTypeIdOf(developerName: string): string {
  return projectRecordId('0MLPRJ', 'CustomNotificationType', developerName);
}

/** `<tag>`'s text as a Checkbox: true only when it says so (the three are required in the file; false when absent). */
function flag(root: XmlNode, tag: string): boolean {
  return childText(root, tag)?.trim() === 'true';
}

const notificationTypes = setupRecordFiles({
  objects: ['CustomNotificationType'],
  field: 'notificationTypes',
  plural: 'custom notification types',
  max: MAX_PROJECT_NOTIFICATION_TYPES,
  identify(path) {
    return NOTIFICATION_TYPE_FILE.test(path) ? { root: 'CustomNotificationType', noun: 'custom notification type' } : undefined;
  },
  records(root, path) {
    const name = NOTIFICATION_TYPE_FILE.exec(path)![1]!;
    const typeName = childText(root, 'customNotifTypeName')?.trim() || name;
    const description = childText(root, 'description')?.trim();
    const record: Record<string, FieldValue> = {
      Id: notificationTypeIdOf(name),
      DeveloperName: name,
      CustomNotifTypeName: typeName,
      MasterLabel: childText(root, 'masterLabel')?.trim() || typeName,
      Description: description || null,
      Desktop: flag(root, 'desktop'),
      Mobile: flag(root, 'mobile'),
      IsSlack: flag(root, 'slack'),
    };
    return [{ key: name, record }];
  },
});

/** Whether `path` is a custom notification type file (`notificationtypes/X.notiftype-meta.xml`, `.notiftype`). */
export const isNotificationTypeFile = notificationTypes.isFile;
/** Whether a flow of `texts` reads CustomNotificationType records (a Get Records on the object). */
export const flowsReadNotificationTypes = notificationTypes.flowsRead;
/** The CustomNotificationType records of `files` (others are passed over), in path order, and what could not be read. */
export const readProjectNotificationTypes = notificationTypes.read;
/** Whether a flow of `project` reads CustomNotificationType records. */
export const projectReadsNotificationTypes = notificationTypes.projectReads;
/** Whether `path` is read after the flows of `project`: a notification type file, when a flow reads the object. */
export const isNotificationTypeFileFor = notificationTypes.isFileFor;
/** `project` with its custom notification types read from `files` when one of its flows reads the object; unchanged otherwise. */
export const withProjectNotificationTypes = notificationTypes.withProject;
/** `definition` with the project's custom notification types (`notificationTypes`) when its flow file reads the object; unchanged otherwise. */
export const withReferencedNotificationTypes = notificationTypes.withReferenced;
