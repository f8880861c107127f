import { beforeEach, describe, expect, it } from 'vitest';
import { addStage } from '../commands/addStage';
import { defineCommand } from '../commands/command';
import { deleteElements } from '../commands/deleteElements';
import { renameElement } from '../commands/renameElement';
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

  it('selects what an undo or redo brings back (a delete undone, an add redone), and leaves the selection alone otherwise', () => {
    // given onboarding, its step Provision_Laptop deleted and its neighbour selected, as Delete leaves it
    store.getState().replaceDocument(onboarding as Orchestration);
    store.getState().clearHistory();
    const s = store.getState();
    s.dispatch(deleteElements, { names: ['Provision_Laptop'] });
    s.select(['Create_User_Accounts']);
    // when the delete is undone: the step is back, and selected
    s.undo();
    expect(store.getState().selected).toEqual(['Provision_Laptop']);
    // when it is redone: the step goes, the selection is left (the focus rescue moves on from it)
    s.select(['Welcome_Email']);
    s.redo();
    expect(store.getState().selected).toEqual(['Welcome_Email']);
    // an add undone and redone: the stage is selected again
    s.dispatch(addStage, { name: 'Stage_9', label: 'Stage 9' });
    s.undo();
    s.select([]);
    s.redo();
    expect(store.getState().selected).toEqual(['Stage_9']);
    // a rename undone is no bringing back: the selection follows the rename (followRenames), no more
    s.dispatch(renameElement, { name: 'Welcome_Email', label: 'Say hello' });
    s.select(['Create_User_Accounts']);
    s.undo();
    expect(store.getState().selected).toEqual(['Create_User_Accounts']);
  });

  it('a delete redone or an add undone while what goes is selected selects its neighbour, as Delete does', () => {
    // given onboarding, its step Welcome_Email deleted and the delete undone (the step selected again)
    store.getState().replaceDocument(onboarding as Orchestration);
    store.getState().clearHistory();
    const s = store.getState();
    s.dispatch(deleteElements, { names: ['Welcome_Email'] });
    s.undo();
    expect(store.getState().selected).toEqual(['Welcome_Email']);
    // when the delete is redone: the step before it in its stage, as Delete selected (it was left on nothing)
    s.redo();
    expect(store.getState().selected).toEqual(['Provision_Laptop']);
    // an add undone while the new stage is selected: the stage before it
    s.dispatch(addStage, { name: 'Stage_9', label: 'Stage 9' });
    s.select(['Stage_9']);
    s.undo();
    expect(store.getState().selected).toEqual([onboarding.stages.at(-1)!.name]);
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
