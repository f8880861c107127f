// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Orchestration, Scenario } from '../../model/types';
import { ExpectationsEditor } from './ExpectationsEditor';

const doc = {
  name: 'Order', label: 'Order', apiVersion: 63,
  stages: [
    { name: 'Prepare', label: 'Prepare order', steps: [
      { name: 'Validate', label: 'Validate order', kind: 'background' },
      { name: 'Charge_Payment', label: 'Charge payment', kind: 'background' },
    ] },
  ],
  decisions: [{ name: 'Large', label: 'Large order?', outcomes: [{ name: 'Yes_1', label: 'Yes', next: null }], defaultNext: null }],
} as unknown as Orchestration;

it('lists the expected outcome in an admin\'s words: labels, statuses as the legend says them, times as the run view reads them', () => {
  // given the sample's kinds of expectation, written by API names and event types
  const scenario = { name: 's', expectations: [
    { kind: 'runStatus', status: 'Completed', byMs: 8000 },
    { kind: 'order', first: { type: 'stepCompleted', element: 'Validate' }, then: { type: 'stepStarted', element: 'Charge_Payment' } },
    { kind: 'stepTime', step: 'Charge_Payment', endedBy: 4500 },
    { kind: 'stepStatus', step: 'Validate', status: 'NotStarted' },
    { kind: 'decision', decision: 'Large', outcome: 'Yes_1' },
    { kind: 'notStalled' },
  ] } as Scenario;
  // when
  render(<ExpectationsEditor doc={doc} scenario={scenario} onChange={() => {}} />);
  // then
  const items = screen.getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent);
  expect(items).toEqual([
    'The run ends Completed by 8 s',
    'Step “Validate order” completes before step “Charge payment” starts',
    'Step “Charge payment” ends by 4.5 s',
    'Step “Validate order” ends Not started',
    'Decision “Large order?” takes outcome “Yes”',
    'The run does not get stuck',
  ]);
});

it('offers the steps by their labels (API name beside) and the statuses as the legend says them', () => {
  // given
  render(<ExpectationsEditor doc={doc} scenario={{ name: 's' } as Scenario} onChange={() => {}} />);
  // then
  const subject = screen.getByRole('combobox', { name: 'Expectation subject' });
  expect(within(subject).getByRole('option', { name: 'Step Charge payment (Charge_Payment)' })).toHaveProperty('value', 'Charge_Payment');
  const status = screen.getByRole('combobox', { name: 'Expected status' });
  expect(within(status).getByRole('option', { name: 'In progress' })).toHaveProperty('value', 'InProgress');
});
