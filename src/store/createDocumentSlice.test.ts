import { beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import onboarding from '../../public/samples/onboarding.json';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from './appStore';
import { EDIT_LOCKED_NOTICE } from './createDocumentSlice';
import { selectRunning } from './selectors';

const setLabel = defineCommand<{ label: string }>('orchestration.setLabel', 'Rename orchestration', (doc, p) =>
  doc.label === p.label ? doc : { ...doc, label: p.label },
);

describe('document slice', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().replaceDocument(emptyOrchestration());
    store.getState().clearHistory();
  });

  it('records each dispatched command and undoes/redoes it', () => {
    // given
    const { dispatch } = store.getState();
    // when
    dispatch(setLabel, { label: 'A' });
    dispatch(setLabel, { label: 'B' });
    // then
    expect(store.getState().doc.label).toBe('B');
    store.getState().undo();
    expect(store.getState().doc.label).toBe('A');
    store.getState().redo();
    expect(store.getState().doc.label).toBe('B');
  });

  it('does not record a command that changes nothing', () => {
    expect(store.getState().dispatch(setLabel, { label: 'New Orchestration' })).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('records a gesture as one entry and cancels back to its mark', () => {
    const s = store.getState();
    s.beginGesture();
    s.updateGesture(setLabel, { label: 'x' });
    s.updateGesture(setLabel, { label: 'xy' });
    s.endGesture();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s.undo();
    expect(store.getState().doc.label).toBe('New Orchestration');
    s.beginGesture();
    s.updateGesture(setLabel, { label: 'zzz' });
    s.cancelGesture();
    expect(store.getState().doc.label).toBe('New Orchestration');
    expect(store.getState().gestureMark).toBeNull();
  });

  it('locks the document while a run is shown: dispatch, gestures, replace, undo and redo change nothing and say why', () => {
    // given: a valid design, an edit to undo, then a run
    store.getState().replaceDocument(onboarding as unknown as Orchestration);
    store.getState().dispatch(setLabel, { label: 'Before the run' });
    const before = store.getState().doc;
    expect(store.getState().startRun()).toBe(true);
    expect(selectRunning(store.getState())).toBe(true);
    // when
    const dispatched = store.getState().dispatch(setLabel, { label: 'During the run' });
    store.getState().beginGesture();
    store.getState().updateGesture(setLabel, { label: 'typed' });
    store.getState().endGesture();
    const replaced = store.getState().replaceDocument(emptyOrchestration('Other'));
    store.getState().undo();
    // then
    expect(dispatched).toBe(false);
    expect(replaced).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notices.map((n) => n.text)).toContain(EDIT_LOCKED_NOTICE);
    // and after the run, editing works again
    store.getState().exitRun();
    expect(store.getState().dispatch(setLabel, { label: 'After the run' })).toBe(true);
  });
});
