/**
 * Standard picklists' values from a project's standard value sets (valueSets.ts): Case's
 * Status values from `standardValueSets/CaseStatus`, checked and offered like a custom picklist's.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { globalValueSetOf, readGlobalValueSets, readStandardValueSets, standardValueSetOf } from './valueSets';
import { asRetrievedPackage, caseLifecycleFiles } from './testing/projectFiles';
import type { LazyProjectFile, ProjectFile } from './types';

const ORCHESTRATION = 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml';
const STAGES = `<?xml version="1.0" encoding="UTF-8"?>\n<StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata">\n    <standardValue>\n        <fullName>Prospecting</fullName>\n    </standardValue>\n</StandardValueSet>\n`;

describe('standard value sets', () => {
  it('are known by their file, in either format', () => {
    expect(standardValueSetOf('force-app/main/default/standardValueSets/CaseStatus.standardValueSet-meta.xml')).toBe('CaseStatus');
    expect(standardValueSetOf('unpackaged/standardValueSets/CaseStatus.standardValueSet')).toBe('CaseStatus');
    expect(standardValueSetOf('force-app/main/default/globalValueSets/Tiers.globalValueSet-meta.xml')).toBeNull();
  });

  it('give Case.Status the values CaseLifecycle\'s CaseStatus lists, inactive ones too', () => {
    const files = caseLifecycleFiles().filter((f) => f.path.includes('standardValueSets'));
    expect(readStandardValueSets(files, new Set(['CaseStatus'])).sets.get('CaseStatus')).toEqual(['New', 'Working', 'Escalated', 'Resolved', 'Reopened', 'Closed']);
    const project = projectFromFiles(caseLifecycleFiles());
    expect(project.objects?.get('Case')?.get('Status')).toEqual({ name: 'Status', type: 'Picklist', values: ['New', 'Working', 'Escalated', 'Resolved', 'Reopened', 'Closed'], standard: true });
  });

  it('make a misspelt status a warning where it is written, and the real one none', () => {
    const open = (status: string) => {
      const files = caseLifecycleFiles().map((f) => (f.path === ORCHESTRATION ? { ...f, text: f.text.replace('<stringValue>Resolved</stringValue>', `<stringValue>${status}</stringValue>`) } : f));
      const opened = openOrchestration(projectFromFiles(files), 'Case_Lifecycle');
      if (!opened.ok) throw new Error('not opened');
      return opened.report.filter((p) => p.message.includes('is not one of the values')).map((p) => `${p.path}: ${p.message}`);
    };
    expect(open('Resolved')).toEqual([]);
    expect(open('Resolvd')).toEqual([
      'stages[2].steps[0].start.requirements[0].right.string: $Record.Status: "Resolvd" is not one of the values the project lists for Case.Status (New, Working, Escalated, Resolved, Reopened, Closed), so the condition can never be met; check the spelling',
    ]);
  });

  it('alone say nothing of custom fields: no field is reported undeclared', () => {
    const files = caseLifecycleFiles().map((f) => (f.path === ORCHESTRATION ? { ...f, text: f.text.replace('<leftValueReference>$Record.Status</leftValueReference>', '<leftValueReference>$Record.Tier__c</leftValueReference>') } : f));
    const opened = openOrchestration(projectFromFiles(files), 'Case_Lifecycle');
    expect(opened.ok && opened.report.filter((p) => p.message.includes('has no field'))).toEqual([]);
  });

  it('are read from a folder only for the trigger objects\' picklists, and from a .zip or a retrieved package', async () => {
    // given another object's set beside Case's
    const extra: ProjectFile = { path: 'force-app/main/default/standardValueSets/OpportunityStage.standardValueSet-meta.xml', text: STAGES };
    const read: string[] = [];
    const lazy = (f: ProjectFile): LazyProjectFile => ({ path: f.path, read: async () => { read.push(f.path); return f.text; } });
    // when
    const fromFolder = await readLazyFiles([...caseLifecycleFiles(), extra].map(lazy));
    // then
    expect(fromFolder.objects?.get('Case')?.get('Status')?.values).toHaveLength(6);
    expect(read).not.toContain(extra.path);
    const zip = (files: ProjectFile[]) => readZip(zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)]))));
    expect(zip(caseLifecycleFiles()).objects?.get('Case')?.get('Status')?.values).toHaveLength(6);
    const set = caseLifecycleFiles().find((f) => f.path.includes('standardValueSets'))!;
    const retrieved = zip([...asRetrievedPackage(caseLifecycleFiles()), { path: 'unpackaged/standardValueSets/CaseStatus.standardValueSet', text: set.text }]);
    expect(retrieved.objects?.get('Case')?.get('Status')?.values).toContain('Resolved');
  });
});

describe('global value sets', () => {
  const TIERS = `<?xml version="1.0" encoding="UTF-8"?>\n<GlobalValueSet xmlns="http://soap.sforce.com/2006/04/metadata">\n    <customValue>\n        <fullName>Gold</fullName>\n        <default>false</default>\n        <label>Gold</label>\n    </customValue>\n    <customValue>\n        <fullName>Silver</fullName>\n        <default>false</default>\n        <label>Silver</label>\n    </customValue>\n    <masterLabel>Tiers</masterLabel>\n    <sorted>false</sorted>\n</GlobalValueSet>\n`;
  const TIER_FIELD = `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>Tier__c</fullName>\n    <type>Picklist</type>\n    <valueSet>\n        <restricted>true</restricted>\n        <valueSetName>Tiers</valueSetName>\n    </valueSet>\n</CustomField>\n`;
  const files = (tiers: string): ProjectFile[] => [
    ...caseLifecycleFiles().map((f) => (f.path === ORCHESTRATION ? { ...f, text: f.text.replace('<leftValueReference>$Record.Status</leftValueReference>', '<leftValueReference>$Record.Tier__c</leftValueReference>').replace('<stringValue>Resolved</stringValue>', `<stringValue>${tiers}</stringValue>`) } : f)),
    { path: 'force-app/main/default/objects/Case/fields/Tier__c.field-meta.xml', text: TIER_FIELD },
    { path: 'force-app/main/default/globalValueSets/Tiers.globalValueSet-meta.xml', text: TIERS },
  ];

  it('are known by their file, in either format', () => {
    expect(globalValueSetOf('force-app/main/default/globalValueSets/Tiers.globalValueSet-meta.xml')).toBe('Tiers');
    expect(globalValueSetOf('unpackaged/globalValueSets/Tiers.globalValueSet')).toBe('Tiers');
  });

  it('give a custom picklist that names one its values, checked like its own', async () => {
    // given / when
    const project = projectFromFiles(files('Gold'));
    // then
    expect(project.objects?.get('Case')?.get('Tier__c')).toMatchObject({ valueSet: 'Tiers', values: ['Gold', 'Silver'] });
    const opened = openOrchestration(projectFromFiles(files('Platinum')), 'Case_Lifecycle');
    expect(opened.ok && opened.report.filter((p) => p.message.includes('is not one of the values')).map((p) => p.message)).toEqual([
      '$Record.Tier__c: "Platinum" is not one of the values the project lists for Case.Tier__c (Gold, Silver), so the condition can never be met; check the spelling',
    ]);
    // and from a folder, read with the object's metadata
    const fromFolder = await readLazyFiles(files('Gold').map((f) => ({ path: f.path, read: async () => f.text })));
    expect(fromFolder.objects?.get('Case')?.get('Tier__c')?.values).toEqual(['Gold', 'Silver']);
  });
});

describe('a value set file that cannot be used', () => {
  it('is a warning at its file (and line, when the XML is broken), and the others are kept', () => {
    const broken = { path: 'force-app/main/default/standardValueSets/CaseStatus.standardValueSet-meta.xml', text: '<StandardValueSet>\n<standardValue>\n</StandardValueSet>' };
    const standard = readStandardValueSets([broken], new Set(['CaseStatus']));
    expect(standard.sets.size).toBe(0);
    expect(standard.problems.map((p) => [p.file, p.severity, p.line])).toEqual([[broken.path, 'warning', 3]]);
    const wrongRoot = { path: 'force-app/main/default/globalValueSets/Tiers.globalValueSet-meta.xml', text: '<CustomField><fullName>Tiers</fullName></CustomField>' };
    const good = { path: 'force-app/main/default/globalValueSets/Sizes.globalValueSet-meta.xml', text: '<GlobalValueSet><customValue><fullName>S</fullName></customValue></GlobalValueSet>' };
    const global = readGlobalValueSets([wrongRoot, good]);
    expect(global.problems.map((p) => p.message)).toEqual(['global value set not read: its root element is not <GlobalValueSet>']);
    expect(global.sets.get('Sizes')).toEqual(['S']);
  });
});

