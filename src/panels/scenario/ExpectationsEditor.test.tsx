// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
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

/** The editor kept by a parent, as the Scenarios dialog keeps it: each change drawn again. */
function Kept({ initial }: { initial: Scenario }) {
  const [scenario, setScenario] = useState(initial);
  return <ExpectationsEditor doc={doc} scenario={scenario} onChange={setScenario} />;
}

it('removing the last expectation hands focus to the Remove now last, then to Add expectation: never to <body>, out of the modal dialog', () => {
  // given two expectations
  const view = render(<Kept initial={{ name: 's', expectations: [{ kind: 'notStalled' }, { kind: 'stepStatus', step: 'Validate', status: 'Completed' }] } as Scenario} />);
  const own = within(view.container);
  const frames: FrameRequestCallback[] = [];
  const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((f) => frames.push(f));
  const nextFrame = () => act(() => frames.splice(0).forEach((f) => f(0)));
  // when the second one's Remove is pressed from the keyboard
  own.getByRole('button', { name: 'Remove expectation 2' }).focus();
  act(() => fireEvent.click(own.getByRole('button', { name: 'Remove expectation 2' })));
  nextFrame();
  // then the first one's Remove has focus
  expect(own.getAllByRole('listitem')).toHaveLength(1);
  expect(own.getByRole('button', { name: 'Remove expectation 1' })).toHaveFocus();
  // when the last one left is removed, then Add expectation has it
  act(() => fireEvent.click(own.getByRole('button', { name: 'Remove expectation 1' })));
  nextFrame();
  expect(own.queryAllByRole('listitem')).toEqual([]);
  expect(own.getByRole('button', { name: 'Add expectation' })).toHaveFocus();
  raf.mockRestore();
});

it('asks for the run’s end time in words, not “by ms”, and lists it as the Timeline reads it', () => {
  // given a scenario that expects nothing yet
  function Editor() {
    const [scenario, setScenario] = useState<Scenario>({ name: 's', expectations: [] } as unknown as Scenario);
    return <ExpectationsEditor doc={doc} scenario={scenario} onChange={setScenario} />;
  }
  render(<Editor />);
  // when The run, Completed, by 8000 is added
  const by = screen.getByRole('spinbutton', { name: 'Ends by, in milliseconds (the run only, optional)' });
  expect(by).toHaveAttribute('placeholder', 'ends by (ms)');
  fireEvent.change(by, { target: { value: '8000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add expectation' }));
  // then it reads in seconds, as the run view says it
  expect(screen.getByRole('listitem')).toHaveTextContent('The run ends Completed by 8 s');
});
