// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import type { Orchestration, StartCondition } from '../../model/types';
import { renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { showProblem } from './showProblem';
import { orgQueryClient } from '../../org/orgQueryClient';

type Change = (doc: Orchestration) => void;

const requirements = (doc: Orchestration) => doc.stages[0]!.steps[2]!.start as Extract<StartCondition, { mode: 'requirements' }>;
const evaluation = (doc: Orchestration) => doc.stages[1]!.steps[0]!.start as Extract<StartCondition, { mode: 'evaluationFlow' }>;
const WELCOME = 'Step “Welcome email” in stage “Accounts and equipment”';
const LAPTOP = 'Step “Provision laptop” in stage “Accounts and equipment”';

/** The focused control's label, as a screen reader names it, and the problem path it carries. */
function focused(): { label: string | undefined; path: string | null } {
  const active = document.activeElement as HTMLInputElement | null;
  return { label: active?.labels?.[0]?.textContent ?? undefined, path: active?.getAttribute('data-problem-path') ?? null };
}

// [what is wrong, the change, the Show button's name, the focused field's label, its problem path]
const CASES: [string, Change, string, string, string][] = [
  ['a requirement row\'s Resource', (d) => void (requirements(d).requirements[1]!.left = ''), `${WELCOME} (When to start, Requirement 2, Resource)`, 'Resource', 'stages[0].steps[2].start.requirements[1].left'],
  ['a condition\'s custom logic', (d) => void (requirements(d).logic = '1 AND (2 OR 5)'), `${WELCOME} (When to start, Condition logic)`, 'Condition logic', 'stages[0].steps[2].start.logic'],
  ['a step\'s Flow', (d) => void (d.stages[0]!.steps[1]!.flow = ''), `${LAPTOP} (Flow)`, 'Flow', 'stages[0].steps[1].flow'],
  ['a step\'s Label', (d) => void (d.stages[0]!.steps[2]!.label = 'x'.repeat(300)), `Step “${'x'.repeat(300)}” in stage “Accounts and equipment” (Label)`, 'Label', 'stages[0].steps[2].label'],
  ['a step\'s API Name', (d) => void (d.stages[0]!.steps[2]!.name = '1bad'), 'Step “Welcome email” in stage “Accounts and equipment” (API Name)', 'API Name', 'stages[0].steps[2].name'],
  ['an evaluation flow', (d) => void (evaluation(d).flow = ''), 'Step “Assign buddy” in stage “Settle in” (When to start)', 'Evaluation flow', 'stages[1].steps[0].start.flow'],
  // the problem is at runAs.user: the Run as picker carries runAs, the nearest enclosing path
  ['a run-as user not in the org', (d) => void (d.stages[0]!.steps[1]!.runAs = { mode: 'user', user: 'nobody' }), `${LAPTOP} (Run as)`, 'Run as', 'stages[0].steps[1].runAs'],
  ['a flow output stored in a variable that is not there', (d) => void (d.stages[0]!.steps[1]!.outputs = { assetTag: 'nope' }), `${LAPTOP} (Outputs)`, 'Store assetTag in', 'stages[0].steps[1].outputs.assetTag'],
  ['a decision outcome\'s requirement row', (d) => void (d.decisions![0]!.outcomes[0]!.requirements[0]!.left = ''), 'Decision “Sales hire?” (Outcome “Sales”, Requirement 1, Resource)', 'Resource', 'decisions[0].outcomes[0].requirements[0].left'],
  ['an interactive step\'s related record (the fixture\'s own warning)', () => undefined, 'Step “Review hire” in stage “Settle in” (Related Record ID)', 'Related Record ID', 'stages[1].steps[1].inputs.ActionInput__RecordId'],
];

describe('Show it puts focus in the problem\'s field (docs/editor.md, chosen)', () => {
  it.each(CASES)('%s', async (_what, change, button, label, path) => {
    // given a design with that problem, nothing selected: the orchestration's form lists it
    const doc = propertiesFixture();
    change(doc);
    renderPanel([], doc);
    const list = screen.getByRole('heading', { name: /^Problems \(\d+\)$/ }).closest('section')!;
    // when
    fireEvent.click(within(list).getByRole('button', { name: `Show ${button}` }));
    // then the element is selected and, once its form is drawn, its field has focus
    expect(useAppStore.getState().selected).toHaveLength(1);
    await waitFor(() => expect(focused()).toEqual({ label, path }));
  });

  it('waits for a field drawn only once a slow org answers: a flow input\'s row (1 s latency)', async () => {
    // given a step's flow input that reads no resource, and an org that lists flows after a second
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      const doc = propertiesFixture();
      doc.stages[0]!.steps[0]!.inputs = { contactId: 'nope.Id' };
      renderPanel([], doc);
      orgQueryClient.clear();
      useAppStore.setState({ orgLatencyMs: 1000 });
      // when
      fireEvent.click(screen.getByRole('button', { name: 'Show Step “Create user accounts” in stage “Accounts and equipment” (Inputs)' }));
      await vi.advanceTimersByTimeAsync(1400);
      // then the row drawn after the org answered has focus
      expect(focused()).toEqual({ label: 'contactId', path: 'stages[0].steps[0].inputs.contactId' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('with no field of the problem drawn and no node to focus, focus goes to the canvas, never the page', async () => {
    // given the panel beside a canvas region (UI contract) that draws no node, and focus on a control that goes
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const canvas = Object.assign(document.createElement('div'), { tabIndex: 0 });
    canvas.setAttribute('data-canvas-host', '');
    document.body.append(canvas);
    try {
      renderPanel();
      const pressed = screen.getByRole('button', { name: /^Show Step “Review hire”/ });
      pressed.focus();
      // when a background step's completion (a field it does not have) is shown
      act(() => showProblem('Provision_Laptop', 'stages[0].steps[1].complete.requirements[0].left'));
      await vi.advanceTimersByTimeAsync(2000);
      // then the step's form is shown and focus, lost with the list, is on the canvas
      expect(screen.getByRole('heading', { name: 'Step' })).toBeInTheDocument();
      expect(document.activeElement).toBe(canvas);
    } finally {
      vi.useRealTimers();
      canvas.remove();
    }
  });
});
