/**
 * The custom settings a project's flows read through `$Setup` (customSettings.ts): found in an SFDX
 * project's `objects/X/` or a retrieved package's `objects/X.object`, read only for the settings the
 * flows reference, and carried by each flow's definition that reads them.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { flowOf } from '../../flows/interpreter/testing/build';
import { readCustomSettings, settingObjectsOf, withReferencedSettings } from './customSettings';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { asRetrievedPackage, automationSwitchFiles } from './testing/projectFiles';
import type { LazyProjectFile, ProjectFile } from './types';

const OBJECTS = 'force-app/main/default/objects';

/** Automation_Settings__c as a retrieved package holds it: one `.object` file with its fields. */
const RETRIEVED_SETTING = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <customSettingsType>Hierarchy</customSettingsType>
    <enableFeeds>false</enableFeeds>
    <fields>
        <fullName>Disable_Flows__c</fullName>
        <defaultValue>true</defaultValue>
        <externalId>false</externalId>
        <label>Disable Flows</label>
        <type>Checkbox</type>
    </fields>
    <fields>
        <fullName>Routing_Queue__c</fullName>
        <defaultValue>&quot;Retrieved_Queue&quot;</defaultValue>
        <label>Routing Queue</label>
        <length>80</length>
        <type>Text</type>
    </fields>
    <label>Automation Settings</label>
    <visibility>Public</visibility>
</CustomObject>
`;

describe('custom settings read from a project', () => {
  it('$Setup references name the settings to read, ignoring case', () => {
    expect([...settingObjectsOf(['<elementReference>$Setup.Automation_Settings__c.Disable_Flows__c</elementReference>', '{!$setup.automation_settings__C.Max__c} + {!$Label.X}', 'no setting'])]).toEqual(['automation_settings__c']);
  });

  it('an SFDX project: the setting\'s type from its object file, its fields\' types and defaults from their files; a List setting is known as one', () => {
    // when
    const { settings, problems } = readCustomSettings(automationSwitchFiles(), new Set(['automation_settings__c', 'country_codes__c']));
    // then
    expect(problems).toEqual([]);
    const automation = settings.get('automation_settings__c');
    expect(automation?.name).toBe('Automation_Settings__c');
    expect(automation?.settingsType).toBe('Hierarchy');
    expect([...automation!.fields.values()].map((f) => [f.name, f.type, f.defaultValue ?? null])).toEqual([
      ['Disable_Flows__c', 'Checkbox', 'false'], ['Escalation_Email__c', 'Email', null], ['Max_Reminders__c', 'Number', '2'], ['Routing_Queue__c', 'Text', '"Support_Tier_1"'],
    ]);
    expect(settings.get('country_codes__c')?.settingsType).toBe('List');
  });

  it('a retrieved package: the setting\'s .object file gives its type and fields', () => {
    // when
    const { settings } = readCustomSettings([{ path: 'unpackaged/objects/Automation_Settings__c.object', text: RETRIEVED_SETTING }], new Set(['automation_settings__c']));
    // then
    const automation = settings.get('automation_settings__c');
    expect(automation?.settingsType).toBe('Hierarchy');
    expect(automation?.fields.get('Routing_Queue__c')).toEqual({ name: 'Routing_Queue__c', type: 'Text', label: 'Routing Queue', defaultValue: '"Retrieved_Queue"' });
  });

  it('an object file that cannot be read is a warning naming it; its fields are still read', () => {
    // given a broken object file beside a good field file
    const files: ProjectFile[] = [
      { path: `${OBJECTS}/Automation_Settings__c/Automation_Settings__c.object-meta.xml`, text: '<CustomObject>\n<customSettingsType>Hierarchy</CustomObject>' },
      ...automationSwitchFiles().filter((f) => f.path.endsWith('Disable_Flows__c.field-meta.xml')),
    ];
    // when
    const { settings, problems } = readCustomSettings(files, new Set(['automation_settings__c']));
    // then
    expect(problems.map((p) => [p.file, p.severity, p.line])).toEqual([[`${OBJECTS}/Automation_Settings__c/Automation_Settings__c.object-meta.xml`, 'warning', 2]]);
    expect(settings.get('automation_settings__c')?.fields.get('Disable_Flows__c')?.defaultValue).toBe('false');
  });

  it('from a folder: only the settings the flows reference are read, after the flows (not the List setting nor Account no flow reads)', async () => {
    // given lazy files whose reads are recorded
    const read: string[] = [];
    const lazy = (f: ProjectFile): LazyProjectFile => ({ path: f.path, read: async () => { read.push(f.path); return f.text; } });
    // when
    const project = await readLazyFiles(automationSwitchFiles().map(lazy));
    // then
    expect([...project.customSettings!.keys()]).toEqual(['automation_settings__c']);
    const objectsRead = read.filter((p) => p.includes('/objects/'));
    expect(objectsRead.filter((p) => !p.includes('/objects/Case/')).sort()).toEqual([
      `${OBJECTS}/Automation_Settings__c/Automation_Settings__c.object-meta.xml`,
      `${OBJECTS}/Automation_Settings__c/fields/Disable_Flows__c.field-meta.xml`,
      `${OBJECTS}/Automation_Settings__c/fields/Escalation_Email__c.field-meta.xml`,
      `${OBJECTS}/Automation_Settings__c/fields/Max_Reminders__c.field-meta.xml`,
      `${OBJECTS}/Automation_Settings__c/fields/Routing_Queue__c.field-meta.xml`,
    ]);
    expect(read.findIndex((p) => p.includes('/objects/'))).toBeGreaterThan(read.findLastIndex((p) => p.endsWith('.flow-meta.xml')));
  });

  it('from a .zip of a retrieved package: the setting\'s .object is read with the flows', () => {
    // given the flows as a retrieved package, with the setting's .object
    const flows = automationSwitchFiles().filter((f) => f.path.endsWith('.flow-meta.xml'));
    const archive = zipSync(Object.fromEntries([...asRetrievedPackage(flows), { path: 'unpackaged/objects/Automation_Settings__c.object', text: RETRIEVED_SETTING }].map((f) => [f.path, strToU8(f.text)])));
    // when
    const project = readZip(archive);
    // then
    expect(project.customSettings?.get('automation_settings__c')?.fields.get('Disable_Flows__c')?.defaultValue).toBe('true');
  });

  it('each flow opened from the project carries the settings it references, with the fields it reads', () => {
    // when
    const opened = openOrchestration(projectFromFiles(automationSwitchFiles()), 'Case_Intake');
    // then
    if (!opened.ok) throw new Error(JSON.stringify(opened.report));
    const route = opened.doc.flows?.find((f) => f.name === 'Route_Case')?.definition as { customSettings?: unknown } | undefined;
    expect(route?.customSettings).toEqual({
      Automation_Settings__c: {
        settingsType: 'Hierarchy',
        fields: {
          Disable_Flows__c: { type: 'Checkbox', defaultValue: 'false' },
          Routing_Queue__c: { type: 'Text', defaultValue: '"Support_Tier_1"' },
          Max_Reminders__c: { type: 'Number', defaultValue: '2' },
          Escalation_Email__c: { type: 'Email' },
        },
      },
    });
  });

  it('a flow that reads a setting the project does not declare carries an empty list of settings; one that reads none is unchanged', () => {
    // given two definitions: one reading $Setup.Missing__c.X__c, one reading nothing
    const reading = flowOf([], { formulas: [{ name: 'F', dataType: 'Boolean', expression: '{!$Setup.Missing__c.X__c}' }] });
    const plain = flowOf([]);
    const settings = readCustomSettings(automationSwitchFiles(), new Set(['automation_settings__c'])).settings;
    // when / then
    expect(withReferencedSettings(reading, settings).customSettings).toEqual({});
    expect(withReferencedSettings(plain, settings)).toBe(plain);
    expect(withReferencedSettings(reading, undefined)).toBe(reading);
  });
});
