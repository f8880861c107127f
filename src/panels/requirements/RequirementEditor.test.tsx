// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { locateElement } from '../../commands/elementLocator';
import type { RequirementList } from '../../model/types';
import { doc, historyLength, renderPanel } from '../testing/renderPanel';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { selectProblems } from '../../store/selectors';

function welcomeStart(): RequirementList {
  const at = locateElement(doc(), 'Welcome_Email');
  if (at?.kind !== 'step' || at.step.start?.mode !== 'requirements') throw new Error('no requirements');
  return at.step.start;
}

function chargeStart(): RequirementList {
  const at = locateElement(doc(), 'Charge');
  if (at?.kind !== 'step' || at.step.start?.mode !== 'requirements') throw new Error('no requirements');
  return at.step.start;
}

const row = (n: number) => screen.getByRole('group', { name: new RegExp(`^Requirement ${n}`) });

describe('RequirementEditor', () => {
  it('offers operators that suit the resource type and a value input that fits it', () => {
    // given
    renderPanel(['Welcome_Email']);
    fireEvent.click(screen.getByRole('button', { name: '+ Add requirement' }));
    // when: a Number variable
    fireEvent.change(within(row(4)).getByLabelText('Resource'), { target: { value: 'amount' } });
    // then
    const operators = within(within(row(4)).getByLabelText('Operator')).getAllByRole('option').map((o) => o.textContent);
    expect(operators).toContain('Greater Than');
    expect(operators).not.toContain('Contains');
    expect(within(row(4)).getByLabelText('Value')).toHaveAttribute('type', 'number');
    fireEvent.change(within(row(4)).getByLabelText('Operator'), { target: { value: 'GreaterThan' } });
    const value = within(row(4)).getByLabelText('Value');
    fireEvent.change(value, { target: { value: '100' } });
    fireEvent.blur(value);
    expect(welcomeStart().requirements[3]).toEqual({ left: 'amount', operator: 'GreaterThan', right: { number: 100 } });
    // and a status compares with a status picklist
    fireEvent.change(within(row(4)).getByLabelText('Resource'), { target: { value: 'Buddy.Status' } });
    expect(within(within(row(4)).getByLabelText('Value')).getByRole('option', { name: 'Discontinued' })).toBeInTheDocument();
    expect(welcomeStart().requirements[3]!.operator).toBe('EqualTo');
  });

  it('"Use a reference" starts at a resource of the left side\'s type, and unticking it brings the typed value back', () => {
    // given a Number row Greater Than 100
    renderPanel(['Welcome_Email']);
    fireEvent.click(screen.getByRole('button', { name: '+ Add requirement' }));
    fireEvent.change(within(row(4)).getByLabelText('Resource'), { target: { value: 'amount' } });
    fireEvent.change(within(row(4)).getByLabelText('Operator'), { target: { value: 'GreaterThan' } });
    const value = within(row(4)).getByLabelText('Value');
    fireEvent.change(value, { target: { value: '100' } });
    fireEvent.blur(value);
    // when a reference is used
    fireEvent.click(within(row(4)).getByLabelText('Use a reference'));
    // then it is a Number resource (not the first resource of any type), so the row is valid as it stands
    const ref = welcomeStart().requirements[3]!.right as { ref: string };
    expect(ref.ref).toBeTruthy();
    expect(within(row(4)).queryByText(/cannot be compared/)).toBeNull();
    // and unticked, the 100 typed before is back
    fireEvent.click(within(row(4)).getByLabelText('Use a reference'));
    expect(welcomeStart().requirements[3]!.right).toEqual({ number: 100 });
  });

  it('refuses an 11th requirement and suggests an evaluation flow', () => {
    renderPanel(['Welcome_Email']);
    const add = screen.getByRole('button', { name: '+ Add requirement' });
    for (let i = 0; i < 7; i++) fireEvent.click(add);
    expect(welcomeStart().requirements).toHaveLength(10);
    fireEvent.click(add);
    expect(welcomeStart().requirements).toHaveLength(10);
    expect(screen.getByRole('alert')).toHaveTextContent(/at most 10 requirements.*evaluation flow/);
  });

  it('parses custom logic as it is typed, marks the faulty character, and accepts the fix as one entry', () => {
    // given
    renderPanel(['Welcome_Email']);
    const logic = screen.getByLabelText('Condition logic');
    // when
    fireEvent.change(logic, { target: { value: '1 AND (2 OR 3' } });
    // then
    expect(logic).toHaveAttribute('aria-invalid', 'true');
    expect(logic).toHaveAccessibleDescription(/expected "\)"/);
    expect(screen.getByTestId('logic-error-marker')).toHaveAttribute('data-error-position', '14');
    fireEvent.change(logic, { target: { value: '1 AND (2 OR 3)' } });
    fireEvent.blur(logic);
    expect(logic).not.toHaveAttribute('aria-invalid');
    expect(welcomeStart().logic).toBe('1 AND (2 OR 3)');
    expect(historyLength()).toBe(1);
  });

  it('an emptied logic field stays, with focus, and says what to type; the design keeps its logic and each edit is one undo entry', () => {
    // given
    renderPanel(['Welcome_Email']);
    const before = welcomeStart().logic;
    const logic = screen.getByLabelText('Condition logic');
    logic.focus();
    // when the admin clears it
    fireEvent.change(logic, { target: { value: '' } });
    // then the field is still there, focused and empty, and the design still holds its logic
    expect(screen.getByLabelText('Condition logic')).toBe(logic);
    expect(logic).toHaveFocus();
    expect(logic).toHaveValue('');
    expect(logic).toHaveAccessibleDescription(/Type how the rows combine/);
    expect(welcomeStart().logic).toBe(before);
    // when new logic is typed and the field is left
    fireEvent.change(logic, { target: { value: '(1 OR 2) AND 3' } });
    fireEvent.blur(logic);
    // then it is one undo entry, and the next edit is one more
    expect(welcomeStart().logic).toBe('(1 OR 2) AND 3');
    expect(historyLength()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: '+ Add requirement' }));
    expect(historyLength()).toBe(2);
    act(() => useAppStore.temporal.getState().undo());
    expect(welcomeStart().requirements).toHaveLength(3);
    expect(welcomeStart().logic).toBe('(1 OR 2) AND 3');
  });

  it('a logic field left empty shows the design\'s logic again', () => {
    renderPanel(['Welcome_Email']);
    const before = welcomeStart().logic;
    const logic = screen.getByLabelText('Condition logic');
    logic.focus();
    fireEvent.change(logic, { target: { value: '  ' } });
    fireEvent.blur(logic);
    expect(screen.getByLabelText('Condition logic')).toHaveValue(before);
    expect(historyLength()).toBe(0);
  });

  it('names every row the custom logic leaves out', () => {
    renderPanel(['Welcome_Email']);
    fireEvent.change(screen.getByLabelText('Condition logic'), { target: { value: '1' } });
    expect(screen.getByText(/Rows 2 and 3 are not used by the logic/)).toBeInTheDocument();
    expect(within(row(2)).getByText('not used by the logic')).toBeInTheDocument();
  });

  it('renumbers custom logic when rows move and when a row is removed', () => {
    renderPanel(['Welcome_Email']);
    const before = welcomeStart().requirements;
    fireEvent.click(screen.getByRole('button', { name: 'Move requirement 1 down' }));
    expect(welcomeStart().requirements[1]).toEqual(before[0]);
    expect(welcomeStart().logic).toBe('2 AND (1 OR 3)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove requirement 3' }));
    expect(welcomeStart().requirements).toHaveLength(2);
    expect(welcomeStart().logic).toBe('2 AND 1');
  });

  it('switches between All, Any and custom logic', () => {
    renderPanel(['Welcome_Email']);
    fireEvent.click(screen.getByLabelText('Any condition is met (OR)'));
    expect(welcomeStart().logic).toBe('or');
    fireEvent.click(screen.getByLabelText('Custom condition logic is met'));
    expect(welcomeStart().logic).toBe('1 OR 2 OR 3');
  });

  it('offers the values the project lists for a picklist of the trigger object, while the design is the one opened from it', () => {
    // given a Case design whose step waits for $Record.Tier__c = Gold, opened from a project whose Tier__c lists Gold, Silver and Bronze
    const design = {
      ...emptyOrchestration(),
      trigger: { type: 'recordTriggered', object: 'Case', when: 'create' },
      flows: [{ name: 'F', type: 'autolaunched', active: true }],
      stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F', start: { mode: 'requirements', requirements: [{ left: '$Record.Tier__c', operator: 'EqualTo', right: { string: 'Gold' } }] } }] }],
    } as Orchestration;
    const tier = { name: 'Tier__c', type: 'Picklist', values: ['Gold', 'Silver', 'Bronze'] };
    renderPanel(['Charge'], design);
    act(() => useAppStore.getState().setProjectFile({ project: 'support', apiName: design.name, path: 'flows/X.flow-meta.xml', writable: false, objects: new Map([['Case', new Map([['Tier__c', tier]])]]) }));
    // then the value field offers them
    const value = within(row(1)).getByLabelText('Value');
    const list = document.getElementById(value.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))).toEqual(['Gold', 'Silver', 'Bronze']);
    // when the design is no longer the project's, nothing is offered
    act(() => useAppStore.getState().setProjectFile(null));
    expect(within(row(1)).getByLabelText('Value').getAttribute('list')).toBeNull();
  });

  it('a record-triggered design reads any field of its record: "Another field of Case…" takes its API name, offering the project\'s fields', async () => {
    // given a Case design that reads no field of its record yet, opened from a project declaring Tier__c
    const design = {
      ...emptyOrchestration(),
      trigger: { type: 'recordTriggered', object: 'Case', when: 'create' },
      flows: [{ name: 'F', type: 'autolaunched', active: true }],
      stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F', start: { mode: 'requirements', requirements: [{ left: 'Charge.Status', operator: 'EqualTo', right: { string: 'Completed' } }] } }] }],
    } as Orchestration;
    renderPanel(['Charge'], design);
    act(() => useAppStore.getState().setProjectFile({ project: 'support', apiName: design.name, path: 'flows/X.flow-meta.xml', writable: false, objects: new Map([['Case', new Map([['Tier__c', { name: 'Tier__c', type: 'Text' }]])]]) }));
    const resource = within(row(1)).getByLabelText('Resource');
    expect(within(resource).queryByRole('option', { name: /\$Record\.Priority/ })).toBeNull();
    // when the admin chooses "Another field of Case…"
    fireEvent.change(resource, { target: { value: within(resource).getByRole('option', { name: 'Another field of Case…' }).getAttribute('value') } });
    let field = within(row(1)).getByLabelText('Field of Case');
    // Escape, with a name typed, leaves the row as it was, focus back on the picker
    field.focus();
    fireEvent.change(field, { target: { value: 'Origin' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(within(row(1)).queryByLabelText('Field of Case')).toBeNull();
    expect(within(row(1)).getByLabelText('Resource')).toHaveFocus();
    expect(chargeStart().requirements[0]!.left).toBe('Charge.Status');
    fireEvent.change(resource, { target: { value: within(resource).getByRole('option', { name: 'Another field of Case…' }).getAttribute('value') } });
    field = within(row(1)).getByLabelText('Field of Case');
    // then the project's field is offered while typing, and a name that is not one is refused, saying why
    const list = document.getElementById(field.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))).toEqual(['Tier__c']);
    fireEvent.change(field, { target: { value: 'Prio rity' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field).toHaveAccessibleDescription(/"Prio rity" is not a field's API name/);
    expect(chargeStart().requirements[0]!.left).toBe('Charge.Status');
    // and Enter uses a field's name: the row reads $Record.Priority, focus back on the picker showing it
    fireEvent.change(field, { target: { value: 'Priority' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(chargeStart().requirements[0]!.left).toBe('$Record.Priority');
    expect(within(row(1)).queryByLabelText('Field of Case')).toBeNull();
    await waitFor(() => expect(within(row(1)).getByLabelText('Resource')).toHaveFocus());
    expect(within(row(1)).getByLabelText('Resource')).toHaveValue('$Record.Priority');
  });

  it('focus follows the row: Add requirement goes to the new row’s Resource, Move to the moved row’s button, Remove to the next Remove, else the one before, else Add', async () => {
    // given Welcome_Email's three requirements
    renderPanel(['Welcome_Email']);
    const [first, second, third] = welcomeStart().requirements;
    // when row 1 is moved down, then the focused button is pressed again
    const down = within(row(1)).getByRole('button', { name: 'Move requirement 1 down' });
    down.focus();
    fireEvent.click(down);
    await waitFor(() => expect(within(row(2)).getByRole('button', { name: 'Move requirement 2 down' })).toHaveFocus());
    fireEvent.click(document.activeElement!);
    // then the same requirement went down twice (before: focus stayed on row 1, and the second press moved it back up)
    expect(welcomeStart().requirements).toEqual([second, third, first]);
    // at the bottom its ↓ is disabled: focus is on its ↑
    await waitFor(() => expect(within(row(3)).getByRole('button', { name: 'Move requirement 3 up' })).toHaveFocus());
    // when a requirement is added: its Resource, ready to be chosen
    fireEvent.click(screen.getByRole('button', { name: '+ Add requirement' }));
    await waitFor(() => expect(within(row(4)).getByLabelText('Resource')).toHaveFocus());
    // when the last row is removed: the Remove of the row before; when the only one is: Add requirement
    fireEvent.click(within(row(4)).getByRole('button', { name: 'Remove requirement 4' }));
    await waitFor(() => expect(within(row(3)).getByRole('button', { name: 'Remove requirement 3' })).toHaveFocus());
    for (const n of [3, 2]) {
      fireEvent.click(within(row(n)).getByRole('button', { name: `Remove requirement ${n}` }));
      await waitFor(() => expect(within(row(n - 1)).getByRole('button', { name: `Remove requirement ${n - 1}` })).toHaveFocus());
    }
    fireEvent.click(within(row(1)).getByRole('button', { name: 'Remove requirement 1' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '+ Add requirement' })).toHaveFocus());
  });

  it('says a list has no requirements without naming the step the panel is about, once, where the CLI and the Problems list keep its name', () => {
    // given a step whose start waits on an empty requirement list
    const design = {
      ...emptyOrchestration(),
      flows: [{ name: 'F', type: 'autolaunched', active: true }],
      stages: [{ name: 'S', steps: [{ name: 'Hiring_Manager_Interview', kind: 'background', flow: 'F', start: { mode: 'requirements', requirements: [] } }] }],
    } as Orchestration;
    renderPanel(['Hiring_Manager_Interview'], design);
    // then the problem (its message names the owner, for the CLI) reads without it in the step's panel
    expect(selectProblems(useAppStore.getState()).all.map((p) => p.message)).toContain('step "Hiring_Manager_Interview" (when to start) has no requirements: add at least one');
    // (the field notes of the step's own panel say it once already: store/problems.ts)
    expect(selectProblems(useAppStore.getState()).at('stages[0].steps[0].start.requirements')).toEqual(['this condition has no requirements: add at least one']);
    expect(screen.getByText('This condition has no requirements: add at least one')).toBeInTheDocument();
    expect(screen.queryByText(/Hiring_Manager_Interview" \(when to start\)/)).not.toBeInTheDocument();
    // and the hint saying the same is not repeated beside it
    expect(screen.queryByText('No requirements yet: add one.')).not.toBeInTheDocument();
  });

  it('says it without the step\'s name also when the step has a label, by which the editor\'s problems name it', () => {
    // given a labelled step whose start waits on an empty requirement list (a new admin's Background step 1)
    const design = {
      ...emptyOrchestration(),
      flows: [{ name: 'F', type: 'autolaunched', active: true }],
      stages: [{ name: 'S', steps: [{ name: 'Background_step_1', label: 'Background step 1', kind: 'background', flow: 'F', start: { mode: 'requirements', requirements: [] } }] }],
    } as Orchestration;
    renderPanel(['Background_step_1'], design);
    // then the step's panel says "This condition", not the step's name and "(when to start)" again
    expect(screen.getByText('This condition has no requirements: add at least one')).toBeInTheDocument();
    expect(screen.queryByText(/\(when to start\)/)).not.toBeInTheDocument();
  });
});
