/**
 * Test support: SFDX record type files the size of a real org's, where nearly all the text is the
 * record type's `<picklistValues>` (brendannova/salesforce-crm: 376 files, 6.5 MB, ~17 KB each).
 */
import type { ProjectFile } from '../types';

export interface RecordTypeFileShape {
  label: string;
  active: boolean;
  /** Picklists listed, each with `values` values. */
  picklists: number;
  values: number;
  /** Replaces the `<label>` line, to put a problem there. */
  labelLine?: string;
}

/** One picklist's values for the record type, as a retrieve writes them. */
function picklistValues(picklist: number, values: number): string {
  const lines = ['    <picklistValues>', `        <picklist>Field_${picklist}__c</picklist>`];
  for (let v = 0; v < values; v++) {
    lines.push('        <values>', `            <fullName>Value ${v} of field ${picklist} &amp; more</fullName>`, '            <default>false</default>', '        </values>');
  }
  lines.push('    </picklistValues>');
  return lines.join('\n');
}

/** The text of `objects/X/recordTypes/<name>.recordType-meta.xml`: half the picklists before its label, half after. */
export function recordTypeFileText(name: string, shape: RecordTypeFileShape): string {
  const before = Math.floor(shape.picklists / 2);
  const blocks = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => picklistValues(from + i, shape.values));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<RecordType xmlns="http://soap.sforce.com/2006/04/metadata">',
    `    <fullName>${name}</fullName>`,
    `    <active>${shape.active}</active>`,
    '    <compactLayoutAssignment>Case_Compact</compactLayoutAssignment>',
    ...blocks(0, before),
    shape.labelLine ?? `    <label>${shape.label}</label>`,
    ...blocks(before, shape.picklists),
    '</RecordType>',
    '',
  ].join('\n');
}

/** A project of `count` record type files, of about 17 KB each, over ten objects. */
export function recordTypeProject(count: number): ProjectFile[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `Kind_${i}`;
    return { path: `force-app/main/default/objects/Object_${i % 10}__c/recordTypes/${name}.recordType-meta.xml`, text: recordTypeFileText(name, { label: `Kind ${i}`, active: i % 3 !== 0, picklists: 10, values: 12 }) };
  });
}
