// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { lookupTarget } from '../../io/project/objectFields';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { caseLifecycleFiles } from '../../io/project/testing/projectFiles';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { openFromProject } from './projectSession';
import { useProjectSession } from './projectState';

const PARENT_CASE = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Parent_Case__c</fullName>
    <label>Parent Case</label>
    <referenceTo>Case</referenceTo>
    <relationshipName>Child_Cases</relationshipName>
    <type>Lookup</type>
</CustomField>
`;

beforeEach(() => resetStores());

it('an orchestration opened from a project keeps the project\'s fields of its trigger object beside its file link', () => {
  // given the CaseLifecycle project with Case's Parent_Case__c lookup
  const project = projectFromFiles([...caseLifecycleFiles(), { path: 'force-app/main/default/objects/Case/fields/Parent_Case__c.field-meta.xml', text: PARENT_CASE }]);
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  // when
  openFromProject(useAppStore, 'Case_Lifecycle');
  // then
  const link = useAppStore.getState().projectFile;
  expect(link?.apiName).toBe('Case_Lifecycle');
  expect(lookupTarget(link?.objects, 'Case', 'Parent_Case__c')).toBe('Case');
});

it('a project without object metadata links the file alone', () => {
  useProjectSession.setState({ picking: { project: projectFromFiles(caseLifecycleFiles()), name: 'CaseLifecycle', handle: null }, current: null });
  openFromProject(useAppStore, 'Case_Lifecycle');
  expect(useAppStore.getState().projectFile).toEqual({ project: 'CaseLifecycle', apiName: 'Case_Lifecycle', path: 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml', writable: false });
});
