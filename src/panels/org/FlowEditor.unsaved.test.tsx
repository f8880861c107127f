// @vitest-environment jsdom
/**
 * A step's new flow's editor says when what is typed is not saved yet and the card still shows the
 * flow as saved (docs/editor.md, "The card and the flow editor", chosen): the admin typed a label
 * and the card kept "New Flow 7" without a word why.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { locateElement } from '../../commands/elementLocator';
import { doc, renderPanel } from '../testing/renderPanel';

const note = () => screen.queryByText(/^Not saved yet: the card shows/);

it('after a label is typed: the note names the label the card still shows, and Save flow is described by it; after Save flow it goes', async () => {
  // given the step's new flow's editor
  renderPanel(['Create_User_Accounts']);
  fireEvent.click(await screen.findByRole('button', { name: 'New autolaunched flow…' }));
  const created = locateElement(doc(), 'Create_User_Accounts');
  const flow = created?.kind === 'step' ? doc().flows?.find((f) => f.name === created.step.flow) : undefined;
  // nothing typed yet: nothing to say
  expect(note()).toBeNull();
  // when a label is typed
  fireEvent.change(screen.getByRole('textbox', { name: 'Flow label' }), { target: { value: 'Close Onboarding' } });
  // then
  expect(note()?.textContent).toBe(`Not saved yet: the card shows “${flow?.label}” until you press Save flow or select another element.`);
  expect(screen.getByRole('button', { name: 'Save flow' })).toHaveAccessibleDescription(note()!.textContent!);
  // when typed back as it was: saved as it is
  fireEvent.change(screen.getByRole('textbox', { name: 'Flow label' }), { target: { value: flow?.label } });
  expect(note()).toBeNull();
  fireEvent.change(screen.getByRole('textbox', { name: 'Flow label' }), { target: { value: 'Close Onboarding' } });
  // when Save flow is pressed: the design has the label, the editor and its note go
  fireEvent.click(screen.getByRole('button', { name: 'Save flow' }));
  await waitFor(() => expect((doc().flows ?? []).map((f) => f.label)).toContain('Close Onboarding'));
  await waitFor(() => expect(note()).toBeNull());
});
