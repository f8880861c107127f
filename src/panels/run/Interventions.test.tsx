// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import type { Orchestration } from '../../model/types';
import type { RunSnapshot } from '../../player/replay';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { Interventions } from './Interventions';

const caseEscalation = JSON.parse(readFileSync('public/samples/case-escalation.json', 'utf8')) as Orchestration;

/** The moment Manager_Review's work item is open, assigned to mgr_lee (the second of three users). */
function showOpenWorkItem(): ReturnType<typeof vi.fn> {
  resetStores(caseEscalation);
  const intervene = vi.fn(() => Promise.resolve());
  const snapshot: RunSnapshot = {
    index: 6, t: 0, run: 'InProgress', stages: { Triage: 'InProgress' }, steps: { Classify_Case: 'Completed', Manager_Review: 'InProgress' },
    stepStartedAt: { Manager_Review: 0 }, openWorkItems: ['Manager_Review'], currentStage: 'Triage', runAs: { Manager_Review: 'mgr_lee' }, lastChange: null,
  };
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: caseEscalation, snapshot, intervene }));
  return intervene;
}

beforeEach(() => resetStores());

it('acts as the open work item\'s assignee unless another user is chosen, so Complete work item closes it at the first press', () => {
  // given an open work item assigned to mgr_lee
  const intervene = showOpenWorkItem();
  render(<Interventions />);
  // then the acting user is its assignee, not the design's first user
  expect(screen.getByRole('combobox', { name: 'Acting user' })).toHaveValue('mgr_lee');
  // when completing it
  fireEvent.click(screen.getByRole('button', { name: 'Complete work item' }));
  // then the intervention names the assignee (R23: the engine ignores anyone else for a user's item)
  expect(intervene).toHaveBeenCalledWith({ type: 'completeWorkItem', step: 'Manager_Review', by: 'mgr_lee' });
});

it('says who can complete a user\'s work item when another user is chosen, instead of a press that does nothing', () => {
  // given an open work item assigned to mgr_lee
  const intervene = showOpenWorkItem();
  render(<Interventions />);
  // when acting as someone else
  fireEvent.change(screen.getByRole('combobox', { name: 'Acting user' }), { target: { value: 'support_admin' } });
  // then the button is disabled and says why
  const complete = screen.getByRole('button', { name: 'Complete work item' });
  expect(complete).toBeDisabled();
  expect(complete).toHaveAccessibleDescription('Only mgr_lee, its assignee, can complete this work item.');
  expect(intervene).not.toHaveBeenCalled();
});

it('the acting user\'s visible label is its accessible name (WCAG 2.5.3 label in name)', () => {
  showOpenWorkItem();
  render(<Interventions />);
  const select = screen.getByRole('combobox', { name: 'Acting user' });
  expect(select.closest('label')).toHaveTextContent(/^Acting user/);
});

/** The moment shown is the end of a run whose status is `run`. */
function showRunEnded(run: RunSnapshot['run']): ReturnType<typeof vi.fn> {
  resetStores(caseEscalation);
  const intervene = vi.fn(() => Promise.resolve());
  const snapshot: RunSnapshot = {
    index: 9, t: 5000, run, stages: { Triage: run === 'Error' ? 'Error' : 'Completed' }, steps: { Classify_Case: 'Completed', Manager_Review: 'Completed' },
    stepStartedAt: { Manager_Review: 0 }, openWorkItems: [], currentStage: null, runAs: {}, lastChange: null,
  };
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: caseEscalation, snapshot, intervene }));
  return intervene;
}

it.each(['Completed', 'Canceled'] as const)('a run %s at the moment shown offers no Set value, and says why: nothing reads a value after the end', (run) => {
  // given the end of a run that has ended
  const intervene = showRunEnded(run);
  render(<Interventions />);
  // then Set value is disabled and its description says the run has ended
  const set = screen.getByRole('button', { name: 'Set value' });
  expect(set).toBeDisabled();
  expect(set).toHaveAccessibleDescription(/^The run has ended .*: a value set now would change nothing\. Step back to an earlier moment to set a value there\.$/);
  fireEvent.click(set);
  expect(intervene).not.toHaveBeenCalled();
});

it('a failed run still offers Set value: a value can be corrected before Retry', () => {
  // given the end of a run in Error
  const intervene = showRunEnded('Error');
  render(<Interventions />);
  // when a value is set
  fireEvent.change(screen.getByRole('textbox', { name: 'New value' }), { target: { value: 'x' } });
  fireEvent.click(screen.getByRole('button', { name: 'Set value' }));
  // then it is an intervention
  expect(intervene).toHaveBeenCalledWith(expect.objectContaining({ type: 'set' }));
});

it('a run that has ended offers no target or value to type either: both are disabled and say why', () => {
  // given the end of a completed run
  showRunEnded('Completed');
  render(<Interventions />);
  // then the fields beside the disabled Set value are disabled too, described by the same sentence
  for (const field of [screen.getByRole('combobox', { name: 'Value to change' }), screen.getByRole('textbox', { name: 'New value' })]) {
    expect(field).toBeDisabled();
    expect(field).toHaveAccessibleDescription(/^The run has ended \(completed\): a value set now would change nothing\./);
  }
});

it('the run ending while a value is being typed moves focus to the sentence saying why, not to <body>', () => {
  // given a value being typed at a moment the run is in progress
  showOpenWorkItem();
  render(<Interventions />);
  const value = screen.getByRole('textbox', { name: 'New value' });
  value.focus();
  fireEvent.change(value, { target: { value: 'High' } });
  // when the moment shown becomes the end of the completed run (Play ran on)
  act(() => useAppStore.setState((s) => ({ snapshot: { ...s.snapshot!, index: 9, t: 5000, run: 'Completed', openWorkItems: [], currentStage: null } })));
  // then focus is on the reason, which a screen reader reads out
  expect(document.activeElement).toHaveTextContent(/^The run has ended \(completed\)/);
  expect(value).toBeDisabled();
});

it('a run in progress keeps the target and value enabled', () => {
  showOpenWorkItem();
  render(<Interventions />);
  expect(screen.getByRole('combobox', { name: 'Value to change' })).toBeEnabled();
  expect(screen.getByRole('textbox', { name: 'New value' })).toBeEnabled();
});

/** A moment of `doc`'s run with no work item open. */
function showNoWorkItem(doc: Orchestration): void {
  resetStores(doc);
  const snapshot: RunSnapshot = {
    index: 1, t: 0, run: 'InProgress', stages: {}, steps: {}, stepStartedAt: {}, openWorkItems: [], currentStage: null, runAs: {}, lastChange: null,
  };
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: doc, snapshot, intervene: vi.fn(() => Promise.resolve()) }));
}

it('with no work item open, acts as the user who launched the orchestration and says so, not silently as the first user', () => {
  // given an autolaunched design launched by its second user, at a moment with no open work item
  const onboarding = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
  const launchedByItOps = { ...onboarding, trigger: { type: 'autolaunched', launchedBy: 'it_ops', runContext: 'user' } } as Orchestration;
  showNoWorkItem(launchedByItOps);
  render(<Interventions />);
  // then the picker shows the launching user, and its description says why
  const select = screen.getByRole('combobox', { name: 'Acting user' });
  expect(select).toHaveValue('it_ops');
  expect(select).toHaveAccessibleDescription('No open work item is assigned to a user: acting as it_ops, who launched the orchestration.');
  // when the admin chooses a user, the reason goes
  fireEvent.change(select, { target: { value: 'hr_admin' } });
  expect(select).not.toHaveAccessibleDescription();
});

it('with no work item open and no launching user among the users (a record-triggered design), says it is the first user', () => {
  showNoWorkItem(caseEscalation);
  render(<Interventions />);
  const select = screen.getByRole('combobox', { name: 'Acting user' });
  expect(select).toHaveValue('support_admin');
  expect(select).toHaveAccessibleDescription('No open work item is assigned to a user: acting as support_admin, the first of the design’s users.');
});
