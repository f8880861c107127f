// @vitest-environment jsdom
/**
 * A step's new flow's editor left open without Save flow keeps what was typed when the admin selects
 * another element (docs/editor.md), but not when the step itself is deleted: the draft would then be
 * saved after the deletion, and the admin's Undo would put back the flow's label, not the step.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { deleteElements } from '../../commands/deleteElements';
import { locateElement } from '../../commands/elementLocator';
import { useAppStore } from '../../store/appStore';
import { PropertiesPanel } from '../PropertiesPanel';
import { doc, historyLength, renderPanel, resetStores } from '../testing/renderPanel';

/** The step's new flow created from its picker, its label typed, Save flow not pressed: the new flow's name. */
async function typeNewFlowLabel(step: string, label: string): Promise<string> {
  renderPanel([step]);
  fireEvent.click(await screen.findByRole('button', { name: 'New autolaunched flow…' }));
  fireEvent.change(await screen.findByRole('textbox', { name: 'Flow label' }), { target: { value: label } });
  const created = locateElement(doc(), step);
  if (created?.kind !== 'step' || !created.step.flow) throw new Error(`no new flow on ${step}`);
  return created.step.flow;
}

const flowLabels = () => (doc().flows ?? []).map((f) => f.label);

it('saves the typed label when the admin selects another element', async () => {
  // given
  await typeNewFlowLabel('Create_User_Accounts', 'Make accounts');
  // when
  act(() => useAppStore.getState().select(['Buddy']));
  // then
  await waitFor(() => expect(flowLabels()).toContain('Make accounts'));
  expect(locateElement(doc(), 'Create_User_Accounts')).toMatchObject({ step: { flow: 'Make_accounts' } });
});

it('drops the draft when its step is deleted, so that one Undo brings the step back with its new flow', async () => {
  // given
  const created = await typeNewFlowLabel('Create_User_Accounts', 'Make accounts');
  // when the admin deletes the step, then undoes it
  act(() => void useAppStore.getState().dispatch(deleteElements, { names: ['Create_User_Accounts'] }));
  await new Promise((resolve) => setTimeout(resolve, 20));
  act(() => useAppStore.getState().undo());
  // then: before, the draft was saved after the deletion, and this Undo put back only the flow's label
  expect(locateElement(doc(), 'Create_User_Accounts')).toMatchObject({ step: { flow: created } });
  expect(flowLabels()).not.toContain('Make accounts');
});

it('says so in a notice when the draft left is one Save flow would refuse, and leaves the flow as it was', async () => {
  // given a label typed and an input name with a space in it
  await typeNewFlowLabel('Create_User_Accounts', 'Make accounts');
  fireEvent.change(screen.getByRole('textbox', { name: 'Inputs (comma-separated)' }), { target: { value: 'contact id' } });
  // when
  act(() => useAppStore.getState().select(['Buddy']));
  // then: the label and the input were dropped without a word
  const notices = useAppStore.getState().notices.map((n) => [n.kind, n.text]);
  expect(notices).toContainEqual(['warning', 'Your changes to the flow “New Flow 8” were not saved: "contact id" is not a valid variable name']);
  expect(flowLabels()).not.toContain('Make accounts');
});

it('closes the editor when the step is deleted and the neighbour that takes its place is selected', async () => {
  // given
  await typeNewFlowLabel('Create_User_Accounts', 'Make accounts');
  // when the admin deletes the step: Delete selects the next step of the stage, at the same place
  act(() => {
    useAppStore.getState().dispatch(deleteElements, { names: ['Create_User_Accounts'] });
    useAppStore.getState().select(['Provision_Laptop']);
  });
  // then the neighbour's panel shows its own picker, closed: it showed the deleted step's editor, "Make accounts" in it
  expect(screen.getByRole('textbox', { name: 'Label' })).toHaveValue('Provision laptop');
  expect(screen.queryByRole('textbox', { name: 'Flow label' })).toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(flowLabels()).not.toContain('Make accounts');
});

/** The side column as the app has it: the run view, not the Properties panel, while a run is shown. */
function SideColumn() {
  const running = useAppStore((s) => s.runPhase !== 'idle');
  return running ? null : <PropertiesPanel />;
}

it('keeps the typed label when the admin presses Run with the editor open, once the run ends', async () => {
  // given
  resetStores(undefined, ['Create_User_Accounts']);
  render(<SideColumn />);
  fireEvent.click(await screen.findByRole('button', { name: 'New autolaunched flow…' }));
  fireEvent.change(await screen.findByRole('textbox', { name: 'Flow label' }), { target: { value: 'Make accounts' } });
  // when Run hides the Properties panel and locks the design, then the run ends
  act(() => useAppStore.setState({ runPhase: 'computing' }));
  expect(screen.queryByRole('textbox', { name: 'Flow label' })).toBeNull();
  expect(flowLabels()).not.toContain('Make accounts');
  // a new design gets its id when first autosaved, which may be during the run
  act(() => useAppStore.setState({ designId: 'saved-during-the-run' }));
  act(() => useAppStore.getState().exitRun());
  // then: it was dropped in silence
  await waitFor(() => expect(flowLabels()).toContain('Make accounts'));
  expect(locateElement(doc(), 'Create_User_Accounts')).toMatchObject({ step: { flow: 'Make_accounts' } });
});

it('saves nothing into another design opened with the editor open, though it has a flow of the same name', async () => {
  // given a draft, and another design whose step also calls a "New Flow 8"
  await typeNewFlowLabel('Create_User_Accounts', 'Make accounts');
  const other = structuredClone(doc());
  // when the admin opens that design
  act(() => useAppStore.getState().openUnsavedDesign(other, []));
  await new Promise((resolve) => setTimeout(resolve, 20));
  // then: the draft renamed the other design's flow
  expect(doc()).toBe(other);
  expect(flowLabels()).not.toContain('Make accounts');
});

it('saves nothing when the label was typed and typed back as it was', async () => {
  // given a label changed and changed back: the same flow, its label now last among its fields
  const created = await typeNewFlowLabel('Create_User_Accounts', 'Make accounts');
  const label = screen.getByRole('textbox', { name: 'Flow label' });
  fireEvent.change(label, { target: { value: created.replace(/_/g, ' ') } });
  const entries = historyLength();
  // when
  act(() => useAppStore.getState().select(['Buddy']));
  await new Promise((resolve) => setTimeout(resolve, 20));
  // then: a save of the same flow was an undo entry that changed nothing
  expect(historyLength()).toBe(entries);
});
