/**
 * A project's custom metadata records (customMetadataRecords.ts), read by the one reader every path
 * uses: the app's project opening (readLazyFiles for a folder or dropped files, readZip for a `.zip`)
 * and the command line's. The BookingCounter fixture (`__fixtures__/BookingCounter/README.md`) has a
 * step flow that reads its counter record through Get Records and `$CustomMetadata`.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contextOf, run as runFormula } from '../../flows/formula/testing/formulaHarness';
import { MAX_CUSTOM_METADATA_RECORDS } from '../../flows/org/deployedCustomMetadata';
import { booleanValue, textValue } from '../../flows/values';
import { customMetadataIdOf, isCustomMetadataFile, readCustomMetadataRecords } from './customMetadataRecords';
import { openOrchestration } from './openOrchestration';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { bookingCounterFiles } from './testing/projectFiles';
import type { LazyProjectFile, ProjectFile } from './types';

const CM = 'force-app/main/default/customMetadata';
const WANTED = new Set(['booking_counter__mdt']);

/** A record file's text with `values` rows (field, xsi:type or nil, text). */
function recordXml(label: string, values: readonly [string, string | null, string][] = []): string {
  const rows = values.map(([field, type, text]) => `<values><field>${field}</field>${type === null ? '<value xsi:nil="true"/>' : `<value xsi:type="${type}">${text}</value>`}</values>`);
  return `<?xml version="1.0" encoding="UTF-8"?><CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><label>${label}</label><protected>false</protected>${rows.join('')}</CustomMetadata>`;
}

const counter: ProjectFile = { path: `${CM}/Booking_Counter.Default_Counter.md-meta.xml`, text: recordXml('Default Counter', [['Active__c', 'xsd:boolean', 'true'], ['Next_Number__c', 'xsd:double', '41.0'], ['Prefix__c', 'xsd:string', 'BK-'], ['Notes__c', null, '']]) };

/** The BookingCounter project's files as a browser or a folder walk hands them over (not read yet). */
function lazy(files: readonly ProjectFile[]): LazyProjectFile[] {
  return files.map((f) => ({ path: f.path, read: () => Promise.resolve(f.text) }));
}

describe('custom metadata records read from a project', () => {
  it('a record: its name, label and values typed by xsi:type, and an Id of its own', () => {
    // when
    const { types, problems } = readCustomMetadataRecords([counter], WANTED);
    // then
    expect(problems).toEqual([]);
    expect(types.get('booking_counter__mdt')).toEqual({ name: 'Booking_Counter__mdt', records: [{
      Id: 'm00MDTH8FIZCEAFXRA', DeveloperName: 'Default_Counter', QualifiedApiName: 'Default_Counter', MasterLabel: 'Default Counter', Label: 'Default Counter',
      Active__c: true, Next_Number__c: 41, Prefix__c: 'BK-', Notes__c: null,
    }] });
  });

  it('Get Records on the type: a blank value written <value xsi:type="xsd:string"></value> is null, as Salesforce keeps blank text, so ISNULL holds for it (survey 11: 11 records of SFDC-Assets/PSA-NEPA-Permitting)', () => {
    // given a record whose text and number values are written blank rather than xsi:nil
    const blank = { path: `${CM}/Booking_Counter.Blank.md-meta.xml`, text: recordXml('Blank', [['Prefix__c', 'xsd:string', ''], ['Next_Number__c', 'xsd:double', ''], ['Notes__c', 'xsd:string', ' ']]) };
    // when
    const record = readCustomMetadataRecords([blank], WANTED).types.get('booking_counter__mdt')!.records[0]!;
    // then
    expect(record).toMatchObject({ Prefix__c: null, Next_Number__c: null, Notes__c: ' ' });
    expect(runFormula('ISNULL({!Prefix__c})', contextOf({ Prefix__c: textValue(record.Prefix__c as string | null) }))).toEqual(booleanValue(true));
  });

  it('the Id comes from the type and name only: records added before it (by path) do not shift it, and it looks like an 18-character Id', () => {
    // given a record of another type and one of the same type, both sorted before the counter
    const others = [{ path: `${CM}/Aa_Type.First.md-meta.xml`, text: recordXml('First') }, { path: `${CM}/Booking_Counter.Aa_Counter.md-meta.xml`, text: recordXml('Aa') }];
    // when
    const alone = readCustomMetadataRecords([counter], WANTED).types.get('booking_counter__mdt')!.records;
    const withOthers = readCustomMetadataRecords([...others, counter], new Set(['booking_counter__mdt', 'aa_type__mdt'])).types.get('booking_counter__mdt')!.records;
    // then
    expect(withOthers.find((r) => r.DeveloperName === 'Default_Counter')!.Id).toBe(alone[0]!.Id);
    expect(alone[0]!.Id).toMatch(/^m00MDT[0-9A-Z]{12}$/);
    expect(customMetadataIdOf('booking_counter__MDT', 'default_counter')).toBe(alone[0]!.Id);
    expect(customMetadataIdOf('Booking_Counter__mdt', 'Aa_Counter')).not.toBe(alone[0]!.Id);
  });

  it('record files: Type.Record.md-meta.xml anywhere (a dropped file too), a retrieved package\'s Type.Record.md only in a customMetadata folder', () => {
    expect([
      `${CM}/Booking_Counter.Default_Counter.md-meta.xml`, 'Booking_Counter.Default_Counter.md-meta.xml', 'unpackaged/customMetadata/Booking_Counter.Default_Counter.md',
      'docs/Release.Notes.md', 'Booking_Counter.md-meta.xml', `${CM}/Booking_Counter.Default_Counter.xml`,
    ].map(isCustomMetadataFile)).toEqual([true, true, true, false, false, false]);
  });

  it('only the types asked for are read: a malformed record of another type is not even parsed', () => {
    // when
    const { types, problems } = readCustomMetadataRecords([counter, { path: `${CM}/Region_Setting.Unused.md-meta.xml`, text: '<not xml' }], WANTED);
    // then
    expect([...types.keys()]).toEqual(['booking_counter__mdt']);
    expect(problems).toEqual([]);
  });

  it('a record file that cannot be read is a warning naming it (with line and column), and the others are read', () => {
    // given
    const broken = { path: `${CM}/Booking_Counter.Broken.md-meta.xml`, text: '<CustomMetadata><label>x</label>' };
    const notRecord = { path: `${CM}/Booking_Counter.Other.md-meta.xml`, text: '<Flow/>' };
    // when
    const { types, problems } = readCustomMetadataRecords([broken, counter, notRecord], WANTED);
    // then
    expect(types.get('booking_counter__mdt')!.records.map((r) => r.DeveloperName)).toEqual(['Default_Counter']);
    expect(problems).toEqual([
      expect.objectContaining({ file: broken.path, severity: 'warning', message: expect.stringMatching(/^custom metadata record not read: /), line: expect.any(Number) }),
      { file: notRecord.path, severity: 'warning', message: 'custom metadata record not read: the root element is <Flow>, not <CustomMetadata>' },
    ]);
  });

  it('untrusted names: a value row cannot set the Id, the name or a prototype key, nor spell a field twice', () => {
    // given
    const text = recordXml('Sneaky', [['Id', 'xsd:string', 'm00000000000000AAA'], ['DeveloperName', 'xsd:string', 'Other'], ['__proto__', 'xsd:string', 'x'], ['constructor', 'xsd:string', 'x'], ['Prefix__c', 'xsd:string', 'A-'], ['PREFIX__C', 'xsd:string', 'B-']]);
    // when
    const record = readCustomMetadataRecords([{ path: `${CM}/Booking_Counter.Sneaky.md-meta.xml`, text }], WANTED).types.get('booking_counter__mdt')!.records[0]!;
    // then
    expect(Object.keys(record)).toEqual(['Id', 'DeveloperName', 'QualifiedApiName', 'MasterLabel', 'Label', 'Prefix__c']);
    expect(record).toMatchObject({ Id: customMetadataIdOf('Booking_Counter__mdt', 'Sneaky'), DeveloperName: 'Sneaky', Prefix__c: 'A-' });
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
  });

  it(`at most ${MAX_CUSTOM_METADATA_RECORDS} records are read; the first file not read is named`, () => {
    // given one record more than the cap
    const files = Array.from({ length: MAX_CUSTOM_METADATA_RECORDS + 1 }, (_, i) => ({ path: `${CM}/Booking_Counter.R${String(i).padStart(5, '0')}.md-meta.xml`, text: recordXml(`R${i}`) }));
    // when
    const { types, problems } = readCustomMetadataRecords(files, WANTED);
    // then
    expect(types.get('booking_counter__mdt')!.records).toHaveLength(MAX_CUSTOM_METADATA_RECORDS);
    expect(problems).toEqual([{ file: files.at(-1)!.path, severity: 'warning', message: `custom metadata record not read: the project has more than ${MAX_CUSTOM_METADATA_RECORDS} records of the custom metadata types its flows read, so this and later files are not read` }]);
  });

  it('the same record in two package directories: the first by path is kept, the other is a warning naming both', () => {
    // given
    const second = { path: `other/main/default/customMetadata/Booking_Counter.Default_Counter.md-meta.xml`, text: recordXml('Second') };
    // when
    const { types, problems } = readCustomMetadataRecords([second, counter], WANTED);
    // then
    expect(types.get('booking_counter__mdt')!.records.map((r) => r.MasterLabel)).toEqual(['Default Counter']);
    expect(problems).toEqual([{ file: second.path, severity: 'warning', message: `another file already holds the custom metadata record Booking_Counter__mdt.Default_Counter (${counter.path}); this file is ignored` }]);
  });
});

describe('the app\'s project reader carries the records to the run (BookingCounter)', () => {
  const expectCarried = (project: Awaited<ReturnType<typeof readLazyFiles>>): void => {
    // the records of the type the flows name; the malformed record of a type no flow names is not read
    expect([...(project.customMetadata?.keys() ?? [])]).toEqual(['booking_counter__mdt']);
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const opened = openOrchestration(project, 'Booking_Intake');
    expect(opened.ok).toBe(true);
    const step = opened.ok ? opened.doc.flows?.find((f) => f.name === 'Number_Booking') : undefined;
    expect((step?.definition as { customMetadata?: unknown } | undefined)?.customMetadata).toEqual({ Booking_Counter__mdt: [expect.objectContaining({ Id: 'm00MDTH8FIZCEAFXRA', DeveloperName: 'Default_Counter', Next_Number__c: 41, Prefix__c: 'BK-' })] });
  };

  it('a folder or dropped files (readLazyFiles): the step flow\'s definition carries the counter record', async () => {
    expectCarried(await readLazyFiles(lazy(bookingCounterFiles())));
  });

  it('a .zip (readZip): the same', () => {
    expectCarried(readZip(zipSync(Object.fromEntries(bookingCounterFiles().map((f) => [`booking/${f.path}`, strToU8(f.text)])))));
  });

  it('a record file the browser cannot read is a warning naming it, and the project opens', async () => {
    // given
    const files = lazy(bookingCounterFiles()).map((f) => (f.path.endsWith('Default_Counter.md-meta.xml') ? { path: f.path, read: () => Promise.reject(new Error('permission denied')) } : f));
    // when
    const project = await readLazyFiles(files);
    // then
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([{ file: `${CM}/Booking_Counter.Default_Counter.md-meta.xml`, severity: 'warning', message: 'custom metadata record not read: permission denied' }]);
    expect(openOrchestration(project, 'Booking_Intake').ok).toBe(true);
  });
});
