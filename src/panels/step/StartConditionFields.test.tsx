// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { locateElement } from '../../commands/elementLocator';
import { doc, historyLength, renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';

const start = (name: string) => {
  const at = locateElement(doc(), name);
  return at?.kind === 'step' ? at.step.start : undefined;
};
const notices = () => useAppStore.getState().notices;
/** The store's notices outlive a test: each starts with none. */
const begin = () => useAppStore.setState({ notices: [] });

describe('StartConditionFields: another When to start', () => {
  it('names the requirements it removes in a notice that offers Undo (a select changed by an arrow key wiped them unseen)', () => {
    // given "Welcome email" starts when its 3 requirements are met
    renderPanel(['Welcome_Email']);
    begin();
    // when
    fireEvent.change(screen.getByLabelText('When to start'), { target: { value: 'stageStarts' } });
    // then
    expect(start('Welcome_Email')).toEqual({ mode: 'stageStarts' });
    expect(notices().map((n) => [n.text, n.undo])).toEqual([['“Welcome email” no longer starts when its 3 requirements are met: they were removed. Undo (Ctrl/Cmd+Z) brings them back.', true]]);
    useAppStore.getState().undo();
    expect(start('Welcome_Email')?.mode).toBe('requirements');
  });

  it('names the evaluation flow it removes; says nothing when nothing was set (no requirement, when the stage starts)', () => {
    renderPanel(['Buddy']);
    begin();
    fireEvent.change(screen.getByLabelText('When to start'), { target: { value: 'requirements' } });
    expect(notices().map((n) => n.text)).toEqual(['“Assign buddy” no longer starts when its evaluation flow Hire_Confirmed returns true. Undo (Ctrl/Cmd+Z) brings it back.']);
    fireEvent.change(screen.getByLabelText('When to start'), { target: { value: 'stageStarts' } });
    fireEvent.change(screen.getByLabelText('When to start'), { target: { value: 'stepCompleted' } });
    expect(notices()).toHaveLength(1);
  });
});

describe('StartConditionFields: arrow keys through When to start', () => {
  /** An arrow key on the closed select, and the change Chromium fires with it (jsdom moves nothing itself). */
  const arrowTo = (select: HTMLElement, value: string) => {
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value } });
  };

  it('are one undo entry, committed when the select loses focus: one Undo returns to the choice before', () => {
    // given "Welcome email" starts when its requirements are met
    renderPanel(['Welcome_Email']);
    begin();
    const before = historyLength();
    const select = screen.getByLabelText('When to start');
    select.focus();
    // when ↓ passes two options and focus leaves the select
    arrowTo(select, 'evaluationFlow');
    arrowTo(select, 'stageStarts');
    expect(start('Welcome_Email')).toEqual({ mode: 'stageStarts' });
    fireEvent.blur(select);
    // then the history has one entry more, and one Undo brings the requirements back
    expect(historyLength()).toBe(before + 1);
    useAppStore.getState().undo();
    expect(start('Welcome_Email')?.mode).toBe('requirements');
  });

  it('Ctrl+Z pressed on the select after the arrows undoes the whole choice (the key commits it first)', () => {
    renderPanel(['Welcome_Email']);
    begin();
    const select = screen.getByLabelText('When to start');
    select.focus();
    arrowTo(select, 'evaluationFlow');
    arrowTo(select, 'stageStarts');
    // when Ctrl+Z comes to the select (the app's Undo runs after the field's own handler)
    fireEvent.keyDown(select, { key: 'z', ctrlKey: true });
    useAppStore.getState().undo();
    // then the choice before the arrows is back
    expect(start('Welcome_Email')?.mode).toBe('requirements');
    expect(useAppStore.getState().gestureMark).toBeNull();
  });

  it('a choice with the mouse (no key before it) is one entry at once', () => {
    renderPanel(['Welcome_Email']);
    const before = historyLength();
    fireEvent.change(screen.getByLabelText('When to start'), { target: { value: 'stageStarts' } });
    expect(historyLength()).toBe(before + 1);
  });
});

describe('StartConditionFields: the Resource picker of a start requirement', () => {
  const resourcesOf = (n: number) =>
    within(screen.getByRole('group', { name: new RegExp(`^Requirement ${n}`) })).getByLabelText('Resource');
  const offered = (n: number) => within(resourcesOf(n)).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);

  it('leaves out the step\'s own status and its stage\'s (Not Started and In Progress whenever the start is checked), not the others\'', () => {
    // given "Welcome email" of stage Accounts_And_Equipment
    renderPanel(['Welcome_Email']);
    // when a row is added
    fireEvent.click(screen.getByRole('button', { name: '+ Add requirement' }));
    // then its picker offers the other steps' and stages' statuses, not its own nor its stage's
    const refs = offered(4);
    expect(refs).not.toContain('Welcome_Email.Status');
    expect(refs).not.toContain('Accounts_And_Equipment.Status');
    expect(refs).toEqual(expect.arrayContaining(['Create_User_Accounts.Status', 'Buddy.Status', 'Settle_In.Status']));
  });

  it('a row that already reads the step\'s own status keeps it shown and typed, with the validator\'s warning', () => {
    // given an imported design whose Welcome email waits for its own status
    const design = propertiesFixture();
    const welcome = design.stages[0]!.steps[2]!;
    if (welcome.start?.mode !== 'requirements') throw new Error('fixture: requirements expected');
    welcome.start.requirements[0]!.left = 'Welcome_Email.Status';
    renderPanel(['Welcome_Email'], design);
    // then row 1 still shows it as a status (not "not found")
    expect(resourcesOf(1)).toHaveValue('Welcome_Email.Status');
    expect(within(resourcesOf(1)).queryByRole('option', { name: /not found/ })).toBeNull();
    expect(offered(2)).not.toContain('Welcome_Email.Status');
    expect(screen.getAllByText(/can never start: its start requirements read its own status/).length).toBeGreaterThan(0);
  });
});
