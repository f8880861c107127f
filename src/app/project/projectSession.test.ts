// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { lookupTarget } from '../../io/project/objectFields';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { autolaunchedXml, caseLifecycleFiles, flowFile, orchestrationXml } from '../../io/project/testing/projectFiles';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { selectProblems, selectProjectFlowOffer, selectProjectPath } from '../../store/selectors';
import { offerProject, openFromProject, startInProject } from './projectSession';
import { updateOrchestration } from '../../commands/updateOrchestration';
import { takenNames } from '../../commands/queries';
import { useProjectSession } from './projectState';
import { emptyOrchestration } from '../../model/factories';

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
  const { flowOffer, ...link } = useAppStore.getState().projectFile ?? {};
  expect(link).toEqual({ project: 'CaseLifecycle', apiName: 'Case_Lifecycle', path: 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml', writable: false, savedNames: [...takenNames(useAppStore.getState().doc), 'Route.Escalate', 'Was_Reopened.Reopened'], checkboxesOf: expect.any(Function) });
  // the project's flows come along, offered to the Flow pickers (the orchestration itself is not one)
  expect(flowOffer?.project).toBe('CaseLifecycle');
  expect(flowOffer?.flows.map((f) => f.name).sort()).toEqual(flowsOnly.filter((f) => !f.path.endsWith('Case_Lifecycle.flow-meta.xml')).map((f) => f.path.split('/').pop()!.replace('.flow-meta.xml', '')).sort());
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

it('an orchestration opens with the scenarios kept beside it in the project; a file that cannot be used is a warning of that file in the report', () => {
  // given CaseLifecycle with a scenario file, a folder of two (one without a name, one not a scenario), and the design's own scenarios open
  const flows = 'force-app/main/default/flows';
  const scenario = (extra: object) => JSON.stringify({ format: 'stageflow.scenario', version: 1, events: [], ...extra });
  const project = projectFromFiles([
    ...caseLifecycleFiles(),
    { path: `${flows}/Case_Lifecycle.scenario.json`, text: scenario({ name: 'Resolved', expectations: [{ kind: 'runStatus', status: 'Completed' }] }) },
    { path: `${flows}/Case_Lifecycle.scenarios/escalated.json`, text: scenario({ record: { Priority: 'High' } }) },
    { path: `${flows}/Case_Lifecycle.scenarios/broken.json`, text: '{"format": "stageflow.scenario", "version": 1, "events": [{"at": "soon"}]}' },
  ]);
  useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'Of the design open before', events: [] }]);
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  // when
  openFromProject(useAppStore, 'Case_Lifecycle');
  // then the project's scenarios replace those open, in the order stageflow test takes them, named after their file when they have no name
  expect(useAppStore.getState().scenarios.map((s) => s.name)).toEqual(['Resolved', 'escalated']);
  const report = useAppStore.getState().importReport;
  expect(report?.ok).toBe(true);
  expect(report?.problems.filter((p) => p.path.includes('broken.json'))).toEqual([
    expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^scenario not used: /) }),
  ]);
});

it('a project scenario whose name is only spaces, or a zero-width space, is named after its file, as stageflow test names it', () => {
  // given scenario files of the folder whose "name" is blank
  const flows = 'force-app/main/default/flows';
  const blank = (file: string, name: string) => ({ path: `${flows}/Case_Lifecycle.scenarios/${file}.json`, text: JSON.stringify({ format: 'stageflow.scenario', version: 1, name, events: [] }) });
  const project = projectFromFiles([...caseLifecycleFiles(), blank('late', '   '), blank('zwsp', '\u200b')]);
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  // when
  openFromProject(useAppStore, 'Case_Lifecycle');
  // then it is "late", where the app kept the spaces (the list showed it as "Scenario 1") and the CLI said "late"
  expect(useAppStore.getState().scenarios.map((s) => s.name)).toEqual(['late', 'zwsp']);
});

it('a draft orchestration whose step flow is a Draft opens with that error listed, instead of being refused: the admin mends it once it is open', () => {
  // given a draft orchestration calling a flow whose file is a Draft (inactive, R25: an error), as survey 6's lumon project holds
  const draft = orchestrationXml('Order flow', 'Reserve').replace('<status>Active</status>', '<status>Draft</status>');
  const project = projectFromFiles([flowFile('Order_Flow', draft), flowFile('Reserve', autolaunchedXml('Reserve', { status: 'Draft' }))]);
  useProjectSession.setState({ picking: { project, name: 'Orders', handle: null }, current: null });
  // when
  openFromProject(useAppStore, 'Order_Flow');
  // then the design is open, linked to its file, and the report lists the error among what it opened with
  expect(useAppStore.getState().doc.name).toBe('Order_Flow');
  expect(useAppStore.getState().projectFile?.apiName).toBe('Order_Flow');
  const report = useAppStore.getState().importReport;
  expect(report?.ok).toBe(true);
  expect(report?.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/flow "Reserve" is not active/) }));
  // and the design's problems hold it, so the canvas marks the step and Run refuses
  expect(selectProblems(useAppStore.getState()).all.some((p) => p.severity === 'error')).toBe(true);
});

it('a project flow file that cannot be read is a warning of the opened orchestration, not a problem blocking its run: it runs with a placeholder, as the command line says ok', () => {
  // given CaseLifecycle with one of its step flows cut short
  const project = projectFromFiles(caseLifecycleFiles().map((f) => (f.path.endsWith('/Classify_Case.flow-meta.xml') ? { ...f, text: f.text.slice(0, 300) } : f)));
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  // when
  openFromProject(useAppStore, 'Case_Lifecycle');
  // then the report lists the file as a warning, and the design has no error that would block a run
  const report = useAppStore.getState().importReport;
  expect(report?.ok).toBe(true);
  expect(report?.problems.filter((p) => p.path.includes('Classify_Case.flow-meta.xml:'))).toEqual([
    expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^not read: /) }),
  ]);
  expect(report?.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(selectProblems(useAppStore.getState()).all.filter((p) => p.severity === 'error')).toEqual([]);
});

it('a project with flows and no orchestration is offered to start one in (the picker opens); one without any flow is reported', () => {
  // given a project of flows only
  useAppStore.setState({ importReport: null });
  const flowsOnly = projectFromFiles([flowFile('Reserve', autolaunchedXml('Reserve'))]);
  // when it is offered
  offerProject(useAppStore, flowsOnly, 'shop', null);
  // then the picker lists no orchestration, to start a new one, and nothing is reported
  expect(useProjectSession.getState().picking?.name).toBe('shop');
  expect(useAppStore.getState().importReport).toBeNull();
  // and a folder with no flow at all says why nothing opened
  useProjectSession.setState({ picking: null });
  offerProject(useAppStore, projectFromFiles([]), 'empty', null);
  expect(useProjectSession.getState().picking).toBeNull();
  expect(useAppStore.getState().importReport?.problems.map((p) => p.message)).toEqual(['no orchestration was found (no *.flow-meta.xml or *.flow file with <processType>Orchestrator</processType>)']);
  // at the folder opened, not at "document" (an imported file's word)
  expect(useAppStore.getState().importReport?.problems.map((p) => p.path)).toEqual(['empty']);
});

it('a new orchestration started in a project offers its flows, and keeps them while its label (and API name) changes', async () => {
  // given a project of flows only, in the picker
  useProjectSession.setState({ picking: { project: projectFromFiles([flowFile('Reserve', autolaunchedXml('Reserve'))]), name: 'shop', handle: null }, current: null });
  // when a new orchestration is started in it and renamed
  await startInProject(useAppStore);
  useAppStore.getState().dispatch(updateOrchestration, { label: 'Ship order', name: 'Ship_order' });
  // then it is empty, the picker closed, the project's flows offered, its file to be beside them
  const state = useAppStore.getState();
  expect(state.doc.stages).toEqual([]);
  expect(useProjectSession.getState().picking).toBeNull();
  expect(selectProjectFlowOffer(state)?.flows.map((f) => f.name)).toEqual(['Reserve']);
  expect(selectProjectPath(state)).toBe('force-app/main/default/flows/Ship_order.flow-meta.xml');
  expect(state.notices.at(-1)?.text).toBe('New orchestration in shop: its steps can call the project\'s 1 flow. Save to project writes it beside them, in force-app/main/default/flows.');
});

it('an orchestration opened over another design the admin worked on opens as a new design, and that one stays in Designs under its name (chosen)', async () => {
  // given a stored design, relabelled by the admin, open
  useAppStore.getState().openUnsavedDesign(emptyOrchestration('Depot_Sweep', 'Depot Sweep EDITED'), []);
  useAppStore.getState().setSaveState({ designId: 'depot-sweep', revision: 4, saveStatus: 'saved' });
  useProjectSession.setState({ picking: { project: projectFromFiles(caseLifecycleFiles()), name: 'CaseLifecycle', handle: null }, current: null });
  // when another project's orchestration is opened
  await openFromProject(useAppStore, 'Case_Lifecycle');
  // then it is a design of its own (not stored over depot-sweep), and the notice says where the other went
  expect(useAppStore.getState().doc.name).toBe('Case_Lifecycle');
  expect(useAppStore.getState().designId).toBeNull();
  expect(useAppStore.getState().notices.map((n) => n.text)).toContain('“Depot Sweep EDITED” stays in Designs (File ▸ Designs…); Case_Lifecycle opened as a design of its own.');
});

it('the same orchestration opened again from its project opens in place, a new version of the stored design', async () => {
  useAppStore.setState({ notices: [] });
  useAppStore.getState().openUnsavedDesign(emptyOrchestration('Case_Lifecycle', 'Case Lifecycle (edited)'), []);
  useAppStore.getState().setSaveState({ designId: 'case-lifecycle', revision: 2, saveStatus: 'saved' });
  useProjectSession.setState({ picking: { project: projectFromFiles(caseLifecycleFiles()), name: 'CaseLifecycle', handle: null }, current: null });
  await openFromProject(useAppStore, 'Case_Lifecycle');
  expect(useAppStore.getState().designId).toBe('case-lifecycle');
  expect(useAppStore.getState().notices.map((n) => n.text).filter((t) => t.includes('stays in Designs'))).toEqual([]);
});

it('the same orchestration opened again over changes not saved to the project says so, and how to get them back; opened again unchanged, it says nothing of it', async () => {
  // given Case_Lifecycle opened from its project, stored, and then relabelled by the admin
  const project = projectFromFiles(caseLifecycleFiles());
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  await openFromProject(useAppStore, 'Case_Lifecycle');
  useAppStore.getState().setSaveState({ designId: 'case-lifecycle', revision: 2, saveStatus: 'saved' });
  useAppStore.setState({ notices: [] });
  const replaced = (text: string) => text.includes('over your changes not saved to the project');
  // when it is opened again unchanged
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null } });
  await openFromProject(useAppStore, 'Case_Lifecycle');
  // then nothing is said of changes
  expect(useAppStore.getState().notices.map((n) => n.text).filter(replaced)).toEqual([]);
  // when it is relabelled, then opened again
  useAppStore.getState().dispatch(updateOrchestration, { label: 'Case Lifecycle EDITED' });
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null } });
  await openFromProject(useAppStore, 'Case_Lifecycle');
  // then the file's version is open and the notice says where the changes are
  expect(useAppStore.getState().doc.label).toBe('Case Lifecycle');
  expect(useAppStore.getState().notices.map((n) => n.text).filter(replaced)).toEqual(['Case_Lifecycle opened as its file has it, over your changes not saved to the project: Undo (Ctrl+Z) brings them back, and File ▸ Designs… keeps them as the version “before an import”.']);
});

it('a project orchestration whose report holds only parts kept as written opens without a dialog: a notice says so and offers the report', () => {
  // given the CaseLifecycle project, whose orchestration has parts the model keeps as written
  const project = projectFromFiles(caseLifecycleFiles());
  useProjectSession.setState({ picking: { project, name: 'CaseLifecycle', handle: null }, current: null });
  useAppStore.setState({ importReport: null });
  // when
  openFromProject(useAppStore, 'Case_Lifecycle');
  // then no report dialog is up, and the notice carries the report
  const { importReport, notices } = useAppStore.getState();
  expect(importReport).toBeNull();
  const notice = notices.find((n) => n.report);
  expect(notice?.text).toMatch(/^Opened Case_Lifecycle from CaseLifecycle: nothing to fix or check; \d+ parts? kept as written\.$/);
  expect(notice?.report?.problems.length).toBeGreaterThan(0);
  expect(notice?.report?.problems.every((p) => p.message.includes('kept verbatim'))).toBe(true);
});
