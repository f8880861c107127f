/**
 * The object metadata of a project's trigger objects (objectFields.ts): the fields that tell what
 * `$Record.X__r` reads, from an SFDX project's `objects/<Object>/fields/` or a retrieved package's
 * `objects/<Object>.object`, read only for the objects the orchestrations start on.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { declaredField, lookupTarget, objectOfFieldFile, readObjectFields } from './objectFields';
import { picklistValuesOf } from './picklistValues';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { asRetrievedPackage, caseLifecycleFiles } from './testing/projectFiles';
import type { LazyProjectFile, ProjectField, ProjectFile, ProjectObjects } from './types';

const OBJECTS = 'force-app/main/default/objects';

/** A custom field file as `sf project retrieve` writes it. */
function fieldXml(name: string, type: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>
    <label>${name.replace(/__c$/, '').replace(/_/g, ' ')}</label>${extra}
    <type>${type}</type>
</CustomField>
`;
}

/** Case's lookup to its parent case (child relationship `Child_Cases`), a checkbox, and Account's own lookup. */
const FIELD_FILES: ProjectFile[] = [
  { path: `${OBJECTS}/Case/fields/Parent_Case__c.field-meta.xml`, text: fieldXml('Parent_Case__c', 'Lookup', '\n    <referenceTo>Case</referenceTo>\n    <relationshipName>Child_Cases</relationshipName>') },
  { path: `${OBJECTS}/Case/fields/Customer_Satisfied__c.field-meta.xml`, text: fieldXml('Customer_Satisfied__c', 'Checkbox', '\n    <defaultValue>false</defaultValue>') },
  { path: `${OBJECTS}/Account/fields/Region__c.field-meta.xml`, text: fieldXml('Region__c', 'Lookup', '\n    <referenceTo>Region__c</referenceTo>') },
];

describe('object metadata files', () => {
  it('knows a field file of either format by its path, and the object it belongs to', () => {
    expect(objectOfFieldFile(`${OBJECTS}/Case/fields/Parent_Case__c.field-meta.xml`)).toBe('Case');
    expect(objectOfFieldFile('unpackaged/objects/Invoice__c.object')).toBe('Invoice__c');
    expect(objectOfFieldFile(`${OBJECTS}/Case/Case.object-meta.xml`)).toBeNull();
    expect(objectOfFieldFile(`${OBJECTS}/Case/listViews/All.listView-meta.xml`)).toBeNull();
    expect(objectOfFieldFile(`${OBJECTS}/__proto__/fields/X__c.field-meta.xml`)).toBeNull();
  });

  it('reads a lookup\'s object and a field\'s type; a child relationship\'s name is not the lookup\'s', () => {
    const { objects, problems } = readObjectFields(FIELD_FILES, new Set(['Case']));
    expect(problems).toEqual([]);
    expect(lookupTarget(objects, 'Case', 'Parent_Case__c')).toBe('Case');
    // API names match ignoring case, as in Salesforce
    expect(lookupTarget(objects, 'Case', 'parent_case__C')).toBe('Case');
    expect(declaredField(objects, 'Case', 'CUSTOMER_SATISFIED__C')?.name).toBe('Customer_Satisfied__c');
    expect(declaredField(objects, undefined, 'Customer_Satisfied__c')).toBeUndefined();
    expect(objects.get('Case')?.get('Customer_Satisfied__c')?.type).toBe('Checkbox');
    // only the objects asked for
    expect(objects.has('Account')).toBe(false);
    expect(lookupTarget(objects, 'Case', 'Child_Cases__c')).toBeNull();
  });

  it('reads the fields of a retrieved package\'s .object file', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <fields>
        <fullName>Parent_Case__c</fullName>
        <referenceTo>Case</referenceTo>
        <type>Lookup</type>
    </fields>
    <fields>
        <fullName>What__c</fullName>
        <referenceTo>Account</referenceTo>
        <referenceTo>Contact</referenceTo>
        <type>Lookup</type>
    </fields>
    <label>Case</label>
</CustomObject>
`;
    const { objects } = readObjectFields([{ path: 'unpackaged/objects/Case.object', text }], new Set(['Case']));
    expect(lookupTarget(objects, 'Case', 'Parent_Case__c')).toBe('Case');
    // more than one object: the project does not say which record the scenario holds
    expect(lookupTarget(objects, 'Case', 'What__c')).toBeNull();
  });

  it('reports a malformed file at its line and keeps the others; other root elements and bad names are skipped', () => {
    const files: ProjectFile[] = [
      { path: `${OBJECTS}/Case/fields/Broken__c.field-meta.xml`, text: '<CustomField>\n<fullName>Broken__c</fullName>\n<type>Lookup</CustomField>' },
      { path: `${OBJECTS}/Case/fields/Odd__c.field-meta.xml`, text: '<Flow><fullName>Odd__c</fullName></Flow>' },
      { path: `${OBJECTS}/Case/fields/Bad.field-meta.xml`, text: fieldXml('constructor.x', 'Lookup', '<referenceTo>Case</referenceTo>') },
      ...FIELD_FILES,
    ];
    const { objects, problems } = readObjectFields(files, new Set(['Case']));
    expect(problems.map((p) => [p.file, p.severity, p.line ?? null])).toEqual([
      [`${OBJECTS}/Case/fields/Broken__c.field-meta.xml`, 'warning', 3],
      [`${OBJECTS}/Case/fields/Odd__c.field-meta.xml`, 'warning', null],
    ]);
    expect([...objects.get('Case')!.keys()].sort()).toEqual(['Customer_Satisfied__c', 'Parent_Case__c']);
  });
});

describe('a project with object metadata', () => {
  it('keeps the fields of the objects its orchestrations are triggered by (Case_Lifecycle: Case)', () => {
    const project = projectFromFiles([...caseLifecycleFiles(), ...FIELD_FILES]);
    expect(lookupTarget(project.objects, 'Case', 'Parent_Case__c')).toBe('Case');
    expect(project.objects?.has('Account')).toBe(false);
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('from a folder, reads the trigger objects\' files only, after the flows', async () => {
    // given lazy files whose reads are recorded
    const read: string[] = [];
    const lazy = (f: ProjectFile): LazyProjectFile => ({ path: f.path, read: async () => { read.push(f.path); return f.text; } });
    // when
    const project = await readLazyFiles([...FIELD_FILES, ...caseLifecycleFiles()].map(lazy));
    // then
    expect(lookupTarget(project.objects, 'Case', 'Parent_Case__c')).toBe('Case');
    expect(read.filter((p) => p.includes('/objects/'))).toEqual([`${OBJECTS}/Case/fields/Parent_Case__c.field-meta.xml`, `${OBJECTS}/Case/fields/Customer_Satisfied__c.field-meta.xml`]);
    expect(read.findIndex((p) => p.includes('/objects/'))).toBeGreaterThan(read.findLastIndex((p) => p.endsWith('.flow-meta.xml')));
  });

  it('from a .zip, and as a retrieved package', () => {
    const archive = (files: ProjectFile[]) => zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])));
    const fromZip = readZip(archive([...caseLifecycleFiles(), ...FIELD_FILES]));
    expect(lookupTarget(fromZip.objects, 'Case', 'Parent_Case__c')).toBe('Case');
    const caseObject = `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fields>\n        <fullName>Parent_Case__c</fullName>\n        <referenceTo>Case</referenceTo>\n        <type>Lookup</type>\n    </fields>\n</CustomObject>\n`;
    const retrieved = readZip(archive([...asRetrievedPackage(caseLifecycleFiles()), { path: 'unpackaged/objects/Case.object', text: caseObject }]));
    expect(retrieved.orchestrations.map((o) => o.apiName)).toEqual(['Case_Lifecycle']);
    expect(lookupTarget(retrieved.objects, 'Case', 'Parent_Case__c')).toBe('Case');
  });
});

describe('a picklist\'s values for a requirement row', () => {
  const objects = new Map([['Case', new Map([['Tier__c', { name: 'Tier__c', type: 'Picklist', values: ['Gold', 'Silver'] }], ['Note__c', { name: 'Note__c', type: 'Text' }]])]]);

  const onCase = new Map([['$Record', 'Case'], ['$Record__Prior', 'Case'], ['otherCase', 'Case']]);

  it('are those the project lists for the field $Record, $Record__Prior or a Record variable reads, in any case', () => {
    expect(picklistValuesOf(objects, onCase, '$Record.Tier__c')).toEqual(['Gold', 'Silver']);
    expect(picklistValuesOf(objects, onCase, '$Record__Prior.tier__c')).toEqual(['Gold', 'Silver']);
    expect(picklistValuesOf(objects, onCase, 'otherCase.Tier__c')).toEqual(['Gold', 'Silver']);
  });

  it('follow relationships to the related record\'s object: a custom lookup by its <referenceTo>, a standard one by its name', () => {
    const withRelated: ProjectObjects = new Map([
      ['Case', new Map<string, ProjectField>([...objects.get('Case')!, ['Parent_Case__c', { name: 'Parent_Case__c', type: 'Lookup', referenceTo: ['Case'] }]])],
      ['Account', new Map<string, ProjectField>([['Type', { name: 'Type', type: 'Picklist', values: ['Customer', 'Partner'], standard: true }]])],
    ]);
    expect(picklistValuesOf(withRelated, onCase, '$Record.Parent_Case__r.Tier__c')).toEqual(['Gold', 'Silver']);
    expect(picklistValuesOf(withRelated, onCase, '$Record.Account.Type')).toEqual(['Customer', 'Partner']);
  });

  it('are none for another field, a path through an unknown relationship, another object, or no project', () => {
    const onAccount = new Map([['$Record', 'Account']]);
    const none = [picklistValuesOf(objects, onCase, '$Record.Note__c'), picklistValuesOf(objects, onCase, '$Record.Parent__r.Tier__c'), picklistValuesOf(objects, onAccount, '$Record.Tier__c'), picklistValuesOf(undefined, onCase, '$Record.Tier__c'), picklistValuesOf(objects, onCase, 'unknown.Tier__c')];
    expect(none).toEqual([[], [], [], [], []]);
    // one and the same empty list, so a store selector gets the same answer each time
    expect(new Set(none).size).toBe(1);
  });
});

