// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { after, backgroundStep, withSteps } from '../../model/testing/fixtures';
import { renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';

// step A runs a flow that does not exist (an error); B waits for A and the stage for both: two consequences
const design = () => withSteps(backgroundStep('A', { flow: 'Do_Wrok' }), after('A', 'B'));

describe('a warning that only follows from an error reads as its consequence in the Properties panel (docs/editor.md, chosen)', () => {
  it('the stage\'s exit names the step at fault in words, not as the stage\'s own warning, and "Show it" selects that step and focuses its Flow picker', async () => {
    // given the stage selected
    renderPanel(['Main'], design());
    const exit = screen.getByLabelText('When to complete the stage');
    // then its consequence names the error it follows from, and is read with the control
    // in words said once: the panel is the stage's, and the words before name the step at fault
    // (it read '…at Step “A” in stage “Main” (Flow): stage "Main" can never complete: …, and "A" and 1 more…')
    const note = screen.getByText('Warning, follows from the error at Step “A” (Flow): this stage can never complete: it waits for all its steps, and that step and 1 more can never complete (its flow "Do_Wrok" cannot run)');
    expect(exit.getAttribute('aria-describedby')?.split(' ')).toContain(note.closest('[data-consequences]')!.id);
    expect(screen.queryByText(/^Warning: stage "Main" can never complete/)).toBeNull();
    expect(exit).not.toHaveAttribute('aria-invalid');
    // when "Show it" is pressed
    fireEvent.click(screen.getByRole('button', { name: 'Show it: Step “A” in stage “Main”' }));
    // then the step at fault is selected, focus in the Flow picker that shows its error
    expect(useAppStore.getState().selected).toEqual(['A']);
    expect(screen.getByRole('heading', { name: 'Step' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Flow' })).toHaveFocus());
  });

  it('a step that can never start because of its predecessor\'s error says so at "When to start"', () => {
    renderPanel(['B'], design());
    // it read '…at Step “A” in stage “Main” (Flow): step "B" can never start: it waits for "A", which…'
    expect(screen.getByText('Warning, follows from the error at Step “A” (Flow): this step can never start: it waits for that step, which can never complete (its flow "Do_Wrok" cannot run)')).toBeInTheDocument();
    expect(screen.queryByText(/^Warning: step "B" can never start/)).toBeNull();
  });

  it('a warning whose fault is no error stays the field\'s own warning', () => {
    // given B waits for A, whose start reads its own status (a warning, not an error)
    const own = withSteps(
      backgroundStep('A', { start: { mode: 'requirements', requirements: [{ left: 'A.Status', operator: 'EqualTo', right: { string: 'Completed' } }] } }),
      after('A', 'B'),
    );
    renderPanel(['B'], own);
    expect(screen.getByText(/^Warning: this step can never start/)).toBeInTheDocument();
    expect(screen.queryByText(/follows from the error/)).toBeNull();
  });
});
