// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { locateElement } from '../../commands/elementLocator';
import { doc, renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';

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
