// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { doc, renderPanel } from '../testing/renderPanel';

const decision = () => doc().decisions![0]!;

describe('DecisionForm', () => {
  it('adds an outcome, orders it first and points it at a stage', () => {
    // given
    renderPanel(['Is_Sales']);
    // when
    fireEvent.click(screen.getByRole('button', { name: '+ Add outcome' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move outcome Outcome 2 up' }));
    fireEvent.change(screen.getAllByLabelText('Then go to')[0]!, { target: { value: 'Accounts_And_Equipment' } });
    // then
    expect(decision().outcomes.map((o) => o.name)).toEqual(['Outcome_2', 'Sales']);
    expect(decision().outcomes[0]!.next).toBe('Accounts_And_Equipment');
  });

  it('sets the default path and removes an outcome', () => {
    renderPanel(['Is_Sales']);
    fireEvent.change(screen.getByLabelText('Default path'), { target: { value: 'Settle_In' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove outcome Sales' }));
    expect(decision().defaultNext).toBe('Settle_In');
    expect(decision().outcomes).toEqual([]);
  });
});
