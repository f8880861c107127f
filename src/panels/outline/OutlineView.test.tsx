// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import { OutlineView } from './OutlineView';
import { useAppStore } from '../../store/appStore';
import { duplicateSelection } from '../../actions/clipboard';
import { drawnStepOrder } from '../../store/drawnStepOrder';

describe('OutlineView keyboard editor', () => {
  beforeEach(() => {
    useAppStore.getState().replaceDocument({
      ...emptyOrchestration(),
      stages: [{ name: 'Prepare', label: 'Prepare', steps: [{ name: 'Check', label: 'Check', kind: 'background' }] }],
    });
    useAppStore.getState().clearHistory();
    useAppStore.getState().clearSelection();
  });

  it('adds a step and a stage, renames and deletes with keys only, each undoable', () => {
    // given
    render(<OutlineView />);
    const tree = screen.getByRole('tree', { name: 'Orchestration outline' });
    const stage = screen.getByRole('treeitem', { name: 'Stage Prepare' });
    stage.focus();
    // when: B adds a background step to the focused stage (named as the palette names it)
    fireEvent.keyDown(tree, { key: 'b' });
    // then
    expect(useAppStore.getState().doc.stages[0]!.steps.map((s) => s.name)).toEqual(['Check', 'Background_step_1']);
    expect(useAppStore.getState().selected).toEqual(['Background_step_1']);

    // when: S adds a stage after it, F2 renames it
    fireEvent.keyDown(tree, { key: 's' });
    const added = useAppStore.getState().doc.stages.map((s) => s.name);
    expect(added).toEqual(['Prepare', 'Stage_1']);
    fireEvent.keyDown(tree, { key: 'F2' });
    const input = screen.getByRole('textbox', { name: /New label/ });
    fireEvent.change(input, { target: { value: 'Ship order' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useAppStore.getState().doc.stages[1]).toMatchObject({ name: 'Ship_order', label: 'Ship order' });

    // when: Delete removes the focused stage; undo brings it back
    screen.getByRole('treeitem', { name: 'Stage Ship order' }).focus();
    fireEvent.keyDown(tree, { key: 'Delete' });
    expect(useAppStore.getState().doc.stages.map((s) => s.name)).toEqual(['Prepare']);
    useAppStore.getState().undo();
    expect(useAppStore.getState().doc.stages.map((s) => s.name)).toEqual(['Prepare', 'Ship_order']);
  });

  it('moves focus to the copy Ctrl+D (or Ctrl+V) made from a row, so Delete removes the copy, not the original', () => {
    // given: the step's row focused and selected, as a keyboard user has it before Ctrl+D
    render(<OutlineView />);
    const tree = screen.getByRole('tree');
    act(() => screen.getByRole('treeitem', { name: 'Background step Check' }).focus());
    act(() => useAppStore.getState().select(['Check']));
    // when: the app's shortcut duplicates it (the copy becomes the selection)
    act(() => duplicateSelection(useAppStore));
    expect(useAppStore.getState().selected).toEqual(['Check_2']);
    // then: focus is on the copy's row, and Delete there removes the copy
    expect(document.activeElement?.getAttribute('data-element')).toBe('Check_2');
    fireEvent.keyDown(tree, { key: 'Delete' });
    expect(useAppStore.getState().doc.stages[0]!.steps.map((s) => s.name)).toEqual(['Check']);
  });

  it('Delete on a stage\'s last step moves focus to the step before (the selection), not to its start condition\'s row', () => {
    // given: two steps, the last one's row focused
    useAppStore.getState().replaceDocument({
      ...emptyOrchestration(),
      stages: [{ name: 'Prepare', label: 'Prepare', steps: [{ name: 'Check', label: 'Check', kind: 'background' }, { name: 'Ship', label: 'Ship', kind: 'background' }] }],
    });
    render(<OutlineView />);
    const tree = screen.getByRole('tree');
    act(() => screen.getByRole('treeitem', { name: 'Background step Ship' }).focus());
    // when
    fireEvent.keyDown(tree, { key: 'Delete' });
    // then: focus and selection on Check, so a second Delete deletes it too
    expect(useAppStore.getState().selected).toEqual(['Check']);
    expect(document.activeElement?.getAttribute('data-element')).toBe('Check');
    fireEvent.keyDown(tree, { key: 'Delete' });
    expect(useAppStore.getState().doc.stages[0]!.steps).toEqual([]);
  });

  it('moves with arrows, collapses and expands, and selects with Enter', () => {
    render(<OutlineView />);
    const tree = screen.getByRole('tree');
    screen.getByRole('treeitem', { name: 'Stage Prepare' }).focus();
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: 'Background step Check' }));
    fireEvent.keyDown(tree, { key: 'Enter' });
    expect(useAppStore.getState().selected).toEqual(['Check']);
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // collapse the step
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // to its stage
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // collapse the stage
    expect(screen.queryByRole('treeitem', { name: 'Background step Check' })).toBeNull();
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(screen.getByRole('treeitem', { name: 'Background step Check' })).toBeTruthy();
  });
});

describe('OutlineView order', () => {
  beforeEach(() => {
    drawnStepOrder.publish(new Map());
    useAppStore.getState().replaceDocument({
      ...emptyOrchestration(),
      stages: [{ name: 'Prepare', label: 'Prepare', steps: ['Check', 'Pack', 'Ship'].map((name) => ({ name, label: name, kind: 'background' as const })) }],
    });
    useAppStore.getState().clearSelection();
  });

  it('lists a stage\'s steps as the canvas draws them, follows a card moved there, and the arrows and Enter go down that order', () => {
    // given: the canvas draws Ship at the top (moved there), then Check, then Pack
    act(() => drawnStepOrder.publish(new Map([['Prepare', ['Ship', 'Check', 'Pack']]])));
    render(<OutlineView />);
    const steps = () => screen.getAllByRole('treeitem').filter((row) => row.getAttribute('aria-level') === '2').map((row) => row.getAttribute('data-element'));
    expect(steps()).toEqual(['Ship', 'Check', 'Pack']);
    // when: ↓ from the stage, then past Ship's start condition, Enter
    const tree = screen.getByRole('tree');
    screen.getByRole('treeitem', { name: 'Stage Prepare' }).focus();
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-element')).toBe('Ship');
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    fireEvent.keyDown(tree, { key: 'Enter' });
    // then: the next card down is selected
    expect(useAppStore.getState().selected).toEqual(['Check']);
    // when: Pack's card is moved above the others (the canvas publishes its new order)
    act(() => drawnStepOrder.publish(new Map([['Prepare', ['Pack', 'Ship', 'Check']]])));
    // then: the rows follow, focus and selection stay on Check
    expect(steps()).toEqual(['Pack', 'Ship', 'Check']);
    expect(document.activeElement?.getAttribute('data-element')).toBe('Check');
    expect(screen.getByRole('treeitem', { name: 'Background step Check' })).toHaveAttribute('aria-posinset', '3');
  });
});

describe('OutlineView of an empty design', () => {
  beforeEach(() => {
    useAppStore.getState().replaceDocument(emptyOrchestration());
    useAppStore.getState().clearHistory();
  });

  it('holds only tree items in its tree (axe aria-required-children): the hint to add a stage is the tree’s description', () => {
    render(<OutlineView />);
    const tree = screen.getByRole('tree', { name: 'Orchestration outline' });
    expect([...tree.children].filter((child) => child.getAttribute('role') !== 'treeitem')).toEqual([]);
    expect(tree).toHaveAccessibleDescription(/Empty design\. Press S to add the first stage/);
    expect(tree).toHaveAttribute('tabindex', '0');
  });

  it('its hint names P, the key from a row to the Properties panel (Edit properties)', () => {
    render(<OutlineView />);
    expect(screen.getByText(/Arrows move · Enter selects/)).toHaveTextContent(/F2 renames · P properties · Delete deletes/);
  });
});
