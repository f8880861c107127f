/**
 * A namespaced project read as a whole (the app's folder, `simulate` and `test`): its
 * sfdx-project.json's namespace is read with the flows, and its flows name its own custom setting
 * with the prefix, as a packaging org saves them (SalesforceLabs/AnimalShelterStarter's shape, here
 * on the AutomationSwitch fixture, rewritten).
 */
import { describe, expect, it } from 'vitest';
import { openOrchestration } from './openOrchestration';
import { readLazyFiles } from './readLazyFiles';
import { automationSwitchFiles } from './testing/projectFiles';
import type { LazyProjectFile, ProjectFile } from './types';

/** AutomationSwitch with the namespace "sw" declared and its flows spelling the setting and its fields with it. */
function namespacedFiles(): ProjectFile[] {
  return automationSwitchFiles().map((f) => {
    if (f.path === 'sfdx-project.json') return { ...f, text: JSON.stringify({ ...JSON.parse(f.text), namespace: 'sw' }) };
    if (!f.path.endsWith('.flow-meta.xml')) return f;
    return { ...f, text: f.text.replace(/\$Setup\.Automation_Settings__c\./g, '$Setup.sw__Automation_Settings__c.sw__') };
  });
}

const lazy = (f: ProjectFile): LazyProjectFile => ({ path: f.path, read: async () => f.text });

describe('a namespaced project: its flows are read without its own prefix', () => {
  it('reads the namespace with the flows, finds the setting its flows spell with the prefix, and runs them with its defaults', async () => {
    // given the project's files, the flows spelling $Setup.sw__Automation_Settings__c.sw__Disable_Flows__c
    const files = namespacedFiles();
    expect(files.some((f) => f.text.includes('$Setup.sw__Automation_Settings__c.sw__Disable_Flows__c'))).toBe(true);
    // when it is read from a folder, as the app and the command line read one
    const project = await readLazyFiles(files.map(lazy));
    // then
    expect(project.namespace).toBe('sw');
    expect([...(project.customSettings?.keys() ?? [])]).toEqual(['automation_settings__c']);
    const opened = openOrchestration(project, 'Case_Intake');
    if (!opened.ok) throw new Error(JSON.stringify(opened.report));
    const route = opened.doc.flows?.find((f) => f.name === 'Route_Case');
    expect(JSON.stringify(route?.definition)).not.toContain('sw__');
    expect((route?.definition as { customSettings?: Record<string, { fields: Record<string, unknown> }> }).customSettings?.Automation_Settings__c?.fields.Disable_Flows__c).toEqual({ type: 'Checkbox', defaultValue: 'false' });
  });
});
