// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { doc, renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';

describe('StageForm', () => {
  it('sets the exit condition to requirements and to an evaluation flow', () => {
    // given
    renderPanel(['Settle_In']);
    const mode = screen.getByLabelText('When to complete the stage');
    // when
    fireEvent.change(mode, { target: { value: 'requirements' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Add requirement' }));
    fireEvent.change(screen.getByLabelText('Resource'), { target: { value: 'Buddy.Status' } });
    // then
    expect(doc().stages[1]!.exit).toEqual({
      mode: 'requirements',
      logic: 'and',
      requirements: [{ left: 'Buddy.Status', operator: 'EqualTo', right: { string: 'Completed' } }],
    });
    useAppStore.setState({ notices: [] });
    fireEvent.change(mode, { target: { value: 'evaluationFlow' } });
    expect(doc().stages[1]!.exit).toEqual({ mode: 'evaluationFlow', flow: 'Hire_Confirmed', inputs: {} });
    // the requirement that went is named, with Undo offered (it went unseen)
    expect(useAppStore.getState().notices.map((n) => [n.text, n.undo])).toEqual([['“Settle in” no longer completes when its requirement is met: it was removed. Undo (Ctrl/Cmd+Z) brings it back.', true]]);
  });

  it('picks the next element and a fault path, never the stage itself', () => {
    renderPanel(['Settle_In']);
    const next = screen.getByLabelText('Next element');
    expect(within(next).queryByRole('option', { name: 'Stage: Settle in' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Fault path'), { target: { value: 'Accounts_And_Equipment' } });
    expect(doc().stages[1]!.faultNext).toBe('Accounts_And_Equipment');
    fireEvent.change(screen.getByLabelText('Fault path'), { target: { value: '' } });
    expect(doc().stages[1]).not.toHaveProperty('faultNext');
  });
});
