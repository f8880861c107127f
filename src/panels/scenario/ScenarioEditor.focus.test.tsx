// @vitest-environment jsdom
/** Where focus goes in the Scenarios editor after its buttons (split from ScenarioEditor.test.tsx, which holds what they edit). */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { caseOwnerDesign, oneStepDesign, openScenariosOf } from './testing/scenarioEditorSetup';
import { ScenarioEditor } from './ScenarioEditor';
import { useAppStore } from '../../store/appStore';

beforeEach(() => openScenariosOf(oneStepDesign()));

it('the row a related record was added from does not take focus the user has put elsewhere before its frame (a quick click into Scenario name)', async () => {
  useAppStore.getState().replaceDocument(caseOwnerDesign());
  render(<ScenarioEditor onClose={() => {}} />);
  const add = within(screen.getByRole('group', { name: 'Triggering record ($Record)' })).getByRole('button', { name: 'Add the Owner (a User record)' });
  add.focus();
  fireEvent.click(add);
  // when the admin clicks into the scenario's name before the next frame
  const name = screen.getByRole('textbox', { name: 'Scenario name' });
  name.focus();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // then focus stays there (the row took it, and the typing meant for the name)
  expect(name).toHaveFocus();
});

it('New scenario and Duplicate scenario put focus on the new scenario\'s name, selected, so typing names it', async () => {
  render(<ScenarioEditor onClose={() => {}} />);
  const name = screen.getByRole('textbox', { name: 'Scenario name' }) as HTMLInputElement;
  for (const [label, expected] of [['New scenario', 'Scenario 2'], ['Duplicate scenario', 'Scenario 2 (copy)']] as const) {
    const button = screen.getByRole('button', { name: label });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue(expected);
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, expected.length]);
  }
});

it('Delete scenario that leaves one scenario (the button is then disabled) puts focus on the scenario picker, not <body>; while two are left, focus stays on Delete', () => {
  render(<ScenarioEditor onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'New scenario' }));
  fireEvent.click(screen.getByRole('button', { name: 'New scenario' }));
  const del = screen.getByRole('button', { name: 'Delete scenario' });
  // when the third of three is deleted: two are left, Delete still applies
  del.focus();
  fireEvent.click(del);
  expect(del).toHaveFocus();
  // when the second of two is deleted
  fireEvent.click(del);
  // then
  expect(useAppStore.getState().scenarios).toHaveLength(1);
  expect(del).toBeDisabled();
  expect(screen.getByRole('combobox', { name: 'Scenario to edit' })).toHaveFocus();
});

it('Add record puts focus on the new record\'s first field and brings it into view, not on the button the record pushed down', async () => {
  // given a User already under Other records, and a second one asked for with the button
  const scrolled: Element[] = [];
  const scrollIntoView = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) { scrolled.push(this); };
  try {
    render(<ScenarioEditor onClose={() => {}} />);
    const section = screen.getByRole('group', { name: 'Other records of the org' });
    fireEvent.change(within(section).getByRole('combobox', { name: 'Object of a new record' }), { target: { value: 'User' } });
    const add = within(section).getByRole('button', { name: 'Add record' });
    fireEvent.click(add);
    add.focus();
    // when
    fireEvent.click(add);
    // then the second User's first field has focus, and was scrolled to
    const first = within(within(section).getByRole('group', { name: 'User 2' })).getAllByRole('textbox')[0]!;
    await waitFor(() => expect(first).toHaveFocus());
    expect(scrolled).toContain(first);
  } finally {
    Element.prototype.scrollIntoView = scrollIntoView;
  }
});
