import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { xmlFixtures } from './fixtures';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';
import { validateOrchestration } from '../../model/validate';

function fixture(id: string): string {
  const found = [...xmlFixtures('real'), ...xmlFixtures('own')].find((f) => f.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found.text;
}

function imported(text: string): { doc: Orchestration; warnings: string[] } {
  const result = importFlowXml(text, { name: 'Test_Flow' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { doc: result.doc, warnings: result.warnings.map((w) => `${w.path ?? ''}: ${w.message}`) };
}

const flow = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
<apiVersion>63.0</apiVersion><label>T</label><processType>Orchestrator</processType>${body}
</Flow>`;

describe('importFlowXml: real API 52 files', () => {
  it('reads createWorkItem steps as interactive, with their literal assignee and engine-filled inputs', () => {
    // given / when
    const { doc } = imported(fixture('real/Orchestration_Case'));
    // then
    const [request, report] = doc.stages[0]!.steps;
    expect(request).toMatchObject({ name: 'Request_Approval', kind: 'interactive', flow: 'Orchestration_StepFlow_Request_Approval' });
    expect(request!.assignee).toEqual({ type: 'user', name: 'jenmanager@scratch.org' });
    expect(request!.inputs).toEqual({
      ActionInput__Assignee: '', ActionInput__OrchInstanceId: '', ActionInput__StepInstanceId: '', ActionInput__RecordId: '$Record.Id',
    });
    expect(report!.start).toEqual({ mode: 'stepCompleted', step: 'Request_Approval' });
    expect(doc.stages[1]).toEqual({ name: 'Stage_2', label: 'Stage 2', exit: { mode: 'allStepsCompleted' }, steps: [] });
  });

  it('names the users it adds for the XML\'s literal assignees, one or several, in words that fit the count', () => {
    // given / when a file with one literal assignee, and a real one with three
    const one = imported(flow(`<orchestratedStages><name>S</name><label>S</label><exitConditionLogic>and</exitConditionLogic><stageSteps><name>Review</name><label>Review</label>
<actionName>Review_Flow</actionName><actionType>stepInteractive</actionType><stepSubtype>InteractiveStep</stepSubtype>
<assignees><assignee><stringValue>jen@example.com</stringValue></assignee><assigneeType>User</assigneeType></assignees>
<inputParameters><name>ActionInput__RecordId</name><value><stringValue>001</stringValue></value></inputParameters></stageSteps></orchestratedStages>`));
    const three = imported(fixture('real/Orchestration_Parallel_Approvals'));
    // then
    expect(one.warnings).toContain('users: the XML has no user list; added the active user it names: jen@example.com');
    expect(three.warnings.find((w) => w.startsWith('users:'))).toMatch(/^users: the XML has no user list; added 3 active users it names: \S+@\S+, \S+@\S+, \S+@\S+$/);
  });

  it('reads an assignee given as a polymorphic reference ($Record.Owner:User.Username) as the step\'s assignee, not as an unknown element kept aside', () => {
    // given: the shape of SFDC-Assets/incident-orchestrator-demo's interactive steps (the record's owner when a user)
    const { doc, warnings } = imported(flow(`<orchestratedStages><name>S</name><label>S</label><exitConditionLogic>and</exitConditionLogic><stageSteps><name>Review</name><label>Review</label>
<actionName>Review_Flow</actionName><actionType>stepInteractive</actionType><stepSubtype>InteractiveStep</stepSubtype>
<assignees><assignee><elementReference>$Record.Owner:User.Username</elementReference></assignee><assigneeType>User</assigneeType></assignees>
<inputParameters><name>ActionInput__RecordId</name><value><elementReference>$Record.Id</elementReference></value></inputParameters></stageSteps></orchestratedStages>`));
    // then
    expect(doc.stages[0]!.steps[0]!.assignee).toEqual({ type: 'user', name: '$Record.Owner:User.Username' });
    expect(warnings.filter((w) => w.includes('<assignees>'))).toEqual([]);
  });

  it('says when a username has white space around it (a tab pasted with it): kept as written, shown quoted', () => {
    const { doc, warnings } = imported(flow(`<orchestratedStages><name>S</name><label>S</label><exitConditionLogic>and</exitConditionLogic><stageSteps><name>Review</name><label>Review</label>
<actionName>Review_Flow</actionName><actionType>stepInteractive</actionType><stepSubtype>InteractiveStep</stepSubtype>
<assignees><assignee><stringValue>jen@example.com	</stringValue></assignee><assigneeType>User</assigneeType></assignees>
<inputParameters><name>ActionInput__RecordId</name><value><stringValue>001</stringValue></value></inputParameters></stageSteps></orchestratedStages>`));
    expect(doc.users).toEqual([{ username: 'jen@example.com\t', active: true }]);
    expect(warnings).toContain('users: the XML has no user list; added the active user it names: "jen@example.com\\t"');
    expect(warnings).toContain('users: the username "jen@example.com\\t" has white space around it in the XML; runs and expectations use it as written, white space included');
  });

  it('reads the record trigger, the start element and the status it cannot model', () => {
    // given / when
    const { doc, warnings } = imported(fixture('real/Orchestration_Case'));
    // then
    expect(doc.trigger).toEqual({ type: 'recordTriggered', object: 'Case', when: 'create' });
    expect(doc.start).toBe('Get_Case_Approval');
    expect(doc.variables).toContainEqual({ name: '$Record', type: 'Record', object: 'Case' });
    expect(doc.extensions).toContainEqual({ kind: 'xmlElement', element: { tag: 'status', text: 'Active' } });
    expect(doc.extensions?.some((e) => JSON.stringify(e).includes('recordTriggerType'))).toBe(false);
    expect(warnings.some((w) => w.includes('<status>'))).toBe(true);
  });

  it('reads an entry evaluation flow written with entryActionType "flow"', () => {
    // given / when
    const { doc } = imported(fixture('real/Orchestration_Parallel_Approvals'));
    // then
    expect(doc.stages[0]!.steps[2]!.start).toEqual({
      mode: 'evaluationFlow',
      flow: 'Entry_Flow_Have_Both_Approvals_Been_Received',
      inputs: {
        managerApproveOrReject: 'Manager_Approves_or_Rejects.Outputs.selectedAction',
        supervisorApproveOrReject: 'Supervisor_Approves_or_Rejects.Outputs.selectedAction',
      },
    });
    expect(doc.stages[0]!.steps[2]!.inputs).toMatchObject({ approvalResult: 'approve', comments: 'comments' });
  });

  it('adds referenced flows as placeholders typed by their use, and says so', () => {
    // given / when
    const { doc, warnings } = imported(fixture('real/Handle_User_Deactivation'));
    // then
    const types = Object.fromEntries((doc.flows ?? []).map((f) => [f.name, f.type]));
    expect(types).toEqual({
      Invite_Owner_to_Confirm_Interest: 'screen', Wait_for_User_to_Responsd: 'autolaunched',
      Evaluate_Stage_for_Completion: 'evaluation', Reassign_Accounts: 'screen', Notify_account_owner: 'autolaunched',
    });
    expect(doc.flows?.find((f) => f.name === 'Evaluate_Stage_for_Completion')?.inputs).toEqual(['DidUserRespondToMessage', 'DidWaitingPeriodElapse']);
    expect(warnings.filter((w) => w.includes('placeholder'))).toHaveLength(5);
  });

  it('gives a placeholder the output a step\'s record output is read through (Step.Outputs.user.Id), so the draft converts back', () => {
    // given: the shape of SFDC-Assets/incident-orchestrator-demo's orchestration, whose later steps
    // pass and assign Get_Manager.Outputs.user.Id (a field of the flow's record output "user")
    const text = flow(`<orchestratedStages><name>S</name><label>S</label><exitConditionLogic>and</exitConditionLogic>
<stageSteps><name>Get_Manager</name><label>Get</label><actionName>User_Get_by_Alias</actionName><actionType>stepBackground</actionType><stepSubtype>BackgroundStep</stepSubtype></stageSteps>
<stageSteps><name>Notify</name><label>Notify</label><actionName>Send_Note</actionName><actionType>stepBackground</actionType>
<inputParameters><name>userId</name><value><elementReference>Get_Manager.Outputs.user.Id</elementReference></value></inputParameters><stepSubtype>BackgroundStep</stepSubtype></stageSteps></orchestratedStages>`);
    // when
    const { doc } = imported(text);
    // then
    expect(doc.flows?.find((f) => f.name === 'User_Get_by_Alias')?.outputs).toEqual(['user']);
    expect(validateOrchestration(doc).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('says a packaged flow (ns__Flow) comes with its managed package, so the admin does not look for its file', () => {
    // given: the shape of DevmurariVivek/development's Active orchestration, which calls two packaged flows
    const { doc, warnings } = imported(flow(`<orchestratedStages><name>S</name><label>S</label><exitConditionLogic>and</exitConditionLogic><stageSteps><name>Intake</name><label>Intake</label>
<actionName>setup_service_experience__Create_Case</actionName><actionType>stepBackground</actionType><stepSubtype>BackgroundStep</stepSubtype></stageSteps>
<stageSteps><name>Own</name><label>Own</label><actionName>Own_Flow</actionName><actionType>stepBackground</actionType><stepSubtype>BackgroundStep</stepSubtype></stageSteps></orchestratedStages>`));
    // then
    expect(warnings).toContain('flows[0]: flow setup_service_experience__Create_Case is referenced but not defined in the XML: it is a flow of the managed package "setup_service_experience", installed with the package and never in a project\'s files; added as a placeholder (autolaunched, active, no elements); called by step Intake');
    expect(warnings).toContain('flows[1]: flow Own_Flow is referenced but not defined in the XML; added as a placeholder (autolaunched, active, no elements); called by step Own');
    // and its placeholder names the package, which is what lets its name hold `__` (FORMAT.md §1): the design validates
    expect((doc.flows ?? []).map((f) => [f.name, f.package])).toEqual([['setup_service_experience__Create_Case', 'setup_service_experience'], ['Own_Flow', undefined]]);
    expect(validateOrchestration(doc).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('importFlowXml: our own fixture of every element', () => {
  const { doc, warnings } = imported(fixture('own/Case_Review'));
  const review = doc.stages[0]!;

  it('keeps a MuleSoft step verbatim, at its position, and warns', () => {
    // then
    expect(review.steps.map((s) => s.name)).toEqual(['Enrich', 'Manager_Review', 'Notify_Legal']);
    expect(review.extensions).toContainEqual(expect.objectContaining({ kind: 'xmlElement', index: 3, element: expect.objectContaining({ tag: 'stageSteps' }) }));
    expect(warnings.some((w) => w.includes('step Sync_To_ERP (stepMuleSoft) cannot be simulated'))).toBe(true);
  });

  it('maps the fault connector, the decision, and the Go To back to the first stage', () => {
    // then
    expect(review).toMatchObject({ next: 'Approved', faultNext: 'Recover' });
    const decision = doc.decisions![0]!;
    expect(decision).toMatchObject({ name: 'Approved', defaultNext: 'Review' });
    expect(decision.outcomes[0]).toMatchObject({ name: 'Is_Approved', logic: '1 AND (2 OR 3)', next: 'Fulfil' });
    expect(decision.outcomes[0]!.requirements[1]).toEqual({ left: 'amount', operator: 'LessThan', right: { number: 1000 } });
    expect(decision.extensions).toContainEqual(expect.objectContaining({ kind: 'xmlElement', index: 1 })); // the IsChanged rule
  });

  it('maps evaluation flows on step entry, interactive completion and stage exit', () => {
    // then
    expect(doc.stages[1]!.steps[0]!.start).toEqual({ mode: 'evaluationFlow', flow: 'Stock_Ready', inputs: { caseId: '$Record.Id' } });
    expect(review.steps[1]!.complete).toEqual({ mode: 'evaluationFlow', flow: 'Review_Is_Done', inputs: { caseId: '$Record.Id' } });
    expect(doc.stages[1]!.exit).toEqual({ mode: 'evaluationFlow', flow: 'Case_Is_Fulfilled', inputs: { caseId: '$Record.Id' } });
  });

  it('maps run-as, assignees, outputs and custom logic', () => {
    // then
    expect(review.steps[0]).toMatchObject({ runAs: { mode: 'default' }, requiresAsync: false, outputs: { score: 'enrichedScore' } });
    expect(doc.stages[1]!.steps[0]!.runAs).toEqual({ mode: 'user', user: 'integration.user@example.com' });
    expect(review.steps[1]!.assignee).toEqual({ type: 'queue', name: 'reviewQueue' });
    expect(review.steps[2]!.start).toMatchObject({ mode: 'requirements', logic: '1 OR (2 AND NOT 3)' });
    expect(review.steps[2]!.runAs).toBeUndefined(); // runAsUser true without a username stays verbatim
    expect(review.steps[2]!.extensions).toEqual([{ kind: 'xmlElement', element: { tag: 'runAsUser', text: 'true' } }]);
  });

  it('keeps what it cannot represent, each kind reported once', () => {
    // then
    // a number input is a typed literal (R50); it maps, and is written back as <numberValue>2.0</numberValue>
    expect(review.steps[0]!.inputs).toEqual({ caseId: '$Record.Id', priority: 'High', retries: '2' });
    expect(review.steps[0]!.extensions?.some((e) => JSON.stringify(e).includes('inputParameters'))).toBe(false);
    // a Currency variable reads as a Number (its type kept for the way back, not reported); the collection is kept whole
    expect(doc.variables?.find((v) => v.name === 'fees')).toMatchObject({ type: 'Number' });
    expect(warnings.some((w) => w.includes('<dataType>'))).toBe(false);
    expect(warnings.filter((w) => w.includes('<variables> has no place'))).toHaveLength(1);
    expect(warnings.some((w) => w.includes('<constants>'))).toBe(true);
  });
});

describe('importFlowXml: literal inputs equal to an element\'s name', () => {
  it('a step input whose text is also the name of its stage (a status value "Escalated") is imported as that text, and written back as text', () => {
    // given: the shape of SalesforceLabs' AIM_IncidentOrchestration, whose stage Escalated passes the status "Escalated" on
    const text = flow(`
    <orchestratedStages>
        <name>Escalated</name>
        <label>Escalated</label>
        <exitConditionLogic>and</exitConditionLogic>
        <stageSteps>
            <name>Log_Status</name>
            <actionName>Echo_Status</actionName>
            <actionType>stepBackground</actionType>
            <entryConditionLogic>and</entryConditionLogic>
            <inputParameters>
                <name>statusValue</name>
                <value>
                    <stringValue>Escalated</stringValue>
                </value>
            </inputParameters>
            <label>Log Status</label>
            <requiresAsyncProcessing>false</requiresAsyncProcessing>
            <stepSubtype>BackgroundStep</stepSubtype>
        </stageSteps>
    </orchestratedStages>
    <start><connector><targetReference>Escalated</targetReference></connector></start>`);
    // when
    const { doc, warnings } = imported(text);
    // then: the input is in the model (it was kept verbatim in extensions, so the run passed null)
    expect(doc.stages[0]!.steps[0]!.inputs).toEqual({ statusValue: 'Escalated' });
    expect(warnings.filter((w) => w.includes('inputParameters'))).toEqual([]);
    expect(exportFlowXml(doc).xml).toContain('<stringValue>Escalated</stringValue>');
  });
});

describe('importFlowXml: conditions the model cannot hold', () => {
  // FORMAT.md §6 keeps them verbatim; the step then started with its stage in the run, and only
  // "<entryConditions> has no place in the model" said so, which reads as harmless
  it('says that a step\'s entry and a stage\'s exit with an operator it does not have are not simulated, and what the run does instead', () => {
    const row = (operator: string) => `<leftValueReference>$Record.Status</leftValueReference><operator>${operator}</operator><rightValue><stringValue>New</stringValue></rightValue>`;
    const text = flow(`
    <orchestratedStages>
        <name>Work</name>
        <label>Work</label>
        <exitConditionLogic>and</exitConditionLogic>
        <exitConditions>${row('IsChangedTo')}</exitConditions>
        <stageSteps>
            <name>Check</name>
            <actionName>Check_Flow</actionName>
            <actionType>stepBackground</actionType>
            <entryConditionLogic>and</entryConditionLogic>
            <entryConditions>${row('EqualTo')}</entryConditions>
            <entryConditions>${row('Weird')}</entryConditions>
            <label>Check</label>
            <stepSubtype>BackgroundStep</stepSubtype>
        </stageSteps>
    </orchestratedStages>
    <start><connector><targetReference>Work</targetReference></connector><object>Case</object><triggerType>RecordAfterSave</triggerType><recordTriggerType>Create</recordTriggerType></start>`);
    const { doc, warnings } = imported(text);
    expect(doc.stages[0]!.steps[0]!.start).toBeUndefined();
    expect(warnings).toContain('stages[0].steps[0].start: the entry conditions of step Check use the operator Weird that Stageflow cannot simulate: they are kept verbatim, and the simulation starts the step when its stage starts');
    expect(warnings).toContain('stages[0].exit: the exit conditions of stage Work use the operator IsChangedTo that Stageflow cannot simulate: they are kept verbatim, and the simulation completes the stage when all its steps are completed');
    expect(exportFlowXml(doc).xml).toContain('<operator>Weird</operator>');
  });
});

describe('importFlowXml: problems', () => {
  it('gives line and column for malformed XML', () => {
    // given / when
    const result = importFlowXml('<Flow>\n  <label>x</label>\n  <orchestratedStages>\n</Flow>');
    // then
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 4, column: expect.any(Number) });
  });

  it('says a file cut short ends before its open elements are closed, at its end (not at 1:1 with the parser\'s list)', () => {
    // given a flow cut off inside a stage
    const text = '<?xml version="1.0"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n  <processType>Orchestrator</processType>\n  <orchestratedStages>\n    <name>A</name>\n';
    // when
    const result = importFlowXml(text);
    // then
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toEqual({ line: 5, column: 19, message: 'the file ends before <orchestratedStages> (opened at 4:3) is closed (inside <Flow>, also open): it looks cut short, or a closing tag is missing' });
    }
    const single = importFlowXml('<Flow>\n  <label>x</label>\n');
    expect(single.ok).toBe(false);
    if (!single.ok) expect(single.problems[0]).toEqual({ line: 2, column: 19, message: 'the file ends before <Flow> (opened at 1:1) is closed: it looks cut short, or a closing tag is missing' });
  });

  it.each([
    ['a flow of another type', flow('').replace('Orchestrator', 'AutoLaunchedFlow'), /only Orchestrator flows/],
    ['another root element', '<Package><types/></Package>', /a Flow file has <Flow>/],
    ['a DOCTYPE (entity expansion)', '<!DOCTYPE a [<!ENTITY x "xx">]><Flow>&x;</Flow>', /DOCTYPE/],
    ['a __proto__ element', flow('<__proto__><polluted>yes</polluted></__proto__>'), /__proto__/],
    ['a constructor attribute', '<Flow constructor="x"><processType>Orchestrator</processType></Flow>', /constructor/],
    ['two root elements', '<Flow></Flow><Flow></Flow>', /root/i],
    ['empty text', '', /^the file is empty: Flow metadata is an XML <Flow> element$/],
    ['blank text', ' \n\t', /^the file is empty/],
  ])('refuses %s with a message', (_what, text, message) => {
    // given / when
    const result = importFlowXml(text);
    // then
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join(' ')).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses files over 5 MB before parsing, naming both sizes (FORMAT.md §7)', () => {
    // given
    const huge = flow(`<description>${'x'.repeat(5 * 1024 * 1024)}</description>`);
    const big = flow(`<description>${'x'.repeat(6 * 1024 * 1024)}</description>`);
    // a text of fewer characters than the cap whose UTF-8 bytes are past it
    const wide = flow(`<description>${'é'.repeat(3 * 1024 * 1024)}</description>`);
    // then
    expect(importFlowXml(huge)).toEqual({ ok: false, problems: [{ message: `the file is ${new TextEncoder().encode(huge).length} bytes, more than the 5 MB limit` }] });
    expect(importFlowXml(big)).toEqual({ ok: false, problems: [{ message: 'the file is 6.0 MB, more than the 5 MB limit' }] });
    expect(importFlowXml(wide)).toEqual({ ok: false, problems: [{ message: 'the file is 6.0 MB, more than the 5 MB limit' }] });
  });

  it('decodes entities and character references once, never expanding further', () => {
    // given
    const text = flow('<description>a &amp;amp; b &#65;&#x42; &lt;c&gt; &amp;unknown;</description>');
    // when
    const { doc } = imported(text);
    // then
    expect(doc.description).toBe('a &amp; b AB <c> &unknown;');
  });
});

describe('importFlowXml: validation problems keep their severity', () => {
  it('reports the imported draft\'s errors as errors, never as "warning: error: …"', () => {
    // given an empty InvalidDraft (no stages): a real file Salesforce saved as a draft
    const result = importFlowXml(fixture('real/Orchestration_Two_Level_Approval_Demo_Opportunity'), { name: 'Two_Level' });
    // when / then
    if (!result.ok) throw new Error('not imported');
    expect(result.problems).toContainEqual({ path: 'stages', message: 'an orchestration needs at least one stage', severity: 'error' });
    expect(result.warnings.some((w) => /^(error|warning): /.test(w.message))).toBe(false);
  });
});
