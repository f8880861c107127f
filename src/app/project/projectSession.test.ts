// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { lookupTarget } from '../../io/project/objectFields';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { caseLifecycleFiles } from '../../io/project/testing/projectFiles';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { selectProblems } from '../../store/selectors';
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
  const flowsOnly = caseLifecycleFiles().filter((f) => f.path.endsWith('.flow-meta.xml'));
  useProjectSession.setState({ picking: { project: projectFromFiles(flowsOnly), name: 'CaseLifecycle', handle: null }, current: null });
  openFromProject(useAppStore, 'Case_Lifecycle');
  expect(useAppStore.getState().projectFile).toEqual({ project: 'CaseLifecycle', apiName: 'Case_Lifecycle', path: 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml', writable: false });
});

it('the project\'s checks stay live: a picklist value it does not list is a warning on the row until it is mended', () => {
  // given CaseLifecycle's Resolve step waiting for $Record.Tier__c = "Gould", and Tier__c's values Gold and Silver
  const tier = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Tier__c</fullName>
    <type>Picklist</type>
    <valueSet>
        <valueSetDefinition>
            <value><fullName>Gold</fullName></value>
            <value><fullName>Silver</fullName></value>
        </valueSetDefinition>
    </valueSet>
</CustomField>
`;
  const files = caseLifecycleFiles().map((f) => (f.path.endsWith('Case_Lifecycle.flow-meta.xml')
    ? { ...f, text: f.text.replace('<leftValueReference>$Record.Status</leftValueReference>', '<leftValueReference>$Record.Tier__c</leftValueReference>').replace('<stringValue>Resolved</stringValue>', '<stringValue>Gould</stringValue>') }
    : f));
  const project = projectFromFiles([...files, { path: 'force-app/main/default/objects/Case/fields/Tier__c.field-meta.xml', text: tier }]);
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  // when
  openFromProject(useAppStore, 'Case_Lifecycle');
  // then the row carries the warning
  const row = 'stages[2].steps[0].start.requirements[0].right.string';
  expect(selectProblems(useAppStore.getState()).at(row)).toEqual([expect.stringMatching(/^Warning: \$Record\.Tier__c: "Gould" is not one of the values the project lists for Case\.Tier__c \(Gold, Silver\)/)]);
  // when the value is mended
  const doc = useAppStore.getState().doc;
  const mended = structuredClone(doc);
  const start = mended.stages[2]!.steps[0]!.start;
  if (start?.mode !== 'requirements') throw new Error('the Resolve step waits for a requirement');
  start.requirements[0]!.right = { string: 'Gold' };
  useAppStore.setState({ doc: mended });
  // then
  expect(selectProblems(useAppStore.getState()).at(row)).toEqual([]);
});
