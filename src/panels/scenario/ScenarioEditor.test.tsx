// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { flowOf } from '../../flows/interpreter/testing/build';
import { emptyOrchestration } from '../../model/factories';
import { caseOwnerDesign, oneStepDesign, openScenariosOf } from './testing/scenarioEditorSetup';
import { ScenarioEditor } from './ScenarioEditor';
import { useAppStore } from '../../store/appStore';

beforeEach(() => openScenariosOf(oneStepDesign()));

it('edits a scenario: a failing step, a timed event and an expectation, and keeps them in the scenario store', async () => {
  // given
  render(<ScenarioEditor onClose={() => {}} />);
  // when
  fireEvent.change(screen.getByRole('combobox', { name: 'Override a step' }), { target: { value: 'Charge' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Outcome' }), { target: { value: 'error' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add timed event' }));
  fireEvent.change(screen.getByRole('combobox', { name: 'Expectation subject' }), { target: { value: 'Charge' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Expected status' }), { target: { value: 'Error' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add expectation' }));
  // then
  const s = useAppStore.getState().scenarios[0]!;
  expect(s.steps).toEqual({ Charge: { outcome: 'error' } });
  expect(s.events).toEqual([{ at: 1000, type: 'publishEvent' }]);
  expect(s.expectations).toEqual([{ kind: 'stepStatus', step: 'Charge', status: 'Error' }]);
});

it('gives a record-triggered orchestration\'s scenario its triggering record: the fields the design reads in one click, then their values', async () => {
  // given a Case orchestration whose step waits for $Record.Priority and whose entry condition tests Status
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'Case', when: 'create', entryConditions: { filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'New' } }] } },
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F', inputs: { recordId: '$Record.Id' }, start: { mode: 'requirements', requirements: [
      { left: '$Record.Priority', operator: 'EqualTo', right: { string: 'High' } },
      { left: '$Record.Account.Rating', operator: 'EqualTo', right: { string: 'Hot' } },
    ] } }] }],
  });
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Triggering record ($Record)' });
  // when
  const addButton = within(section).getByRole('button', { name: 'Add the 2 fields the design reads' });
  addButton.focus();
  fireEvent.click(addButton);
  // the button goes: focus goes to the first added field's value, where the admin types next
  await waitFor(() => expect(within(section).getByRole('textbox', { name: 'Priority value' })).toHaveFocus());
  fireEvent.change(within(section).getByRole('textbox', { name: 'Priority value' }), { target: { value: 'High' } });
  // then the record has the object's own fields (not the account's, nor an Id the org makes up), and nothing is left to add
  expect(useAppStore.getState().scenarios[0]!.record).toEqual({ Priority: 'High', Status: '' });
  expect(within(section).queryByRole('button', { name: /fields? the design reads/ })).toBeNull();
});

it('gives a User-triggered design\'s triggering record a Username in email form, as Add the Owner does (it was empty, and a work item assigned to it failed the run)', () => {
  // given an orchestration triggered by a User's save whose work item goes to $Record.Username
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'User', when: 'update' },
    flows: [{ name: 'F', type: 'screen', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Ask', kind: 'interactive', flow: 'F', assignee: { type: 'user', name: '$Record.Username' } }] }],
  });
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Triggering record ($Record)' });
  // when
  fireEvent.click(within(section).getByRole('button', { name: 'Add the field the design reads' }));
  // then
  expect(useAppStore.getState().scenarios[0]!.record).toEqual({ Username: 'user@example.com' });
});

it('shows no triggering record for an autolaunched orchestration', () => {
  // given the autolaunched design of beforeEach
  render(<ScenarioEditor onClose={() => {}} />);
  // then
  expect(screen.queryByRole('group', { name: 'Triggering record ($Record)' })).toBeNull();
});

it('gives a scenario other records of the org: a User added with an Id of its own, its Username typed, and removed again', () => {
  // given
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Other records of the org' });
  // when two Users are added and the first one's Username field is set
  fireEvent.change(within(section).getByRole('combobox', { name: 'Object of a new record' }), { target: { value: 'User' } });
  fireEvent.click(within(section).getByRole('button', { name: 'Add record' }));
  fireEvent.click(within(section).getByRole('button', { name: 'Add record' }));
  const first = within(section).getByRole('group', { name: 'User 1' });
  fireEvent.click(within(first).getByRole('button', { name: '+ Add field' }));
  const name = within(first).getAllByRole('textbox', { name: 'Field' }).at(-1)!;
  fireEvent.change(name, { target: { value: 'Username' } });
  fireEvent.blur(name);
  fireEvent.change(within(first).getByRole('textbox', { name: 'Username value' }), { target: { value: 'boss@example.com' } });
  // then each has a User Id of its own (key prefix 005), and the field is stored
  expect(useAppStore.getState().scenarios[0]!.records).toEqual({ User: [
    { Id: '005SCN000000000001', Username: 'boss@example.com' },
    { Id: '005SCN000000000002' },
  ] });
  // when both are removed, the scenario has no records left
  fireEvent.click(within(section).getByRole('button', { name: 'Remove User 2' }));
  fireEvent.click(within(section).getByRole('button', { name: 'Remove User 1' }));
  expect(useAppStore.getState().scenarios[0]!.records).toBeUndefined();
  // and an object name that is not one cannot be added
  fireEvent.change(within(section).getByRole('combobox', { name: 'Object of a new record' }), { target: { value: '1User' } });
  expect(within(section).getByRole('button', { name: 'Add record' })).toBeDisabled();
  // and a name that Object's prototype has is an object like any other
  fireEvent.change(within(section).getByRole('combobox', { name: 'Object of a new record' }), { target: { value: 'constructor' } });
  fireEvent.click(within(section).getByRole('button', { name: 'Add record' }));
  expect(useAppStore.getState().scenarios[0]!.records).toEqual({ constructor: [{ Id: 'a0SSCN000000000001' }] });
});

it('starts a record-triggered run with a save: an update with the values before it ($Record__Prior), a create, or no save', () => {
  // given a Case orchestration started on updates
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'Case', when: 'update' },
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background' }] }],
  });
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Triggering record ($Record)' });
  const starts = within(section).getByRole('combobox', { name: 'The run starts with' });
  // when the run starts with an update whose Status was New before it
  fireEvent.change(starts, { target: { value: 'update' } });
  const before = within(section).getByRole('group', { name: 'Before the update ($Record__Prior)' });
  fireEvent.click(within(before).getByRole('button', { name: '+ Add field' }));
  const field = within(before).getByRole('textbox', { name: 'Field' });
  fireEvent.change(field, { target: { value: 'Status' } });
  fireEvent.blur(field);
  fireEvent.change(within(before).getByRole('textbox', { name: 'Status value' }), { target: { value: 'New' } });
  // then
  expect(useAppStore.getState().scenarios[0]!.save).toEqual({ operation: 'update', prior: { Status: 'New' } });
  // when it is a create instead, nothing is before it; with no save, the scenario has none
  fireEvent.change(starts, { target: { value: 'create' } });
  expect(useAppStore.getState().scenarios[0]!.save).toStrictEqual({ operation: 'create' });
  expect(within(section).queryByRole('group', { name: 'Before the update ($Record__Prior)' })).toBeNull();
  fireEvent.change(starts, { target: { value: '' } });
  expect(useAppStore.getState().scenarios[0]!.save).toBeUndefined();
});

it('sets when the run starts: the calendar instant at 0 ms, and clearing it goes back to the default', () => {
  // given the autolaunched design of beforeEach
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Launch' });
  const start = within(section).getByLabelText('The run starts at (UTC)');
  expect(within(section).getByText(/Not set: Monday 6 January 2025, 09:00 UTC\./)).toBeTruthy();
  // when
  fireEvent.change(start, { target: { value: '2026-03-09T14:30' } });
  // then
  expect(useAppStore.getState().scenarios[0]!.startAt).toBe('2026-03-09T14:30:00Z');
  expect(within(section).queryByText(/Not set/)).toBeNull();
  // when cleared
  fireEvent.change(within(section).getByLabelText('The run starts at (UTC)'), { target: { value: '' } });
  // then
  expect(useAppStore.getState().scenarios[0]).not.toHaveProperty('startAt');
});

it('passes values to the orchestration\'s input variables, each typed, and only to input variables', () => {
  // given an orchestration with two input variables (one a record) and one that is not for input
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    variables: [
      { name: 'UserResponded', type: 'Boolean', input: true },
      { name: 'Owner', type: 'Record', object: 'User', input: true },
      { name: 'Internal', type: 'Number', value: 3 },
    ],
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F' }] }],
  });
  useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'From a file', inputs: { Internal: 4 } }]);
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Launch' });
  expect(within(section).queryByRole('checkbox', { name: /Internal/ })).toBeNull();
  expect(within(section).getAllByText(/not passed: starts with its own value, empty/)).toHaveLength(2);
  // when the launcher passes UserResponded = true and the Owner record with a field
  fireEvent.click(within(section).getByRole('checkbox', { name: /Pass UserResponded/ }));
  fireEvent.change(within(section).getByRole('combobox', { name: 'UserResponded value' }), { target: { value: 'true' } });
  fireEvent.click(within(section).getByRole('checkbox', { name: /Pass Owner/ }));
  // and the input the file gave to a variable that is not for input is removed
  fireEvent.click(within(section).getByRole('button', { name: 'Remove the input Internal' }));
  // then
  expect(useAppStore.getState().scenarios[0]!.inputs).toEqual({ UserResponded: true, Owner: {} });
  // when UserResponded is no longer passed
  fireEvent.click(within(section).getByRole('checkbox', { name: /Pass UserResponded/ }));
  fireEvent.click(within(section).getByRole('checkbox', { name: /Pass Owner/ }));
  // then the scenario has no inputs left
  expect(useAppStore.getState().scenarios[0]).not.toHaveProperty('inputs');
});

it('makes an action of a project flow fail, gives another its outputs, and says what a stand-in for the whole action does', () => {
  // given a project flow calling an email (with a fault path) and an Apex action with an output
  const definition = flowOf([
    { kind: 'actionCall', name: 'Send_Email', actionName: 'emailSimple', actionType: 'emailSimple', inputParameters: [], outputParameters: [], faultConnector: 'Log' },
    { kind: 'actionCall', name: 'Score', actionName: 'ScoreLead', actionType: 'apex', inputParameters: [], outputParameters: [{ name: 'score', ref: 'score' }] },
  ]);
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    flows: [{ name: 'Notify', type: 'autolaunched', active: true, definition }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'Notify' }] }],
  });
  useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, name: 'From a file', actions: { ScoreLead: { fault: 'Apex down' }, Gone: {} } }]);
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Actions the flows call' });
  // then the stand-in for every ScoreLead action shows on Score's row, and one for no action is named
  expect((within(section).getByRole('combobox', { name: 'What Score does' }) as HTMLSelectElement).value).toBe('fails');
  expect(section.textContent).toContain('As the stand-in for every ScoreLead action says');
  expect(section.textContent).toContain('Gone is no action the flows call');
  // when the email fails with a message, Score succeeds with an output, and the stale stand-in goes
  fireEvent.change(within(section).getByRole('combobox', { name: 'What Send_Email does' }), { target: { value: 'fails' } });
  expect(section.textContent).toContain('The element\u2019s fault path is taken.');
  fireEvent.change(within(section).getByRole('textbox', { name: 'Send_Email failure message' }), { target: { value: 'mailbox full' } });
  fireEvent.change(within(section).getByRole('combobox', { name: 'What Score does' }), { target: { value: 'succeeds' } });
  fireEvent.change(within(section).getByRole('textbox', { name: 'Score output score' }), { target: { value: '87' } });
  fireEvent.click(within(section).getByRole('button', { name: 'Remove the stand-in Gone' }));
  // then
  expect(useAppStore.getState().scenarios[0]!.actions).toEqual({ ScoreLead: { fault: 'Apex down' }, Send_Email: { fault: 'mailbox full' }, Score: { outputs: { score: 87 } } });
  // when the email succeeds again
  fireEvent.change(within(section).getByRole('combobox', { name: 'What Send_Email does' }), { target: { value: 'succeeds' } });
  expect(useAppStore.getState().scenarios[0]!.actions).toEqual({ ScoreLead: { fault: 'Apex down' }, Score: { outputs: { score: 87 } } });
});

it('shows no actions section for a design whose flows are stand-ins', () => {
  render(<ScenarioEditor onClose={() => {}} />);
  expect(screen.queryByRole('group', { name: 'Actions the flows call' })).toBeNull();
});

it('offers the record behind a polymorphic relationship by the relationship\'s own name: "Add the Owner (a User record)"', () => {
  // given a Case orchestration whose work item goes to $Record.Owner:User.Username
  useAppStore.getState().replaceDocument(caseOwnerDesign());
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Triggering record ($Record)' });
  expect(section.textContent).toContain('Owner:User (Username) — no User yet: Owner reads null');
  // when
  fireEvent.click(within(section).getByRole('button', { name: 'Add the Owner (a User record)' }));
  // then
  const s = useAppStore.getState().scenarios[0]!;
  expect(s.record).toEqual({ OwnerId: '005SCN000000000001' });
  // with a Username as Salesforce's look (left empty, the run failed with 'has no value ("")')
  expect(s.records).toEqual({ User: [{ Id: '005SCN000000000001', Username: 'owner@example.com' }] });
  expect(section.textContent).toContain("OwnerId points to User 1 of the org's records");
});

/** Types `name` into an object field: it is marked invalid and the section's `button` stays disabled. */
function expectRefused(section: HTMLElement, field: HTMLElement, name: string, button: string): void {
  fireEvent.change(field, { target: { value: name } });
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect((within(section).getByRole('button', { name: button }) as HTMLButtonElement).disabled).toBe(true);
}

it('asks for the object behind a custom relationship and gives its record: "Add the Invoice__r (an Invoice__c record)"', () => {
  // given a Case orchestration whose step waits for $Record.Invoice__r.Paid__c and $Record.Parent_Case__r.Status
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'Case', when: 'create' },
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F', start: { mode: 'requirements', requirements: [
      { left: '$Record.Invoice__r.Paid__c', operator: 'EqualTo', right: { boolean: true } },
      { left: '$Record.Parent_Case__r.Status', operator: 'EqualTo', right: { string: 'Closed' } },
    ] } }] }],
  });
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Triggering record ($Record)' });
  expect(section.textContent).toContain("Parent_Case__r (Status) — no record yet: Parent_Case__r reads null. Its name does not say its object; name it to add the record");
  const object = within(section).getByRole('combobox', { name: 'Object of the Parent_Case__r record' });
  // an object that is not an API name cannot be added
  expectRefused(section, object, 'Parent Case', 'Add the Parent_Case__r record');
  // when the admin names the object
  fireEvent.change(object, { target: { value: 'Case' } });
  fireEvent.click(within(section).getByRole('button', { name: 'Add the Parent_Case__r (a Case record)' }));
  // then the Case is in the org, linked through Parent_Case__c, and the row says so
  const s = useAppStore.getState().scenarios[0]!;
  expect(s.record).toEqual({ Parent_Case__c: '500SCN000000000001' });
  expect(s.records).toEqual({ Case: [{ Id: '500SCN000000000001', Status: '' }] });
  expect(section.textContent).toContain("Parent_Case__c points to Case 1 of the org's records");
  expect(within(section).queryByRole('combobox', { name: 'Object of the Parent_Case__r record' })).toBeNull();
  // the other custom relationship is still asked for, with the objects in use offered
  const options = [...section.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
  expect(options).toEqual(['Case']);
  fireEvent.change(within(section).getByRole('combobox', { name: 'Object of the Invoice__r record' }), { target: { value: 'Invoice__c' } });
  expect(within(section).getByRole('button', { name: 'Add the Invoice__r (an Invoice__c record)' })).toBeTruthy();
  fireEvent.keyDown(within(section).getByRole('combobox', { name: 'Object of the Invoice__r record' }), { key: 'Enter' });
  expect(useAppStore.getState().scenarios[0]!.records).toEqual({ Case: [{ Id: '500SCN000000000001', Status: '' }], Invoice__c: [{ Id: 'a0SSCN000000000001', Paid__c: '' }] });
});

it('offers the objects in use when a record is added under Other records, and refuses a name that is not an API name', () => {
  // given a Case orchestration
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'Case', when: 'create' },
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F' }] }],
  });
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Other records of the org' });
  expect([...section.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['Case']);
  const object = within(section).getByRole('combobox', { name: 'Object of a new record' });
  // a name ending with an underscore cannot be added
  expectRefused(section, object, 'Invoice__c_', 'Add record');
  // when it is an API name
  fireEvent.change(object, { target: { value: 'Invoice__c' } });
  fireEvent.click(within(section).getByRole('button', { name: 'Add record' }));
  // then the record is added, and its object is offered from then on
  expect(useAppStore.getState().scenarios[0]!.records).toEqual({ Invoice__c: [{ Id: 'a0SSCN000000000001' }] });
  expect([...section.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['Case', 'Invoice__c']);
});

it('takes a custom lookup\'s object and a checkbox\'s type from the project the design was opened from', () => {
  // given a Case orchestration opened from a project whose Case has Parent_Case__c (a Lookup to Case) and Escalated__c (a Checkbox)
  const doc = {
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered' as const, object: 'Case', when: 'create' as const },
    flows: [{ name: 'F', type: 'autolaunched' as const, active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background' as const, flow: 'F', start: { mode: 'requirements' as const, requirements: [
      { left: '$Record.Parent_Case__r.Status', operator: 'EqualTo' as const, right: { string: 'Closed' } },
      { left: '$Record.Escalated__c', operator: 'EqualTo' as const, right: { boolean: true } },
      { left: '$Record.Subject', operator: 'IsNull' as const, right: { boolean: false } },
    ] } }] }],
  };
  useAppStore.getState().replaceDocument(doc);
  const caseFields = new Map([
    ['Parent_Case__c', { name: 'Parent_Case__c', type: 'Lookup', referenceTo: ['Case'] }],
    ['Escalated__c', { name: 'Escalated__c', type: 'Checkbox' }],
  ]);
  useAppStore.getState().setProjectFile({ project: 'support', apiName: doc.name, path: 'flows/X.flow-meta.xml', writable: false, objects: new Map([['Case', caseFields]]) });
  render(<ScenarioEditor onClose={() => {}} />);
  const section = screen.getByRole('group', { name: 'Triggering record ($Record)' });
  // then the relationship's row names the object the project declares, and asks nothing
  expect(section.textContent).toContain('Parent_Case__r (Status) — no Case yet: Parent_Case__r reads null (in the project, Parent_Case__c looks up Case)');
  expect(within(section).queryByRole('combobox', { name: 'Object of the Parent_Case__r record' })).toBeNull();
  // when the record and the fields the design reads are added
  fireEvent.click(within(section).getByRole('button', { name: 'Add the Parent_Case__r (a Case record)' }));
  fireEvent.click(within(section).getByRole('button', { name: 'Add the 2 fields the design reads' }));
  // then the checkbox starts false (never null in Salesforce), the text field empty
  const s = useAppStore.getState().scenarios[0]!;
  expect(s.record).toEqual({ Parent_Case__c: '500SCN000000000001', Escalated__c: false, Subject: '' });
  expect(s.records).toEqual({ Case: [{ Id: '500SCN000000000001', Status: '' }] });
});


it('offers what the design reads of a Record input once it is passed: its fields and the manager behind curUser.Manager', () => {
  // given an autolaunched design whose work item goes to curUser.Manager.Username and whose step reads curUser.Username
  useAppStore.getState().replaceDocument({
    ...emptyOrchestration(),
    variables: [{ name: 'curUser', type: 'Record', object: 'User', input: true }],
    flows: [{ name: 'F', type: 'screen', active: true, inputs: ['who'] }],
    stages: [{ name: 'S', steps: [{ name: 'Ask', kind: 'interactive', flow: 'F', inputs: { who: 'curUser.Username' }, assignee: { type: 'user', name: 'curUser.Manager.Username' } }] }],
  });
  render(<ScenarioEditor onClose={() => {}} />);
  const launch = screen.getByRole('group', { name: 'Launch' });
  // nothing is offered while the input is not passed
  expect(within(launch).queryByRole('button', { name: /Add the/ })).toBeNull();
  // when the launcher passes it
  fireEvent.click(within(launch).getByRole('checkbox', { name: /Pass curUser/ }));
  // then
  expect(launch.textContent).toContain("Records the design reads through curUser's relationships");
  expect(launch.textContent).toContain('Manager (Username) — no User yet: Manager reads null');
  // when the field and the manager are added
  fireEvent.click(within(launch).getByRole('button', { name: 'Add the field the design reads of curUser' }));
  fireEvent.click(within(launch).getByRole('button', { name: 'Add the Manager (a User record)' }));
  // then the input holds the Username and the manager's Id, and the manager is among the org's records
  const s = useAppStore.getState().scenarios[0]!;
  // (the Username in email form, as Add the Owner gives one: left empty, the work item failed the run)
  expect(s.inputs).toEqual({ curUser: { Username: 'curuser@example.com', ManagerId: '005SCN000000000001' } });
  expect(s.records).toEqual({ User: [{ Id: '005SCN000000000001', Username: 'manager@example.com' }] });
  expect(launch.textContent).toContain("ManagerId points to User 1 of the org's records");
});

it('a fresh scenario shows no problems', () => {
  render(<ScenarioEditor onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'New scenario' }));
  expect(screen.queryByRole('status', { name: 'Scenario problems' })).toBeNull();
});

it('keeps a scenario\'s name one line in its wrapping Name field: Enter adds no line break, a pasted one becomes a space', () => {
  render(<ScenarioEditor onClose={() => {}} />);
  const name = screen.getByRole('textbox', { name: 'Scenario name' });
  // when Enter is pressed in it
  expect(fireEvent.keyDown(name, { key: 'Enter' })).toBe(false); // its default (a line break) prevented
  // when a name with a line break is pasted
  fireEvent.change(name, { target: { value: 'Escalated case\nafter SLA breach' } });
  // then the scenario's name is one line
  expect(useAppStore.getState().scenarios[0]!.name).toBe('Escalated case after SLA breach');
  expect(name).toHaveValue('Escalated case after SLA breach');
});
