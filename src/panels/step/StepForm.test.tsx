// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { locateElement } from '../../commands/elementLocator';
import type { Flow, Step } from '../../model/types';
import type { ProjectFlowOffer } from '../../io/project/projectFlowOffer';
import { doc, historyLength, renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';

function step(name: string): Step {
  const at = locateElement(doc(), name);
  if (at?.kind !== 'step') throw new Error(`no step ${name}`);
  return at.step;
}

function typeInto(input: HTMLElement, ...values: string[]) {
  fireEvent.focus(input);
  for (const value of values) fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe('StepForm', () => {
  it('records typing in the label as one undo entry', () => {
    // given
    renderPanel(['Buddy']);
    // when
    typeInto(screen.getByLabelText('Label'), 'A', 'As', 'Assign a buddy');
    // then
    expect(step('Buddy').label).toBe('Assign a buddy');
    expect(historyLength()).toBe(1);
    useAppStore.getState().undo();
    expect(step('Buddy').label).toBe('Assign buddy');
  });

  it('derives a unique API name from the new label of a new element, and follows it with the selection', () => {
    // given a step whose name was derived from its label
    renderPanel(['Buddy']);
    typeInto(screen.getByLabelText('Label'), 'Buddy');
    expect(step('Buddy').label).toBe('Buddy');
    // when
    typeInto(screen.getByLabelText('Label'), 'Settle in');
    // then: "Settle_in" is free (the stage is Settle_In), references and selection follow
    expect(locateElement(doc(), 'Settle_in')?.kind).toBe('step');
    expect(useAppStore.getState().selected).toEqual(['Settle_in']);
    expect(screen.getByLabelText('API Name')).toHaveValue('Settle_in');
  });

  it("keeps the API name of a step of the project file the design was opened from when its label changes, as Flow Builder keeps a saved element's", () => {
    // given a step whose name was derived from its label, in a design opened from a project file that holds it
    renderPanel(['Buddy']);
    typeInto(screen.getByLabelText('Label'), 'Buddy');
    useAppStore.getState().setProjectFile({ project: 'Onboarding', apiName: doc().name, path: 'force-app/main/default/flows/X.flow-meta.xml', writable: false, savedNames: ['Buddy'] });
    // when
    typeInto(screen.getByLabelText('Label'), 'Settle in');
    // then the label changed and the API name (the file's element) did not
    expect(step('Buddy').label).toBe('Settle in');
    expect(locateElement(doc(), 'Settle_in')).toBeNull();
    // while a step the file does not hold yet still follows its label
    useAppStore.getState().setProjectFile({ project: 'Onboarding', apiName: doc().name, path: 'force-app/main/default/flows/X.flow-meta.xml', writable: false, savedNames: [] });
    typeInto(screen.getByLabelText('Label'), 'Buddy');
    typeInto(screen.getByLabelText('Label'), 'Settle in');
    expect(locateElement(doc(), 'Settle_in')?.kind).toBe('step');
  });

  it('refuses a taken API name while typing and applies a free one on Enter', () => {
    renderPanel(['Buddy']);
    const input = screen.getByLabelText('API Name');
    fireEvent.change(input, { target: { value: 'Settle_In' } });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/already used/)).toBeInTheDocument();
    fireEvent.change(input, { target: { value: 'Buddy_Step' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(step('Buddy_Step').name).toBe('Buddy_Step');
  });

  it('sets each start mode', async () => {
    // given
    renderPanel(['Welcome_Email']);
    const whenToStart = screen.getByLabelText('When to start');
    // when / then
    fireEvent.change(whenToStart, { target: { value: 'stageStarts' } });
    expect(step('Welcome_Email').start).toEqual({ mode: 'stageStarts' });
    fireEvent.change(whenToStart, { target: { value: 'stepCompleted' } });
    fireEvent.change(screen.getByLabelText('Step to wait for'), { target: { value: 'Provision_Laptop' } });
    expect(step('Welcome_Email').start).toEqual({ mode: 'stepCompleted', step: 'Provision_Laptop' });
    // the chosen step shows by its label alone (the closed control cut "Label (API_Name)"), its API name beside
    const waitFor = screen.getByLabelText('Step to wait for') as HTMLSelectElement;
    expect(waitFor.selectedOptions[0]?.textContent).toBe(step('Provision_Laptop').label);
    expect(waitFor).toHaveAccessibleDescription('API name Provision_Laptop');
    expect([...waitFor.options].map((o) => o.textContent)).toContain(`${step('Create_User_Accounts').label} (Create_User_Accounts)`);
    fireEvent.change(whenToStart, { target: { value: 'evaluationFlow' } });
    expect(step('Welcome_Email').start).toEqual({ mode: 'evaluationFlow', flow: 'Hire_Confirmed', inputs: {} });
    const picker = await screen.findByRole('option', { name: /Old check/ });
    expect(picker).toBeDisabled();
    fireEvent.change(whenToStart, { target: { value: 'requirements' } });
    expect(step('Welcome_Email').start).toEqual({ mode: 'requirements', requirements: [], logic: 'and' });
  });

  it('under API 59 Run as is disabled with the reason, except on a step that still has a chosen user: the default is then its only choice', async () => {
    // given a step that runs as it_ops (chosen under a later version), now under API 59
    const base = propertiesFixture();
    renderPanel(['Provision_Laptop'], { ...base, apiVersion: 59 });
    // then the field can still take the default, and nothing else
    const runAs = screen.getByLabelText('Run as');
    expect(runAs).toBeEnabled();
    expect(runAs).toHaveAccessibleDescription(/needs API 60 or later/);
    const options = [...(runAs as HTMLSelectElement).options];
    expect(options.filter((o) => !o.disabled).map((o) => o.value)).toEqual(['default']);
    expect(screen.getByTestId('run-as-identity')).toHaveTextContent('Hana Ruiz (hr_admin)');
    // when the default is chosen, the field is disabled as for any step under API 59
    fireEvent.change(runAs, { target: { value: 'default' } });
    expect(step('Provision_Laptop').runAs).toEqual({ mode: 'default' });
    expect(screen.getByLabelText('Run as')).toBeDisabled();
  });

  it('under API 62 the Requires async processing box can be ticked, and its hint says when it applies, not "Read only"', () => {
    // given a background step under API 62, where the box decides
    const base = propertiesFixture();
    renderPanel(['Provision_Laptop'], { ...base, apiVersion: 62 });
    // then
    const box = screen.getByRole('checkbox', { name: /Requires async processing/ });
    expect(box).toBeEnabled();
    expect(box).toHaveAccessibleDescription('Applies only under API 62 and earlier: from API 63 the flow’s elements decide.');
    expect(box).not.toHaveAccessibleDescription(/read only/i);
  });

  it('says whether the step runs sync or async and why', async () => {
    renderPanel(['Provision_Laptop']);
    expect(await screen.findByTestId('sync-mode')).toHaveTextContent('Runs async under API 63: contains Action and Wait elements.');
    fireEvent.change(screen.getByLabelText('Flow'), { target: { value: 'Create_Accounts' } });
    expect(step('Provision_Laptop').flow).toBe('Create_Accounts');
    expect(await screen.findByText(/the flow has no Action, Subflow or Wait element/)).toBeInTheDocument();
  });

  // until 2026-12-05 the closed picker showed "Ship laptop (Ship_Laptop) — runs async", cut at 1280×800
  it('the chosen flow shows as its label in the closed picker; its API name and run mode are beside it, describing the picker', async () => {
    renderPanel(['Provision_Laptop']);
    await screen.findByTestId('sync-mode');
    const picker = screen.getByRole('combobox', { name: 'Flow' }) as HTMLSelectElement;
    await waitFor(() => expect(picker.selectedOptions[0]?.textContent).toBe('Ship laptop'));
    expect(screen.getByTestId('flow-details')).toHaveTextContent('API name Ship_Laptop · runs async');
    expect(picker).toHaveAccessibleDescription('API name Ship_Laptop · runs async');
    // the other flows keep their API name and run mode in the list, to choose between them
    expect(within(picker).getByRole('option', { name: 'Create accounts (Create_Accounts) — runs sync' })).toBeInTheDocument();
    // when another is chosen, it is the short one
    fireEvent.change(picker, { target: { value: 'Create_Accounts' } });
    await waitFor(() => expect(picker.selectedOptions[0]?.textContent).toBe('Create accounts'));
    expect(within(picker).getByRole('option', { name: 'Ship laptop (Ship_Laptop) — runs async' })).toBeInTheDocument();
    expect(picker).toHaveAccessibleDescription('API name Create_Accounts · runs sync');
  });

  it('edits an interactive step’s assignee and completion', async () => {
    renderPanel(['Review']);
    fireEvent.change(screen.getByLabelText('Assign to'), { target: { value: 'queue' } });
    typeInto(screen.getByLabelText('Assignee'), 'HR_Queue');
    expect(step('Review').assignee).toEqual({ type: 'queue', name: 'HR_Queue' });
    fireEvent.change(screen.getByLabelText('When to complete'), { target: { value: 'requirements' } });
    expect(step('Review').complete).toEqual({ mode: 'requirements', requirements: [], logic: 'and' });
    const outputs = await screen.findByLabelText('Store approved in');
    expect(within(outputs).getByRole('option', { name: /laptopTag/ })).toBeInTheDocument();
  });

  it('an interactive step has its own Related Record ID (ActionInput__RecordId): not a flow input, kept in its place, kept when the flow changes', async () => {
    // given an interactive step whose file lists the related record before the flow's input
    const base = propertiesFixture();
    const review = base.stages[1]!.steps.find((s) => s.name === 'Review')!;
    review.inputs = { ActionInput__RecordId: 'hire.Id', contactId: 'hire.Id' };
    renderPanel(['Review'], base);
    // then it is its own field, not a row of the flow's inputs
    expect(screen.getByLabelText('Related Record ID')).toHaveValue('hire.Id');
    await screen.findByLabelText('contactId');
    expect(screen.queryByLabelText(/ActionInput__RecordId/)).toBeNull();
    // when the flow's input and the related record are edited, the inputs keep the file's order
    typeInto(screen.getByLabelText('contactId'), 'hire.AccountId');
    typeInto(screen.getByLabelText('Related Record ID'), '$Record.Id');
    expect(Object.entries(step('Review').inputs ?? {})).toEqual([['ActionInput__RecordId', '$Record.Id'], ['contactId', 'hire.AccountId']]);
    // and when the flow is taken away, the related record stays (it is the step's)
    fireEvent.change(screen.getByLabelText('Flow'), { target: { value: '' } });
    expect(step('Review').inputs).toEqual({ ActionInput__RecordId: '$Record.Id' });
    expect(screen.getByLabelText('Related Record ID')).toHaveValue('$Record.Id');
  });

  it('choosing another flow keeps the input and output rows it also declares (a mended link keeps its mapping)', () => {
    // given a step mapping an input (spelt in other case), an input the next flow lacks, and an output
    const base = propertiesFixture();
    const laptop = base.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop')!;
    laptop.inputs = { ContactID: 'hire.Id', oldOnly: 'amount' };
    renderPanel(['Provision_Laptop'], base);
    // when another flow declaring contactId and no output is chosen
    fireEvent.change(screen.getByLabelText('Flow'), { target: { value: 'Create_Accounts' } });
    // then the declared input keeps its value under the flow's spelling; the rest go
    expect(step('Provision_Laptop').flow).toBe('Create_Accounts');
    expect(step('Provision_Laptop').inputs).toEqual({ contactId: 'hire.Id' });
    expect(step('Provision_Laptop').outputs).toBeUndefined();
    // and back to the flow declaring the output: the input is still there, the output mapping was not kept
    fireEvent.change(screen.getByLabelText('Flow'), { target: { value: 'Ship_Laptop' } });
    expect(step('Provision_Laptop').inputs).toEqual({ contactId: 'hire.Id' });
    // one undo entry per change
    useAppStore.getState().undo();
    expect(step('Provision_Laptop').flow).toBe('Create_Accounts');
  });

  it('choosing another flow names the mapped rows it removes in a notice that offers Undo; rows all kept, nothing is said', () => {
    // given a step mapping contactId (which Create accounts declares), oldOnly and an output (which it does not)
    const base = propertiesFixture();
    base.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop')!.inputs = { contactId: 'hire.Id', oldOnly: 'amount' };
    renderPanel(['Provision_Laptop'], base);
    // when Create accounts is chosen
    fireEvent.change(screen.getByLabelText('Flow'), { target: { value: 'Create_Accounts' } });
    // then the user is told which rows went, and may undo it (before: they went unseen)
    const notice = useAppStore.getState().notices.at(-1);
    expect(notice?.text).toBe('“Create accounts” has no input oldOnly and output assetTag: their mappings were removed.');
    expect(notice?.undo).toBe(true);
    // when a flow that keeps every row left is chosen, nothing more is said
    const count = useAppStore.getState().notices.length;
    fireEvent.change(screen.getByLabelText('Flow'), { target: { value: 'Ship_Laptop' } });
    expect(useAppStore.getState().notices).toHaveLength(count);
  });

  it('choosing another flow keeps the output mapping the new flow also declares', () => {
    const base = propertiesFixture();
    base.flows!.find((f) => f.name === 'Send_Welcome')!.outputs = ['assetTag'];
    renderPanel(['Provision_Laptop'], base);
    fireEvent.change(screen.getByLabelText('Flow'), { target: { value: 'Send_Welcome' } });
    expect(step('Provision_Laptop').outputs).toEqual({ assetTag: 'laptopTag' });
    expect(step('Provision_Laptop').inputs).toEqual({ contactId: 'hire.Id' });
  });

  it('choosing another evaluation flow keeps the inputs it also declares', async () => {
    // given a step starting on an evaluation flow with a mapped input, and another active evaluation flow declaring it
    const base = propertiesFixture();
    const buddy = base.stages[1]!.steps.find((s) => s.name === 'Buddy')!;
    buddy.start = { mode: 'evaluationFlow', flow: 'Hire_Confirmed', inputs: { X: 'amount', gone: 'hire.Id' } };
    base.flows!.find((f) => f.name === 'Old_Check')!.active = true;
    renderPanel(['Buddy'], base);
    const picker = screen.getByRole('combobox', { name: 'Evaluation flow' });
    await within(picker).findByRole('option', { name: /Old check/ });
    // when
    fireEvent.change(picker, { target: { value: 'Old_Check' } });
    // then
    expect(step('Buddy').start).toEqual({ mode: 'evaluationFlow', flow: 'Old_Check', inputs: { x: 'amount' } });
    // and the input that went is named in a notice that offers Undo, as for a step's flow (before: it went silently)
    const notice = useAppStore.getState().notices.at(-1);
    expect(notice?.text).toBe(`“${base.flows!.find((f) => f.name === 'Old_Check')!.label}” has no input gone: its mapping was removed.`);
    expect(notice?.undo).toBe(true);
  });

  it('a background step has no Related Record ID field', () => {
    renderPanel(['Provision_Laptop']);
    expect(screen.queryByLabelText('Related Record ID')).toBeNull();
  });

  it('assigns a user by username, offered from the simulated org, or by a resource that holds one', () => {
    renderPanel(['Review']);
    const assignee = screen.getByLabelText('Assignee');
    // what it takes is said under it, not in a placeholder too long for the field
    expect(assignee).toHaveAccessibleDescription('A username, or a resource that holds one, such as $Record.OwnerId');
    expect(assignee).toHaveAttribute('placeholder', 'Username');
    // the org's users are offered as the admin types
    const offered = [...document.querySelectorAll(`#${CSS.escape(assignee.getAttribute('list')!)} option`)].map((o) => o.getAttribute('value'));
    expect(offered).toEqual(expect.arrayContaining((doc().users ?? []).filter((u) => u.active !== false).map((u) => u.username)));
    // and a reference such as a real project's $Record.Owner.ManagerId can be typed
    typeInto(assignee, '$Record.Owner.ManagerId');
    expect(step('Review').assignee).toEqual({ type: 'user', name: '$Record.Owner.ManagerId' });
  });

  it('shows the types a project flow declares for its inputs beside the mapping rows', async () => {
    // given the panel is open on a step
    renderPanel(['Create_User_Accounts']);
    await screen.findByLabelText('contactId');
    // when a design opens whose Create_Accounts was read from a project and declares contactId as a Contact record
    const base = propertiesFixture();
    act(() => {
      useAppStore.getState().openUnsavedDesign({ ...base, flows: base.flows!.map((f) => (f.name === 'Create_Accounts' ? { ...f, source: { path: 'flows/Create_Accounts.flow-meta.xml' }, parameters: [
        { name: 'contactId', direction: 'input' as const, dataType: 'SObject', objectType: 'Contact' },
      ] } : f)) }, []);
      useAppStore.getState().select(['Create_User_Accounts']);
    });
    // then
    await waitFor(() => expect(screen.getByLabelText('contactId')).toHaveAccessibleDescription(/Type: Contact record/));
  });

  it('offers the project\'s flows the design does not call yet, under the project\'s name, and links the one picked in one undo entry', async () => {
    // given a design opened from a project (its file link) whose project also holds the autolaunched flow Sync_Directory
    renderPanel(['Provision_Laptop']);
    await screen.findByTestId('sync-mode');
    const linked: Flow = { name: 'Sync_Directory', label: 'Sync directory', type: 'autolaunched', active: true, inputs: ['employeeId', 'contactId'], outputs: ['assetTag'], source: { path: 'force-app/main/default/flows/Sync_Directory.flow-meta.xml', status: 'Active' } };
    const flowOffer: ProjectFlowOffer = {
      project: 'Onboarding',
      flows: [
        { name: 'Sync_Directory', label: 'Sync directory', type: 'autolaunched', active: true, path: 'force-app/main/default/flows/Sync_Directory.flow-meta.xml' },
        { name: 'Badge_Photo', label: 'Badge photo', type: 'screen', active: true, path: 'force-app/main/default/flows/Badge_Photo.flow-meta.xml' },
        { name: 'Old_Sync', label: 'Old sync', type: 'autolaunched', active: false, path: 'force-app/main/default/flows/Old_Sync.flow-meta.xml' },
      ],
      link: (name, have) => (name === 'Sync_Directory' && !have.some((f) => f.name === name) ? { ok: true, flows: [linked], warnings: [] } : { ok: false, message: 'not offered' }),
    };
    act(() => useAppStore.getState().setProjectFile({ project: 'Onboarding', apiName: doc().name, path: 'force-app/main/default/flows/X.flow-meta.xml', writable: false, flowOffer }));
    const picker = screen.getByRole('combobox', { name: 'Flow' });
    // then: the autolaunched ones of the project, under its name (an inactive one disabled); not the screen flow
    const group = await within(picker).findByRole('group', { name: 'More flows in Onboarding' });
    expect(within(group).getAllByRole('option').map((o) => [o.textContent, (o as HTMLOptionElement).disabled])).toEqual([
      ['Sync directory (Sync_Directory)', false],
      ['Old sync (Old_Sync) — inactive', true],
    ]);
    expect(within(picker).getByRole('group', { name: 'Flow catalog' })).toBeInTheDocument();
    // when one is picked
    const before = historyLength();
    fireEvent.change(picker, { target: { value: 'Sync_Directory' } });
    // then it joins the design's flows, read-only, and the step calls it: one undo entry takes both back
    expect(step('Provision_Laptop').flow).toBe('Sync_Directory');
    // keeping the rows the linked flow also declares (it joined the catalog in the same gesture)
    expect(step('Provision_Laptop').inputs).toEqual({ contactId: 'hire.Id' });
    expect(step('Provision_Laptop').outputs).toEqual({ assetTag: 'laptopTag' });
    expect(doc().flows?.find((f) => f.name === 'Sync_Directory')?.source?.path).toBe('force-app/main/default/flows/Sync_Directory.flow-meta.xml');
    expect(historyLength()).toBe(before + 1);
    // the flow is now the catalog's, no longer offered from the project
    // (chosen, it is named by its label alone: its API name is on the line beside the picker)
    await waitFor(() => expect(within(within(picker).getByRole('group', { name: 'Flow catalog' })).getByRole('option', { name: 'Sync directory' })).toHaveValue('Sync_Directory'));
    expect(picker).toHaveAccessibleDescription(/API name Sync_Directory/);
    expect(within(within(picker).getByRole('group', { name: 'More flows in Onboarding' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Old sync (Old_Sync) — inactive']);
    act(() => useAppStore.getState().undo());
    expect(step('Provision_Laptop').flow).not.toBe('Sync_Directory');
    expect(doc().flows?.some((f) => f.name === 'Sync_Directory')).toBe(false);
  });
});
