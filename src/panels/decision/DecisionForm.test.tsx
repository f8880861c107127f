// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/appStore';
import { doc, renderPanel } from '../testing/renderPanel';

const decision = () => doc().decisions![0]!;

describe('DecisionForm', () => {
  it('adds an outcome, orders it first and points it at a stage', () => {
    // given
    renderPanel(['Is_Sales']);
    // when
    fireEvent.click(screen.getByRole('button', { name: '+ Add outcome' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move outcome 2 up', description: 'Outcome 2: Outcome 2' }));
    fireEvent.change(screen.getAllByLabelText('Then go to')[0]!, { target: { value: 'Accounts_And_Equipment' } });
    // then
    expect(decision().outcomes.map((o) => o.name)).toEqual(['Outcome_2', 'Sales']);
    expect(decision().outcomes[0]!.next).toBe('Accounts_And_Equipment');
  });

  it('an outcome’s API name follows its label while it is the one the label derives, as in Flow Builder; one typed by the admin stays', () => {
    // given a new outcome (label "Outcome 2", API name Outcome_2)
    renderPanel(['Is_Sales']);
    fireEvent.click(screen.getByRole('button', { name: '+ Add outcome' }));
    // when its label is typed
    fireEvent.change(screen.getAllByLabelText('Outcome label')[1]!, { target: { value: 'Needs approval' } });
    // then the API name follows
    expect(decision().outcomes[1]).toMatchObject({ label: 'Needs approval', name: 'Needs_approval' });
    // and a label another outcome's name derives gets a unique name
    fireEvent.change(screen.getAllByLabelText('Outcome label')[1]!, { target: { value: 'Sales' } });
    expect(decision().outcomes.map((o) => o.name)).toEqual(['Sales', 'Sales_2']);
    // when the admin types an API name of their own, a new label leaves it
    fireEvent.change(screen.getAllByLabelText('Outcome API name')[1]!, { target: { value: 'Approval_path' } });
    fireEvent.change(screen.getAllByLabelText('Outcome label')[1]!, { target: { value: 'Manager approval' } });
    expect(decision().outcomes[1]).toMatchObject({ label: 'Manager approval', name: 'Approval_path' });
  });

  it("keeps the API name of an outcome of the project file the design was opened from when its label changes, as Flow Builder keeps a saved element's", () => {
    // given a decision whose outcome Sales the project file holds, and an outcome added since
    renderPanel(['Is_Sales']);
    fireEvent.click(screen.getByRole('button', { name: '+ Add outcome' }));
    useAppStore.getState().setProjectFile({ project: 'Onboarding', apiName: doc().name, path: 'force-app/main/default/flows/X.flow-meta.xml', writable: false, savedNames: ['Is_Sales', 'Is_Sales.Sales'] });
    // when both are relabelled
    fireEvent.change(screen.getAllByLabelText('Outcome label')[0]!, { target: { value: 'Sales team' } });
    fireEvent.change(screen.getAllByLabelText('Outcome label')[1]!, { target: { value: 'Support team' } });
    // then the file's outcome keeps its name, the new one follows its label
    expect(decision().outcomes.map((o) => [o.label, o.name])).toEqual([['Sales team', 'Sales'], ['Support team', 'Support_team']]);
  });

  it('sets the default path and removes an outcome', () => {
    renderPanel(['Is_Sales']);
    fireEvent.change(screen.getByLabelText('Default path'), { target: { value: 'Settle_In' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove outcome 1', description: 'Outcome 1: Sales' }));
    expect(decision().defaultNext).toBe('Settle_In');
    expect(decision().outcomes).toEqual([]);
  });

  it('focus follows the outcome: + Add outcome goes to its label, Move to the moved outcome’s button, Remove to the next Remove, else + Add outcome', async () => {
    renderPanel(['Is_Sales']);
    // when an outcome is added: its Outcome label
    fireEvent.click(screen.getByRole('button', { name: '+ Add outcome' }));
    await waitFor(() => expect(screen.getAllByLabelText('Outcome label')[1]).toHaveFocus());
    // with its made-up label selected, so what is typed replaces it ("Outcome 2Approved" before)
    const label = screen.getAllByLabelText('Outcome label')[1] as HTMLInputElement;
    expect([label.selectionStart, label.selectionEnd]).toEqual([0, 'Outcome 2'.length]);
    // when it is moved up: the moved outcome's ↓ (its ↑ is disabled at the top), not the ↑ of the outcome now in its place
    fireEvent.click(screen.getByRole('button', { name: 'Move outcome 2 up', description: 'Outcome 2: Outcome 2' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move outcome 1 down', description: 'Outcome 1: Outcome 2' })).toHaveFocus());
    expect(decision().outcomes.map((o) => o.name)).toEqual(['Outcome_2', 'Sales']);
    // when the last one is removed: the Remove of the one before; when the only one is: + Add outcome
    fireEvent.click(screen.getByRole('button', { name: 'Remove outcome 2', description: 'Outcome 2: Sales' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove outcome 1', description: 'Outcome 1: Outcome 2' })).toHaveFocus());
    fireEvent.click(screen.getByRole('button', { name: 'Remove outcome 1', description: 'Outcome 1: Outcome 2' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '+ Add outcome' })).toHaveFocus());
  });
});
