/**
 * A project's record types (`objects/Object/recordTypes/Name.recordType-meta.xml`) as the RecordType
 * records of the org it is deployed to: record types are metadata, deployed with the project, so a
 * flow's Get Records on `RecordType` by `SobjectType` and `DeveloperName` (the usual way a flow finds
 * the record type to give a record it creates) finds them as that org would (*chosen*, as for
 * custom metadata records: customMetadataRecords.ts). Each record has its `DeveloperName` (the file
 * name), `Name` (`<label>`), `SobjectType` (the object's folder), `IsActive` (`<active>`) and an `Id`
 * of its own (`012PRJ…`, from its object and name only, so adding them never shifts another record's
 * Id). Survey 12: 62 flows of six projects query RecordType, and 4 runs faulted on a record type
 * their project ships (others on ones it does not ship). Project files are untrusted: at most MAX_PROJECT_RECORD_TYPES files, a file
 * that cannot be read a warning naming it.
 */
import { MAX_DEPLOYED_SETUP_RECORDS } from '../../flows/org/deployedSetupRecords';
import { childText } from '../xml/xmlNode';
import { projectRecordId } from './customMetadataRecords';
import { setupRecordFiles } from './setupRecordFiles';

/** Record type files read at most. */
export const MAX_PROJECT_RECORD_TYPES = MAX_DEPLOYED_SETUP_RECORDS;

const RECORD_TYPE_FILE = /(?:^|\/)objects\/([A-Za-z][A-Za-z0-9_]*)\/recordTypes\/([A-Za-z][A-Za-z0-9_]*)\.recordType-meta\.xml$/;

/** The record's Id: `012` (a RecordType's prefix), `PRJ` and twelve characters from its object and name. */
export function recordTypeIdOf(object: string, developerName: string): string {
  return projectRecordId('012PRJ', object, developerName);
}

const recordTypes = setupRecordFiles({
  object: 'RecordType',
  field: 'recordTypes',
  plural: 'record types',
  max: MAX_PROJECT_RECORD_TYPES,
  identify(path) {
    const match = RECORD_TYPE_FILE.exec(path);
    return match ? { key: `${match[1]}.${match[2]}`, root: 'RecordType', noun: 'record type' } : undefined;
  },
  record(root, path) {
    const [, object, name] = RECORD_TYPE_FILE.exec(path)!;
    return { Id: recordTypeIdOf(object!, name!), DeveloperName: name!, Name: childText(root, 'label')?.trim() || name!, SobjectType: object!, IsActive: childText(root, 'active')?.trim() !== 'false' };
  },
});

/** Whether `path` is a record type file (`objects/Case/recordTypes/Support.recordType-meta.xml`). */
export const isRecordTypeFile = recordTypes.isFile;
/** Whether a flow of `texts` reads RecordType records (a Get Records on the object RecordType). */
export const flowsReadRecordTypes = recordTypes.flowsRead;
/** The RecordType records of `files` (record type files; others are passed over), in path order, and what could not be read. */
export const readProjectRecordTypes = recordTypes.read;
/** Whether a flow of `project` reads RecordType records. */
export const projectReadsRecordTypes = recordTypes.projectReads;
/** Whether `path` is read after the flows of `project`: a record type file, when a flow reads RecordType. */
export const isRecordTypeFileFor = recordTypes.isFileFor;
/** `project` with its record types read from `files` when one of its flows reads RecordType; unchanged otherwise. */
export const withProjectRecordTypes = recordTypes.withProject;
/** `definition` with the project's record types (`recordTypes`) when its flow file reads RecordType; unchanged otherwise. */
export const withReferencedRecordTypes = recordTypes.withReferenced;
