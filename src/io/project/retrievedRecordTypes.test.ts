/**
 * A package retrieved in the Metadata API format keeps its record types inside the object's file
 * (`objects/Case.object`, `<recordTypes>`), not in files of their own: the app's project reader
 * (readLazyFiles for a folder or dropped files, readZip for a `.zip`, projectFromFiles for files
 * already read) finds them there when a flow reads RecordType, as it finds an SFDX project's
 * `recordTypes/` files (RetrievedRecordTypes fixture, `__fixtures__/RetrievedRecordTypes/README.md`).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { parseXml } from '../xml/parseXml';
import { MAX_PROJECT_RECORD_TYPES, readProjectRecordTypes, recordTypeIdOf } from './deployedRecordTypes';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { retrievedRecordTypesFiles } from './testing/projectFiles';
import type { LazyProjectFile, ProjectFile } from './types';

const CASE_ID = '500SIM000000000301';
const CASE_OBJECT = 'unpackaged/objects/Case.object';

const FIELD_REPAIR = { Id: recordTypeIdOf('Case', 'Field_Repair'), DeveloperName: 'Field_Repair', Name: 'Field Repair', SobjectType: 'Case', IsActive: true };
const PHONE_SUPPORT = { Id: recordTypeIdOf('Case', 'Phone_Support'), DeveloperName: 'Phone_Support', Name: 'Phone Support', SobjectType: 'Case', IsActive: false };

function lazy(files: readonly ProjectFile[]): LazyProjectFile[] {
  return files.map((f) => ({ path: f.path, read: () => Promise.resolve(f.text) }));
}

/** The package's files with Case.object's text replaced by `text`. */
function withCaseObject(text: string): ProjectFile[] {
  return retrievedRecordTypesFiles().map((f) => (f.path === CASE_OBJECT ? { ...f, text } : f));
}

const caseObject = (recordTypes: string) => `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">${recordTypes}</CustomObject>`;

describe('a retrieved package\'s record types, in its object files (RetrievedRecordTypes)', () => {
  it('a folder or dropped files (readLazyFiles): both record types of Case.object are read, the step flow carries them, and the run gives the case Field_Repair', async () => {
    // when
    const project = await readLazyFiles(lazy(retrievedRecordTypesFiles()));
    const open = openOrchestration(project, 'Case_Typing');
    if (!open.ok) throw new Error('Case_Typing did not open');
    const trace = simulate(open.doc, { format: 'stageflow.scenario', version: 1, record: { Id: CASE_ID, Subject: 'Boiler leaks' } });
    // then
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(project.recordTypes).toEqual([FIELD_REPAIR, PHONE_SUPPORT]);
    expect((open.doc.flows?.find((f) => f.name === 'Type_Case')?.definition as { recordTypes?: unknown } | undefined)?.recordTypes).toEqual([FIELD_REPAIR, PHONE_SUPPORT]);
    expect(trace.flowRuns?.map((r) => [r.flow, r.status, r.outputs, r.recordsRead])).toEqual([['Type_Case', 'completed', { typeLabel: 'Field Repair', typeActive: true }, [
      { element: 'Get_Record_Type', object: 'RecordType', ids: [FIELD_REPAIR.Id] },
    ]]]);
  });

  it('a .zip (readZip) and files already read (projectFromFiles): the same records, the same Ids as in an SFDX project', () => {
    // when
    const zipped = readZip(zipSync(Object.fromEntries(retrievedRecordTypesFiles().map((f) => [`retrieve/${f.path}`, strToU8(f.text)]))));
    const read = projectFromFiles(retrievedRecordTypesFiles());
    // then
    expect([zipped.recordTypes, read.recordTypes]).toEqual([[FIELD_REPAIR, PHONE_SUPPORT], [FIELD_REPAIR, PHONE_SUPPORT]]);
  });

  it('no flow reads RecordType: the object file is not read for record types (unreadable, it says nothing)', async () => {
    // given: the step flow reads Account instead, and Case.object fails to read
    const files = lazy(retrievedRecordTypesFiles().map((f) => (f.path.endsWith('Type_Case.flow') ? { ...f, text: f.text.replace('<object>RecordType</object>', '<object>Account</object>') } : f)))
      .map((f) => (f.path === CASE_OBJECT ? { path: f.path, read: () => Promise.reject(new Error('must not be read')) } : f));
    // when: the orchestration is not record-triggered either, so nothing else reads Case.object
    const project = await readLazyFiles(files.map((f) => (f.path.endsWith('Case_Typing.flow') ? { path: f.path, read: async () => (await f.read()).replace('<triggerType>RecordAfterSave</triggerType>', '') } : f)));
    // then
    expect([project.recordTypes, project.problems.filter((p) => p.severity !== 'info')]).toEqual([undefined, []]);
  });

  it('an object file that is not well-formed XML is a warning naming it at its line; a record type whose name is not an API name is passed over', async () => {
    // when
    const broken = await readLazyFiles(lazy(withCaseObject(caseObject('\n<recordTypes><fullName>Field_Repair</fullName>'))));
    const odd = projectFromFiles(withCaseObject(caseObject('<recordTypes><fullName>Field Repair</fullName><label>Bad</label></recordTypes><recordTypes><fullName>Phone_Support</fullName><label>Phone Support</label><active>false</active></recordTypes>')));
    // then
    // (its fields are read too: one warning names both, problemsOnce.ts)
    expect(broken.problems.filter((p) => p.file === CASE_OBJECT)).toEqual([{ file: CASE_OBJECT, severity: 'warning', message: expect.stringMatching(/^object metadata and record types not read: /), line: expect.any(Number), column: expect.any(Number) }]);
    expect(broken.recordTypes).toBeUndefined();
    expect(odd.recordTypes).toEqual([PHONE_SUPPORT]);
  });

  it('only the record types of a big object file are parsed, but a problem in one is named at its line and column in the file', () => {
    // given: fields before and after, and a record type whose label is not closed on line 8
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">',
      '    <fields><fullName>A__c</fullName><type>Text</type></fields>',
      '    <recordTypes>',
      '        <fullName>Field_Repair</fullName>',
      '        <picklistValues><picklist>Status</picklist><values><fullName>New</fullName></values></picklistValues>',
      '    </recordTypes>',
      '    <recordTypes><fullName>Broken</fullName>  <label>Broken</recordTypes>',
      '    <fields><fullName>B__c</fullName></fields>',
      '</CustomObject>',
    ].join('\n');
    // when
    const whole = readProjectRecordTypes([{ path: CASE_OBJECT, text: text.replace('<label>Broken</recordTypes>', '<label>Broken</label></recordTypes>') }]);
    const broken = readProjectRecordTypes([{ path: CASE_OBJECT, text }]);
    // then: the same line:col as the whole file parsed gives
    const inFile = parseXml(text);
    expect(whole.records.map((r) => r.DeveloperName)).toEqual(['Field_Repair', 'Broken']);
    expect(inFile.ok ? undefined : [inFile.problems[0]!.line, inFile.problems[0]!.column]).toEqual([broken.problems[0]!.line, broken.problems[0]!.column]);
    expect(broken.problems[0]).toMatchObject({ file: CASE_OBJECT, severity: 'warning', line: 8 });
  });

  it.each([
    ['unclosed record types', `<CustomObject>${'<recordTypes>'.repeat(60_000)}</CustomObject>`],
    ['unclosed picklist values in a record type', `<CustomObject><recordTypes><fullName>A</fullName>${'<picklistValues>'.repeat(60_000)}</recordTypes></CustomObject>`],
    ['a root never opened', `${'<CustomObject '.repeat(60_000)}<recordTypes>`],
  ])('an object file of 60,000 %s is scanned once, and named as the whole file would be', (_, text) => {
    // given: a lazy pattern searched to the file's end once per opening (13 s for 40,000 before)
    const started = performance.now();
    // when
    const read = readProjectRecordTypes([{ path: CASE_OBJECT, text }]);
    const reading = performance.now() - started;
    // then it takes about as long as the one parse of the whole file it makes (1.3 to 1.6 times;
    // 55 and 207 times on the code before), measured against that parse, not against 3 s, which
    // three runs on one core stretched the reading to 2.1 s of
    const parsing = performance.now();
    const whole = parseXml(text);
    expect(reading).toBeLessThan(10 * (performance.now() - parsing) + 500);
    expect(read.problems).toHaveLength(1);
    const first = whole.ok ? undefined : whole.problems[0]!;
    expect(read.problems.map((p) => [p.message, p.line, p.column])).toEqual(first ? [[`record types not read: ${first.message}`, first.line, first.line === undefined ? undefined : (first.column ?? 1)]] : []);
  });

  it('two package directories declaring one record type (an SFDX file and a package object file): the first by path is kept', () => {
    // given
    const files: ProjectFile[] = [
      { path: 'a/objects/Case/recordTypes/Field_Repair.recordType-meta.xml', text: '<RecordType><fullName>Field_Repair</fullName><label>From the SFDX file</label><active>true</active></RecordType>' },
      { path: 'b/objects/Case.object', text: caseObject('<recordTypes><fullName>field_repair</fullName><label>From the object file</label></recordTypes><recordTypes><fullName>Phone_Support</fullName><label>Phone Support</label><active>false</active></recordTypes>') },
    ];
    // when
    const read = readProjectRecordTypes(files);
    // then
    expect([read.records.map((r) => r.Name), read.problems]).toEqual([['From the SFDX file', 'Phone Support'], []]);
  });

  it(`at most ${MAX_PROJECT_RECORD_TYPES} record types: the file where the cap is reached is named, with the first record type not read`, () => {
    // given: one more record type than the cap, all in one object file
    const many = Array.from({ length: MAX_PROJECT_RECORD_TYPES + 1 }, (_, i) => `<recordTypes><fullName>Type_${i + 1}</fullName><label>Type ${i + 1}</label></recordTypes>`).join('');
    // when
    const read = readProjectRecordTypes([{ path: CASE_OBJECT, text: caseObject(many) }]);
    // then
    expect(read.records).toHaveLength(MAX_PROJECT_RECORD_TYPES);
    expect(read.problems).toEqual([{ file: CASE_OBJECT, severity: 'warning', message: `record types not read: the project has more than ${MAX_PROJECT_RECORD_TYPES} record types, so those from Type_${MAX_PROJECT_RECORD_TYPES + 1} on in this file, and later files, are not read` }]);
  });
});
