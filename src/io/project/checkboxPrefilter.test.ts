/**
 * checkboxFieldsOfFiles parses only the field files whose text names a Checkbox (the created-object
 * and scenario-record passes read every field file of their objects, most of them of other types).
 */
import { describe, expect, it, vi } from 'vitest';
import * as xml from '../xml/parseXml';
import { checkboxFieldsOf, checkboxFieldsOfFiles } from './checkboxFields';
import { objectOfFieldFile, readObjectFields } from './objectFields';

vi.mock('../xml/parseXml', async (original) => {
  const actual = await original<typeof xml>();
  return { ...actual, parseXml: vi.fn(actual.parseXml) };
});

const field = (object: string, name: string, xml: string) => ({ path: `force-app/main/default/objects/${object}/fields/${name}.field-meta.xml`, text: `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n${xml}</CustomField>\n` });

const files = [
  field('Crate__c', 'Fragile__c', '    <defaultValue>false</defaultValue>\n    <type>Checkbox</type>\n'),
  field('Crate__c', 'Is_Empty__c', '    <formula>ISBLANK(Name)</formula>\n    <type>Checkbox</type>\n'),
  field('Crate__c', 'Code__c', '    <length>20</length>\n    <type>Text</type>\n'),
  field('Crate__c', 'Note__c', '    <description>Ticked in the Checkbox column of the sheet</description>\n    <type>Text</type>\n'),
  field('Crate__c', 'Size__c', '    <type>Picklist</type>\n'),
  field('Lid__c', 'Sealed__c', '    <type>Checkbox</type>\n'),
  field('Lid__c', 'Broken__c', '<type>Checkbox'),
  field('Lid__c', 'Depot__c', '    <referenceTo>Depot__c</referenceTo>\n    <type>Lookup</type>\n'),
  { path: 'unpackaged/objects/Depot__c.object', text: '<CustomObject><fields><fullName>Open__c</fullName><type>Checkbox</type></fields><fields><fullName>City__c</fullName><type>Text</type></fields></CustomObject>' },
  { path: 'unpackaged/objects/Bin__c.object', text: '<CustomObject><fields><fullName>City__c</fullName><type>Text</type></fields></CustomObject>' },
];

describe('the stored Checkboxes of field files, read without parsing the files that declare none', () => {
  it('are those of parsing every file', () => {
    const every = checkboxFieldsOf(readObjectFields(files, new Set(files.map((f) => objectOfFieldFile(f.path)!))).objects);
    expect(checkboxFieldsOfFiles(files)).toEqual(every);
    expect(every).toEqual({ Crate__c: ['Fragile__c'], Depot__c: ['Open__c'], Lid__c: ['Sealed__c'] });
  });

  it('parse only the files whose text names a Checkbox', () => {
    const parse = vi.mocked(xml.parseXml);
    parse.mockClear();
    checkboxFieldsOfFiles(files);
    // Fragile, Is_Empty, Note (its description), Sealed, Broken (malformed) and Depot__c.object
    expect(parse).toHaveBeenCalledTimes(6);
  });
});
