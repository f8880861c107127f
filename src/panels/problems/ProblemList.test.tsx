// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import type { Problem } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { indexProblems } from '../../store/problems';
import { renderPanel } from '../testing/renderPanel';
import { ProblemList } from './ProblemList';
import { showProblemList } from './showProblemList';

const ownWarning: Problem = { path: 'stages[1].steps[0].assignee', message: 'the user is inactive', severity: 'warning' };
const consequence: Problem = { path: 'stages[0].exit', message: 'the stage can never complete', severity: 'warning', cause: 'stages[0].steps[1].flow' };
const error: Problem = { path: 'stages[0].steps[1].flow', message: 'choose a flow', severity: 'error' };
const docError: Problem = { path: 'label', message: 'give it a label', severity: 'error' };

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('ProblemList', () => {
  it('lists errors first, then warnings that follow from one (marked so), then the other warnings, each named in the admin\'s words', () => {
    // given problems in the validator's order
    render(<ProblemList doc={propertiesFixture()} index={indexProblems([ownWarning, consequence, error, docError])} />);
    // then
    expect(screen.getByRole('heading', { name: 'Problems (4)' })).toBeInTheDocument();
    expect(rows().map((r) => r.textContent)).toEqual([
      'Error — Step “Provision laptop” in stage “Accounts and equipment” (Flow): choose a flowShow it',
      'Error — The orchestration (Label): give it a label',
      // its place first, as every row; the error is in that stage, which is not named again (docs/editor.md, chosen)
      'Warning — Stage “Accounts and equipment” (When to complete the stage): follows from the error at Step “Provision laptop” (Flow): the stage can never completeShow it',
      'Warning — Step “Assign buddy” in stage “Settle in” (Assignee): the user is inactiveShow it',
    ]);
    // each button says what it shows; the orchestration's own problem is in this form already
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Show Step “Provision laptop” in stage “Accounts and equipment” (Flow)',
      'Show Stage “Accounts and equipment” (When to complete the stage)',
      'Show Step “Assign buddy” in stage “Settle in” (Assignee)',
    ]);
  });

  it('a consequence names its place first and its error after it, the error\'s stage only when it is another stage, and the failing step as "that step" (docs/editor.md, chosen)', () => {
    // given the validator's words for a stage that waits for a flowless step of its own, and for a
    // step of the next stage whose start reads that step's status
    const flowless: Problem = { path: 'stages[0].steps[1].flow', message: 'choose a flow', severity: 'error' };
    const stageWaits: Problem = { path: 'stages[0].exit', message: 'stage "Accounts_And_Equipment" can never complete: it waits for all its steps, and "Provision_Laptop" can never complete (it has no flow)', severity: 'warning', cause: 'stages[0].steps[1]' };
    const laterStage: Problem = { path: 'stages[1].exit', message: 'stage "Settle_In" can never complete', severity: 'warning', cause: 'stages[0].steps[1]' };
    render(<ProblemList doc={propertiesFixture()} index={indexProblems([flowless, stageWaits, laterStage])} />);
    // then "Accounts and equipment" is said once in the first consequence, and kept where it is another stage's
    expect(rows().map((r) => r.textContent)).toEqual([
      'Error — Step “Provision laptop” in stage “Accounts and equipment” (Flow): choose a flowShow it',
      'Warning — Stage “Accounts and equipment” (When to complete the stage): follows from the error at Step “Provision laptop” (Flow): this stage can never complete: it waits for all its steps, and that step can never complete (it has no flow)Show it',
      'Warning — Stage “Settle in” (When to complete the stage): follows from the error at Step “Provision laptop” in stage “Accounts and equipment” (Flow): this stage can never completeShow it',
    ]);
  });

  it('two problems of one step have Show buttons of different names, each with its field (a requirement row\'s too)', () => {
    // given two empty requirement rows of one step (docs/editor.md, chosen)
    const rowProblem = (row: number): Problem => ({ path: `stages[1].steps[0].start.requirements[${row}].left`, message: 'choose a resource', severity: 'error' });
    render(<ProblemList doc={propertiesFixture()} index={indexProblems([rowProblem(0), rowProblem(1)])} />);
    // then a screen reader hears which row each one shows
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Show Step “Assign buddy” in stage “Settle in” (When to start, Requirement 1, Resource)',
      'Show Step “Assign buddy” in stage “Settle in” (When to start, Requirement 2, Resource)',
    ]);
  });

  it('a message that names a step or stage by its API name names it by its label, the API name after it, and the element its place names as "this step" or "this stage" (the validator\'s words keep API names for the CLI)', () => {
    // given the validator's messages, as `stageflow validate` prints them
    const selfWait: Problem = { path: 'stages[0].steps[2].start.step', message: 'step "Welcome_Email" cannot wait for itself to complete', severity: 'error' };
    const neverCompletes: Problem = { path: 'stages[0].exit', message: 'stage "Accounts_And_Equipment" can never complete: "Create_User_Accounts" and 2 more can never complete (its flow "Create_Accounts" cannot run)', severity: 'warning' };
    render(<ProblemList doc={propertiesFixture()} index={indexProblems([selfWait, neverCompletes])} />);
    // then the list names the elements as the admin knows them, the place's own once; the flow keeps its API name
    expect(rows().map((r) => r.textContent)).toEqual([
      'Error — Step “Welcome email” in stage “Accounts and equipment” (When to start): this step cannot wait for itself to completeShow it',
      'Warning — Stage “Accounts and equipment” (When to complete the stage): this stage can never complete: “Create user accounts” (Create_User_Accounts) and 2 more can never complete (its flow "Create_Accounts" cannot run)Show it',
    ]);
  });

  it('a step\'s own empty requirement list is "this condition" after the place, which names the step and When to start already', () => {
    // given the validator's message, which names its owner for the CLI
    const empty: Problem = { path: 'stages[0].steps[2].start.requirements', message: 'step "Welcome_Email" (when to start) has no requirements: add at least one', severity: 'error' };
    render(<ProblemList doc={propertiesFixture()} index={indexProblems([empty])} />);
    // then the step is named once: it read '…(When to start): step “Welcome email” (Welcome_Email) (when to start) has no requirements…'
    expect(rows().map((r) => r.textContent)).toEqual(['Error — Step “Welcome email” in stage “Accounts and equipment” (When to start): this condition has no requirements: add at least oneShow it']);
  });

  it('draws the first 50 rows and counts the rest, so a large design with many problems does not slow the panel', () => {
    // given 62 problems
    const many = Array.from({ length: 62 }, (_, i): Problem => ({ path: 'stages[0].steps[0].flow', message: `problem ${i}`, severity: 'error' }));
    render(<ProblemList doc={propertiesFixture()} index={indexProblems(many)} />);
    // then
    expect(screen.getByRole('heading', { name: 'Problems (62)' })).toBeInTheDocument();
    expect(rows()).toHaveLength(50);
    expect(screen.getByText('…and 12 more problems, shown as you fix these.')).toBeInTheDocument();
  });

  it('errors come first however many warnings precede them: 2,000 consequences, then 2,000 errors', () => {
    // given the warnings first in the validator's order
    const warnings = Array.from({ length: 2000 }, (_, i): Problem => ({ ...consequence, message: `stage ${i}` }));
    const errors = Array.from({ length: 2000 }, (_, i): Problem => ({ ...error, message: `flow ${i}` }));
    render(<ProblemList doc={propertiesFixture()} index={indexProblems([...warnings, ...errors])} />);
    // then the drawn rows are the first errors, the rest counted
    expect(rows()).toHaveLength(50);
    expect(rows().every((r) => r.textContent!.startsWith('Error — '))).toBe(true);
    expect(screen.getByText('…and 3950 more problems, shown as you fix these.')).toBeInTheDocument();
  });

  it('Show it selects the element', () => {
    // given
    renderPanel();
    render(<ProblemList doc={propertiesFixture()} index={indexProblems([error])} />);
    // when
    fireEvent.click(screen.getByRole('button', { name: 'Show Step “Provision laptop” in stage “Accounts and equipment” (Flow)' }));
    // then
    expect(useAppStore.getState().selected).toEqual(['Provision_Laptop']);
  });

  it('is part of the orchestration\'s form, with the design\'s problems; Show all problems clears the selection and focuses its heading', async () => {
    // given a design whose step has no flow, with that step selected
    const doc = propertiesFixture();
    doc.stages[0]!.steps[1]!.flow = '';
    renderPanel(['Provision_Laptop'], doc);
    expect(screen.queryByRole('heading', { name: /^Problems/ })).toBeNull();
    // when
    act(() => showProblemList());
    // then
    expect(useAppStore.getState().selected).toEqual([]);
    const heading = await screen.findByRole('heading', { name: /^Problems \(\d+\)$/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getAllByRole('button', { name: 'Show Step “Provision laptop” in stage “Accounts and equipment” (Flow)' }).length).toBeGreaterThan(0);
  });
});
