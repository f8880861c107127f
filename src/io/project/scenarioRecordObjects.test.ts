import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectCheckboxFields } from './checkboxFields';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { crateIntakeFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';

// CrateIntake with a scenario giving a Lid__c record: an object no orchestration reads and no flow
// creates, whose stored Checkbox Tight__c a run's starting record should hold false (docs/projects.md)
const SCENARIO = 'force-app/main/default/flows/Crate_Intake.scenarios/new-depot.json';
const checkbox = (name: string, formula = '') => `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>${formula}
    <label>${name}</label>
    <type>Checkbox</type>
</CustomField>
`;
function withLid(): ProjectFile[] {
  const files = crateIntakeFiles().map((f) => (f.path === SCENARIO ? { ...f, text: JSON.stringify({ ...JSON.parse(f.text), records: { Lid__c: [{ Name: 'Top' }] } }) } : f));
  return [
    ...files,
    { path: 'force-app/main/default/objects/Lid__c/fields/Tight__c.field-meta.xml', text: checkbox('Tight__c') },
    { path: 'force-app/main/default/objects/Lid__c/fields/Is_Top__c.field-meta.xml', text: checkbox('Is_Top__c', '\n    <formula>true</formula>') },
    { path: 'force-app/main/default/objects/Box__c/fields/Open__c.field-meta.xml', text: checkbox('Open__c') },
  ];
}
const EXPECTED = { Crate__c: ['Fragile__c', 'Sealed__c'], Lid__c: ['Tight__c'] };

describe('the stored Checkboxes of the objects a project\'s scenario files give records of', () => {
  it('are read after the scenario files by each reader — files, a folder, a .zip — and only theirs (not Box__c\'s, the formula\'s)', async () => {
    // given
    const files = withLid();
    const read: string[] = [];
    const lazy = files.map((f) => ({ path: f.path, read: () => { read.push(f.path); return Promise.resolve(f.text); } }));
    // when
    const fromFiles = projectFromFiles(files);
    const fromFolder = await readLazyFiles(lazy);
    const fromZip = readZip(zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)]))));
    // then
    expect(projectCheckboxFields(fromFiles)).toEqual(EXPECTED);
    expect(projectCheckboxFields(fromFolder)).toEqual(EXPECTED);
    expect(projectCheckboxFields(fromZip)).toEqual(EXPECTED);
    expect(read).not.toContain('force-app/main/default/objects/Box__c/fields/Open__c.field-meta.xml');
    expect(read.filter((p) => p.includes('/Lid__c/'))).toHaveLength(2);
    expect(new Set(read).size).toBe(read.length);
  });

  it('a scenario file that is not JSON, or gives no records, names no object', () => {
    const files = withLid().map((f) => (f.path === SCENARIO ? { ...f, text: '{ not json' } : f));
    expect(projectCheckboxFields(projectFromFiles(files))).toEqual({ Crate__c: ['Fragile__c', 'Sealed__c'] });
  });
});
