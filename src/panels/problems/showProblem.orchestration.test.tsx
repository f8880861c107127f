// @vitest-environment jsdom
/**
 * The Run-blocked notice's Show it lands where Problems → Show it does (showProblem.ts): in the
 * problem's own field, and for the orchestration's own problems (no node: its API name, its trigger
 * entry formula) in the orchestration's form, the selection cleared; a problem no field shows (no stage at
 * all) on the Problems list's heading (docs/editor.md, chosen).
 */
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import type { Orchestration } from '../../model/types';
import { renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { showProblem } from './showProblem';

/** The notice Run leaves when `doc` has errors, its Show it pressed: what then has focus. */
async function runBlockedShowIt(doc: Orchestration, selected: string[]): Promise<{ problem: unknown; selected: readonly string[] }> {
  renderPanel(selected, doc);
  useAppStore.setState({ notices: [] });
  act(() => void useAppStore.getState().startRun());
  const notice = useAppStore.getState().notices.at(-1)!;
  expect(notice.text).toMatch(/^Can’t run yet\./);
  act(() => showProblem(notice.problem!.element, notice.problem!.path));
  return { problem: notice.problem, selected: useAppStore.getState().selected };
}

const focusedPath = () => document.activeElement?.getAttribute('data-problem-path') ?? null;

describe('Run blocked → Show it', () => {
  it('a step\'s problem: the step is selected and its Flow picker has focus, not only its node', async () => {
    const doc = propertiesFixture();
    doc.stages[0]!.steps[1]!.flow = '';
    const { problem, selected } = await runBlockedShowIt(doc, []);
    expect(problem).toEqual({ element: doc.stages[0]!.steps[1]!.name, path: 'stages[0].steps[1].flow' });
    expect(selected).toEqual([doc.stages[0]!.steps[1]!.name]);
    await waitFor(() => expect(focusedPath()).toBe('stages[0].steps[1].flow'));
  });

  it('the orchestration\'s entry formula, with a step selected: the selection is cleared and the Formula field has focus', async () => {
    const doc = propertiesFixture();
    doc.trigger = { type: 'recordTriggered', object: 'Case', when: 'create', entryFormula: '' };
    const { problem, selected } = await runBlockedShowIt(doc, [doc.stages[0]!.steps[0]!.name]);
    expect(problem).toEqual({ element: null, path: 'trigger.entryFormula' });
    expect(selected).toEqual([]);
    await waitFor(() => expect(focusedPath()).toBe('trigger.entryFormula'));
    expect((document.activeElement as HTMLInputElement).labels?.[0]?.textContent).toBe('Formula');
  });

  it('the orchestration\'s API name: the API Name field has focus', async () => {
    const doc = propertiesFixture();
    doc.name = '1bad';
    expect((await runBlockedShowIt(doc, [])).problem).toEqual({ element: null, path: 'name' });
    await waitFor(() => expect(focusedPath()).toBe('name'));
  });

  it('a problem no field shows (no stage at all): the Problems list\'s heading has focus, and it lists the problem', async () => {
    const doc = { ...propertiesFixture(), stages: [], decisions: [] } as Orchestration;
    delete doc.start;
    const { problem } = await runBlockedShowIt(doc, []);
    expect(problem).toMatchObject({ element: null });
    // Show it looks for a field for 90 frames (about 1.5 s) before it settles for the heading: with
    // three runs on one core those frames took 3.5 s, past the 3 s this wait had (test-setup's 10 s now)
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^Problems \(\d+\)$/));
  });
});
