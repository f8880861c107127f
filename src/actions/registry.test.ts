import { beforeEach, describe, expect, it } from 'vitest';
import { moveLayout } from '../commands/moveLayout';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import { EDIT_LOCKED_NOTICE } from '../store/createDocumentSlice';
import onboarding from '../../public/samples/onboarding.json';
import { isAvailable } from './availability';
import { helpRows, helpSections } from './helpList';
import { ACTIONS, getAction, performAction } from './registry';
import { actionForKey, isOwnedKey } from './useShortcuts';
import type { ActionContext } from './types';

const sample = onboarding as unknown as Orchestration;

describe('action registry', () => {
  let store: AppStore;
  let context: ActionContext;
  beforeEach(() => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openUnsavedDesign(sample, []);
    store.getState().setStarting(false);
    context = { store };
  });

  it('has each action once, named noun.verb, with the UI contract names', () => {
    // given
    const ids = ACTIONS.map((a) => a.id);
    // then
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    const labels = ACTIONS.map((a) => a.label);
    for (const name of ['Undo', 'Redo', 'Tidy up', 'Fit view', 'Export', 'Import', 'Run', 'Add stage', 'Add background step', 'Add interactive step', 'Add decision', 'Play', 'Pause', 'Step forward', 'Step back', 'Reset', 'Exit run']) {
      expect(labels).toContain(name);
    }
  });

  it('no two actions share a shortcut', () => {
    const keys = ACTIONS.flatMap((a) => (a.shortcuts ?? []).map((s) => `${s.mod ? 'mod+' : ''}${s.shift ? 'shift+' : ''}${s.key.toLowerCase()}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('performs an available action: Add stage adds a stage after the selection and selects it', () => {
    // given
    store.getState().select(['Accounts_And_Equipment']);
    // when
    const done = performAction(context, getAction('stage.add'), undefined);
    // then
    expect(done).toEqual({ performed: true, result: 'Stage_1' });
    expect(store.getState().doc.stages.map((s) => s.name)).toEqual(['Accounts_And_Equipment', 'Stage_1', 'Settle_In']);
    expect(store.getState().selected).toEqual(['Stage_1']);
  });

  it('the edit lock: while a run is shown, editing actions are refused at dispatch and run actions are available', () => {
    // given
    expect(performAction(context, getAction('run.start'), undefined).performed).toBe(true);
    const before = store.getState().doc;
    store.getState().select(['Buddy']);
    // when
    const results = ['stage.add', 'selection.delete', 'history.undo', 'layout.tidy', 'file.import'].map((id) => performAction(context, getAction(id), undefined));
    // then
    expect(results.every((r) => !r.performed)).toBe(true);
    expect(store.getState().doc).toBe(before);
    expect(isAvailable(getAction('run.exit'), store.getState())).toBe(true);
    expect(isAvailable(getAction('run.start'), store.getState())).toBe(false);
    // and the store refuses a direct edit too, saying why
    getAction('stage.add').perform(context, undefined);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notices.at(-1)?.text).toBe(EDIT_LOCKED_NOTICE);
    // when the run is left, editing works again
    performAction(context, getAction('run.exit'), undefined);
    expect(performAction(context, getAction('stage.add'), undefined).performed).toBe(true);
    expect(store.getState().doc).not.toBe(before);
  });

  it('Run and Exit run each ask the canvas to frame the design (the run view\'s pane is another size)', () => {
    // given
    const before = store.getState().fitRequest.count;
    // when
    performAction(context, getAction('run.start'), undefined);
    // then
    expect(store.getState().fitRequest).toMatchObject({ count: before + 1, mode: 'open' });
    // when
    performAction(context, getAction('run.exit'), undefined);
    // then
    expect(store.getState().fitRequest).toMatchObject({ count: before + 2, mode: 'open' });
  });

  it('Fit view asks for everything in view, gliding', () => {
    // when
    performAction(context, getAction('view.fit'), undefined);
    // then
    expect(store.getState().fitRequest).toMatchObject({ mode: 'all', duration: 200 });
  });

  it('Delete needs a selection; Undo needs history', () => {
    expect(isAvailable(getAction('selection.delete'), store.getState())).toBe(false);
    store.getState().select(['Buddy']);
    expect(isAvailable(getAction('selection.delete'), store.getState())).toBe(true);
  });

  it('Tidy up forgets the recorded positions, as one edit', () => {
    // given a design with a recorded position
    store.getState().dispatch(moveLayout, { positions: { Settle_In: { x: 900, y: 0 } } });
    expect(store.getState().doc.layout).toEqual({ Settle_In: { x: 900, y: 0 } });
    // when
    performAction(context, getAction('layout.tidy'), undefined);
    // then
    expect(store.getState().doc.layout).toEqual({});
    expect(store.getState().doc.layoutVersion).toBe(2);
  });

  it('maps key presses to available actions', () => {
    const press = (key: string, mod = false, shift = false) => ({ key, ctrlKey: mod, metaKey: false, shiftKey: shift, altKey: false }) as KeyboardEvent;
    expect(actionForKey(press('z', true), context)).toBeNull(); // nothing to undo yet
    store.getState().select(['Buddy']);
    expect(actionForKey(press('Delete'), context)?.id).toBe('selection.delete');
    expect(actionForKey(press('Z', true, true), context)).toBeNull();
    expect(actionForKey(press('?', false, true), context)?.id).toBe('help.shortcuts');
  });

  // until 2026-12-05 they stayed enabled on an empty design and did nothing
  it('on an empty design Select all, Tidy up and Fit view are disabled (toolbar, menus and keys follow); one stage enables them', () => {
    // given a new, empty design
    store.getState().openUnsavedDesign(emptyOrchestration(), []);
    const press = (key: string, mod = false) => ({ key, ctrlKey: mod, metaKey: false, shiftKey: false, altKey: false, target: null }) as unknown as KeyboardEvent;
    const ids = ['selection.all', 'layout.tidy', 'view.fit'];
    // then
    expect(ids.map((id) => isAvailable(getAction(id), store.getState()))).toEqual([false, false, false]);
    expect(ids.map((id) => performAction(context, getAction(id), undefined).performed)).toEqual([false, false, false]);
    expect(actionForKey(press('a', true), context)).toBeNull();
    // the key is still the app's: the browser must not select the page's text instead
    expect(isOwnedKey(press('a', true), store.getState())).toBe(true);
    expect(isOwnedKey(press('b', true), store.getState())).toBe(false);
    // when a stage is added
    performAction(context, getAction('stage.add'), undefined);
    // then
    expect(ids.map((id) => isAvailable(getAction(id), store.getState()))).toEqual([true, true, true]);
    expect(actionForKey(press('a', true), context)?.id).toBe('selection.all');
  });

  it('in the run view, ? opens the help and Ctrl/Cmd+F Find; Delete and Ctrl+A stay editing keys', () => {
    const press = (key: string, mod = false, shift = false) => ({ key, ctrlKey: mod, metaKey: false, shiftKey: shift, altKey: false }) as KeyboardEvent;
    store.getState().select(['Buddy']);
    performAction(context, getAction('run.start'), undefined);
    expect(actionForKey(press('?', false, true), context)?.id).toBe('help.shortcuts');
    expect(actionForKey(press('f', true), context)?.id).toBe('view.find');
    expect(actionForKey(press('Delete'), context)).toBeNull();
    expect(actionForKey(press('a', true), context)).toBeNull();
  });

  it('the help groups the keys by where they work, the run view\'s Timeline keys included', () => {
    const sections = helpSections();
    expect(sections.map((s) => s.title)).toEqual(['Anywhere', 'Editing', 'Run view']);
    const titled = (title: string) => sections.find((s) => s.title === title)!.rows.map((r) => r.what);
    expect(titled('Anywhere')).toEqual(expect.arrayContaining(['Find', 'Shortcuts']));
    expect(titled('Editing')).toEqual(expect.arrayContaining(['Undo', 'Delete', 'Move selected nodes', 'Move a step to another stage']));
    expect(titled('Editing')).not.toContain('Find');
    // the arrow keys' larger step is said where the keys are (docs/editor.md "Arrow keys move along their axis")
    expect(sections.find((s) => s.title === 'Editing')!.rows.find((r) => r.what === 'Move selected nodes')?.keys).toMatch(/Shift\+arrow: four times as far/);
    expect(sections.find((s) => s.title === 'Run view')!.rows.find((r) => r.what === 'Move one change of the run')?.keys).toContain('Timeline focused');
    // the keys that add an element, which the Outline's hint names too, say where they work
    const editing = sections.find((s) => s.title === 'Editing')!.rows;
    expect(editing.filter((r) => r.keys.startsWith('Canvas or Outline focused')).map((r) => `${r.what}: ${r.keys}`)).toEqual([
      'Add stage: Canvas or Outline focused: S', 'Add background step: Canvas or Outline focused: B',
      'Add interactive step: Canvas or Outline focused: I', 'Add decision: Canvas or Outline focused: D',
      'Edit properties: Canvas or Outline focused: P',
    ]);
  });

  it('the help list shows every shortcut, written once from the registry', () => {
    const rows = helpRows();
    expect(rows.find((r) => r.what === 'Duplicate')?.keys).toBe('Ctrl/Cmd+D');
    expect(rows.find((r) => r.what === 'Redo')?.keys).toBe('Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y');
    expect(rows.find((r) => r.what === 'Delete')?.keys).toBe('Delete or Backspace');
  });
});
