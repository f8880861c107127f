/**
 * The objects of an orchestration's Record variables have their metadata read too (a User for
 * `curUser`), so the project's checks cover `curUser.X__c` as they cover `$Record.X__c`. On the
 * real DeactivateUser project, with User field files added.
 */
import { describe, expect, it } from 'vitest';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { realProjectFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';
import { undeclaredFieldProblems } from './undeclaredFields';

const USER_FIELDS = 'force-app/main/default/objects/User/fields';
const field = (name: string, type: string): ProjectFile => ({
  path: `${USER_FIELDS}/${name}.field-meta.xml`,
  text: `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n    <type>${type}</type>\n</CustomField>\n`,
});

describe('the objects of Record variables', () => {
  it('are listed with the orchestration and read with the trigger objects (curUser: User)', async () => {
    const files = [...realProjectFiles('DeactivateUser'), field('Reassignment_Requested__c', 'Checkbox')];
    const project = projectFromFiles(files);
    expect(project.orchestrations.find((o) => o.apiName === 'Handle_User_Deactivation_auto')?.recordObjects).toEqual(['User']);
    expect(project.objects?.get('User')?.get('Reassignment_Requested__c')?.type).toBe('Checkbox');
    const fromFolder = await readLazyFiles(files.map((f) => ({ path: f.path, read: async () => f.text })));
    expect(fromFolder.objects?.get('User')?.has('Reassignment_Requested__c')).toBe(true);
  });

  it('make a custom field read of curUser that User does not declare a warning, at its path', () => {
    // given the autolaunched orchestration, one of whose assignees is made to read curUser.Regoin__c
    const project = projectFromFiles([...realProjectFiles('DeactivateUser'), field('Region__c', 'Text')]);
    const opened = openOrchestration(project, 'Handle_User_Deactivation_auto');
    if (!opened.ok) throw new Error('not opened');
    const doc = structuredClone(opened.doc);
    const step = doc.stages.flatMap((s) => s.steps).find((s) => s.assignee)!;
    step.assignee = { ...step.assignee!, name: 'curUser.Regoin__c' };
    // when / then
    expect(undeclaredFieldProblems(doc, project.objects, 'x').map((p) => p.message)).toEqual([
      "curUser.Regoin__c: the project's User has no field Regoin__c (none of its field files declares it); check the name, or add the field's metadata to the project",
    ]);
    expect(undeclaredFieldProblems(opened.doc, project.objects, 'x')).toEqual([]);
  });

  it('check the real record-triggered orchestration\'s entry condition against User\'s fields', () => {
    // User_deactivation_orchestration starts when Reassignment_Requested__c is true
    const report = (files: ProjectFile[]) => {
      const opened = openOrchestration(projectFromFiles([...realProjectFiles('DeactivateUser'), ...files]), 'User_deactivation_orchestration');
      return opened.ok ? opened.report.filter((p) => p.message.includes('has no field')).map((p) => p.path) : ['not opened'];
    };
    expect(report([field('Reassignment_Requested__c', 'Checkbox')])).toEqual([]);
    expect(report([field('Region__c', 'Text')])).toEqual(['trigger.entryConditions.filters[0].field']);
  });
});
