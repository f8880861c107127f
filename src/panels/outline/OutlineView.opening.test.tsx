// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../commands/command';
import { emptyOrchestration } from '../../model/factories';
import { largeOrchestration } from '../../model/testing/largeDocument';
import { useAppStore } from '../../store/appStore';
import { OutlineView } from './OutlineView';

const setStageLabel = defineCommand<{ label: string }>('test.setStageLabel', 'Rename the first stage', (doc, p) => ({ ...doc, stages: doc.stages.map((s, i) => (i === 0 ? { ...s, label: p.label } : s)) }));

/** A frame, then the task after it: when the canvas's first paint of an opened design is done. */
const afterPaint = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

const rowNamed = (name: string) => screen.queryByRole('treeitem', { name });

describe('the Outline at the opening of a big design (docs/performance.md, thirty-fifth round)', () => {
  beforeEach(() => {
    act(() => {
      useAppStore.getState().openDocument({ ...emptyOrchestration(), stages: [{ name: 'Prepare', label: 'Prepare', steps: [] }] }, { fresh: true });
    });
  });

  it('lists a big design just opened after the canvas has painted it, the rows before kept meanwhile', async () => {
    // given the outline listing a small design
    render(<OutlineView />);
    expect(rowNamed('Stage Prepare')).not.toBeNull();
    // when a design of 500 steps (525 nodes, drawn in the task that opens it) opens
    act(() => {
      useAppStore.getState().openDocument(largeOrchestration(500, 20));
    });
    // then its rows are not rendered in that task: the canvas's cards come first
    expect(rowNamed('Stage Prepare')).not.toBeNull();
    expect(rowNamed('Stage Stage 0')).toBeNull();
    // and once that frame is painted, they are
    await afterPaint();
    expect(rowNamed('Stage Stage 0')).not.toBeNull();
    expect(rowNamed('Stage Prepare')).toBeNull();
  });

  it('shows an edit of the big design, and a small design opened, in the same render', async () => {
    // given the big design opened and listed
    render(<OutlineView />);
    act(() => {
      useAppStore.getState().openDocument(largeOrchestration(500, 20));
    });
    await afterPaint();
    // when its first stage is renamed, then the row says so at once
    act(() => {
      useAppStore.getState().dispatch(setStageLabel, { label: 'Intake' });
    });
    expect(rowNamed('Stage Intake')).not.toBeNull();
    // when a small design opens, then it is listed at once
    act(() => {
      useAppStore.getState().openDocument({ ...emptyOrchestration(), stages: [{ name: 'Ship', label: 'Ship', steps: [] }] });
    });
    expect(rowNamed('Stage Ship')).not.toBeNull();
  });
});
