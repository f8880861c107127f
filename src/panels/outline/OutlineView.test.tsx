// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import { clearHistory, undo, useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { OutlineView } from './OutlineView';

describe('OutlineView keyboard editor', () => {
  beforeEach(() => {
    useDocumentStore.getState().replaceDocument({
      ...emptyOrchestration(),
      stages: [{ name: 'Prepare', label: 'Prepare', steps: [{ name: 'Check', label: 'Check', kind: 'background' }] }],
    });
    clearHistory();
    useSelectionStore.getState().clear();
  });

  it('adds a step and a stage, renames and deletes with keys only, each undoable', () => {
    // given
    render(<OutlineView />);
    const tree = screen.getByRole('tree', { name: 'Orchestration outline' });
    const stage = screen.getByRole('treeitem', { name: 'Stage Prepare' });
    stage.focus();
    // when: B adds a background step to the focused stage
    fireEvent.keyDown(tree, { key: 'b' });
    // then
    expect(useDocumentStore.getState().doc.stages[0]!.steps.map((s) => s.name)).toEqual(['Check', 'Background_step']);
    expect(useSelectionStore.getState().selected).toEqual(['Background_step']);

    // when: S adds a stage after it, F2 renames it
    fireEvent.keyDown(tree, { key: 's' });
    const added = useDocumentStore.getState().doc.stages.map((s) => s.name);
    expect(added).toEqual(['Prepare', 'Stage']);
    fireEvent.keyDown(tree, { key: 'F2' });
    const input = screen.getByRole('textbox', { name: /New label/ });
    fireEvent.change(input, { target: { value: 'Ship order' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useDocumentStore.getState().doc.stages[1]).toMatchObject({ name: 'Ship_order', label: 'Ship order' });

    // when: Delete removes the focused stage; undo brings it back
    screen.getByRole('treeitem', { name: 'Stage Ship order' }).focus();
    fireEvent.keyDown(tree, { key: 'Delete' });
    expect(useDocumentStore.getState().doc.stages.map((s) => s.name)).toEqual(['Prepare']);
    undo();
    expect(useDocumentStore.getState().doc.stages.map((s) => s.name)).toEqual(['Prepare', 'Ship_order']);
  });

  it('moves with arrows, collapses and expands, and selects with Enter', () => {
    render(<OutlineView />);
    const tree = screen.getByRole('tree');
    screen.getByRole('treeitem', { name: 'Stage Prepare' }).focus();
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: 'Background step Check' }));
    fireEvent.keyDown(tree, { key: 'Enter' });
    expect(useSelectionStore.getState().selected).toEqual(['Check']);
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // collapse the step
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // to its stage
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // collapse the stage
    expect(screen.queryByRole('treeitem', { name: 'Background step Check' })).toBeNull();
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(screen.getByRole('treeitem', { name: 'Background step Check' })).toBeTruthy();
  });
});
