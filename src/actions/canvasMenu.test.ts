import { beforeEach, describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import { canvasMenu, type CanvasMenuGroup } from './canvasMenu';
import { performAction } from './registry';
import type { Action } from './types';

const sample = onboarding as unknown as Orchestration;
const labels = (groups: CanvasMenuGroup[]) => groups.filter((g) => !g.submenu).flatMap((g) => g.items.map((i) => i.label ?? i.action.label));
const submenu = (groups: CanvasMenuGroup[], name: string) => groups.find((g) => g.submenu?.startsWith(name))?.items.map((i) => i.label) ?? null;

describe('canvas context menu', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openUnsavedDesign(sample, []);
    store.getState().setStarting(false);
  });
  const run = (groups: CanvasMenuGroup[], label: string) => {
    const entry = groups.flatMap((g) => g.items).find((i) => (i.label ?? i.action.label) === label)!;
    return performAction({ store }, entry.action as Action<unknown>, entry.arg);
  };

  it('the empty canvas offers add here, paste, tidy and fit', () => {
    // given / when
    const groups = canvasMenu(sample, { kind: 'pane', position: { x: 10, y: 20 } });
    // then
    expect(labels(groups)).toEqual(['Add stage here', 'Add decision here', 'Paste', 'Select all', 'Tidy up', 'Fit view']);
  });

  it('"Add stage here" adds a stage at that point at the end of the run order and selects it', () => {
    // given
    const groups = canvasMenu(sample, { kind: 'pane', position: { x: 900, y: 40 } });
    // when
    run(groups, 'Add stage here');
    // then
    const doc = store.getState().doc;
    const added = doc.stages.at(-1)!;
    expect(added.label).toBe('Stage 1');
    expect(doc.layout?.[added.name]).toEqual({ x: 900, y: 40 });
    expect(store.getState().selected).toEqual([added.name]);
  });

  it('a step offers the next step, rename, clipboard, and connectors only to steps of its own stage', () => {
    // given
    const groups = canvasMenu(sample, { kind: 'element', name: 'Create_User_Accounts' });
    // then
    expect(labels(groups)).toEqual(['Add the next step', 'Rename', 'Duplicate', 'Copy', 'Paste', 'Delete', 'Edit properties']);
    expect(submenu(groups, 'Connect to')).toEqual(expect.arrayContaining(['Welcome email']));
    expect(submenu(groups, 'Connect to')).not.toContain('Assign buddy');
    expect(submenu(groups, 'Set fault path')).toBeNull();
  });

  it('a step offers "Move to stage" with every other stage, and none for a stage or a decision', () => {
    expect(submenu(canvasMenu(sample, { kind: 'element', name: 'Provision_Laptop' }), 'Move to stage')).toEqual(['Settle in']);
    expect(submenu(canvasMenu(sample, { kind: 'element', name: 'Buddy' }), 'Move to stage')).toEqual(['Accounts and equipment']);
    expect(submenu(canvasMenu(sample, { kind: 'element', name: 'Settle_In' }), 'Move to stage')).toBeNull();
  });

  it('"Move to stage" moves the step to the end of that stage as one undo entry, drops its predecessor link and says so', () => {
    // given Provision laptop waits for Create user accounts
    const groups = canvasMenu(sample, { kind: 'element', name: 'Provision_Laptop' });
    // when
    expect(run(groups, 'Settle in')).toEqual({ performed: true, result: true });
    // then
    const doc = store.getState().doc;
    expect(doc.stages[1]!.steps.map((s) => s.name)).toEqual(['Buddy', 'Provision_Laptop']);
    expect(doc.stages[1]!.steps[1]!.start).toEqual({ mode: 'stageStarts' });
    expect(store.getState().notices.at(-1)?.text).toBe('Moved “Provision laptop” to stage “Settle in”. It no longer waits for “Create user accounts” (steps wait only for steps of their own stage). Undo (Ctrl/Cmd+Z) brings the wait back.');
    store.getState().undo();
    expect(store.getState().doc.stages[0]!.steps.map((s) => s.name)).toContain('Provision_Laptop');
  });

  it('"Move to stage" of a step another step waited for names that step, whose start changed out of view', () => {
    // given Provision laptop waits for Create user accounts, which waits for nothing
    const groups = canvasMenu(sample, { kind: 'element', name: 'Create_User_Accounts' });
    // when Create user accounts moves to Settle in
    expect(run(groups, 'Settle in')).toEqual({ performed: true, result: true });
    // then Provision laptop starts with its stage, and the notice says so by name (it said "Its predecessor links were removed")
    const laptop = store.getState().doc.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop');
    expect(laptop?.start).toEqual({ mode: 'stageStarts' });
    expect(store.getState().notices.at(-1)?.text).toBe('Moved “Create user accounts” to stage “Settle in”. “Provision laptop”, which waited for it, now starts when its stage starts (steps wait only for steps of their own stage). Undo (Ctrl/Cmd+Z) brings the wait back.');
  });

  it('"Move to stage" of a step that waited for nothing and that nothing waited for says only where it went', () => {
    const groups = canvasMenu(sample, { kind: 'element', name: 'Buddy' });
    expect(run(groups, 'Accounts and equipment')).toEqual({ performed: true, result: true });
    expect(store.getState().notices.at(-1)?.text).toBe('Moved “Assign buddy” to stage “Accounts and equipment”.');
  });

  it('"Move to stage" is refused while a run is shown (the edit lock)', () => {
    const groups = canvasMenu(sample, { kind: 'element', name: 'Provision_Laptop' });
    store.getState().startRun();
    expect(run(groups, 'Settle in')).toEqual({ performed: false });
  });

  it('"Add the next step" adds a step to the same stage that waits for the step', () => {
    // given
    const groups = canvasMenu(sample, { kind: 'element', name: 'Welcome_Email' });
    // when
    run(groups, 'Add the next step');
    // then
    const stage = store.getState().doc.stages[0]!;
    const added = stage.steps.at(-1)!;
    expect(added.kind).toBe('background');
    expect(added.start).toEqual({ mode: 'stepCompleted', step: 'Welcome_Email' });
    expect(store.getState().selected).toEqual([added.name]);
  });

  it('a stage offers steps here, the next stage and a fault path to another stage', () => {
    // given
    const groups = canvasMenu(sample, { kind: 'element', name: 'Accounts_And_Equipment' });
    // then
    expect(labels(groups).slice(0, 3)).toEqual(['Add background step here', 'Add interactive step here', 'Add the next stage']);
    expect(submenu(groups, 'Set fault path')).toEqual(['Settle in']);
  });

  it('a connector offers to delete it; a selection offers the clipboard and tidy', () => {
    expect(labels(canvasMenu(sample, { kind: 'edge', id: 'pred:Provision_Laptop' }))).toEqual(['Delete connector']);
    expect(labels(canvasMenu(sample, { kind: 'selection' }))).toEqual(['Duplicate', 'Copy', 'Paste', 'Delete', 'Tidy up', 'Fit view']);
  });
});
