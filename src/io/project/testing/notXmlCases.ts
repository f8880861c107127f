/**
 * Test support: each kind of a project's metadata file a reader reads, in a fixture project, with the
 * words its warning begins with when the file is not XML (io/project/notXmlMetadata.test.ts, the
 * project report; cli/notXmlMetadata.test.ts, `stageflow validate` on the folder).
 */
import { automationSwitchFiles, bookingCounterFiles, caseLifecycleFiles, queueRoutingFiles, retrievedRecordTypesFiles } from './projectFiles';
import type { ProjectFile } from '../types';

const D = 'force-app/main/default';

/** Each kind of file a reader reads: the project, the file, what the warning begins with and the file's kind in words. */
export const NOT_XML_CASES: ReadonlyArray<{ project: () => ProjectFile[]; file: string; says: string }> = [
  { project: automationSwitchFiles, file: `${D}/objects/Case/fields/Routing_Queue__c.field-meta.xml`, says: `object metadata not read: not field metadata XML: a field's metadata file begins with "<?xml" or "<CustomField"` },
  { project: automationSwitchFiles, file: `${D}/objects/Automation_Settings__c/Automation_Settings__c.object-meta.xml`, says: `custom setting not read: not object metadata XML: an object's metadata file begins with "<?xml" or "<CustomObject"` },
  { project: bookingCounterFiles, file: `${D}/customMetadata/Booking_Counter.Default_Counter.md-meta.xml`, says: 'custom metadata record not read: not custom metadata XML: a custom metadata record file begins with "<?xml" or "<CustomMetadata"' },
  { project: queueRoutingFiles, file: `${D}/objects/Case/recordTypes/Field_Repair.recordType-meta.xml`, says: 'record type not read: not record type XML: a record type file begins with "<?xml" or "<RecordType"' },
  { project: queueRoutingFiles, file: `${D}/queues/Front_Desk.queue-meta.xml`, says: `queue not read: not queue metadata XML: a queue's metadata file begins with "<?xml" or "<Queue"` },
  { project: queueRoutingFiles, file: `${D}/groups/Night_Shift.group-meta.xml`, says: `group not read: not group metadata XML: a group's metadata file begins with "<?xml" or "<Group"` },
  { project: caseLifecycleFiles, file: `${D}/standardValueSets/CaseStatus.standardValueSet-meta.xml`, says: 'standard value set not read: not standard value set XML: a standard value set file begins with "<?xml" or "<StandardValueSet"' },
  { project: retrievedRecordTypesFiles, file: 'unpackaged/objects/Case.object', says: `object metadata and record types not read: not object metadata XML: an object's metadata file begins with "<?xml" or "<CustomObject"` },
  { project: () => [...caseLifecycleFiles(), { path: `${D}/labels/CustomLabels.labels-meta.xml`, text: '<CustomLabels/>' }], file: `${D}/labels/CustomLabels.labels-meta.xml`, says: 'custom labels not read: not custom labels XML: a custom labels file begins with "<?xml" or "<CustomLabels"' },
];

