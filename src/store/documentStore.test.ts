import { beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import { clearHistory, redo, undo, useDocumentStore } from './documentStore';

const setLabel = defineCommand<{ label: string }>('orchestration.setLabel', 'Rename orchestration', (doc, p) =>
  doc.label === p.label ? doc : { ...doc, label: p.label },
);

describe('document store', () => {
  beforeEach(() => {
    useDocumentStore.getState().replaceDocument(emptyOrchestration());
    clearHistory();
  });

  it('records each dispatched command and undoes/redoes it', () => {
    // given
    const { dispatch } = useDocumentStore.getState();
    // when
    dispatch(setLabel, { label: 'A' });
    dispatch(setLabel, { label: 'B' });
    // then
    expect(useDocumentStore.getState().doc.label).toBe('B');
    undo();
    expect(useDocumentStore.getState().doc.label).toBe('A');
    redo();
    expect(useDocumentStore.getState().doc.label).toBe('B');
  });

  it('does not record a command that changes nothing', () => {
    useDocumentStore.getState().dispatch(setLabel, { label: 'New Orchestration' });
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('records a gesture as one entry and cancels back to its mark', () => {
    const s = useDocumentStore.getState();
    s.beginGesture();
    s.updateGesture(setLabel, { label: 'x' });
    s.updateGesture(setLabel, { label: 'xy' });
    s.endGesture('Type label');
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    undo();
    expect(useDocumentStore.getState().doc.label).toBe('New Orchestration');
    s.beginGesture();
    s.updateGesture(setLabel, { label: 'zzz' });
    s.cancelGesture();
    expect(useDocumentStore.getState().doc.label).toBe('New Orchestration');
  });
});
