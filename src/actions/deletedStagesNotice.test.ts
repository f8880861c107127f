import { beforeEach, describe, expect, it } from 'vitest';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import onboarding from '../../public/samples/onboarding.json';
import { getAction, performAction } from './registry';

const sample = onboarding as unknown as Orchestration;
const noticeTexts = (store: AppStore) => store.getState().notices.map((n) => n.text);

describe('Delete says so when a stage goes with its steps', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openUnsavedDesign(sample, []);
    store.getState().setStarting(false);
  });

  it('names the stage and counts its steps, and says how to get them back', () => {
    // given the stage "Accounts and equipment", which holds three steps, selected
    store.getState().select(['Accounts_And_Equipment']);
    // when it is deleted
    expect(performAction({ store }, getAction('selection.delete'), undefined).performed).toBe(true);
    // then
    expect(noticeTexts(store)).toEqual(['Deleted stage “Accounts and equipment” and its 3 steps. Undo (Ctrl/Cmd+Z) brings them back.']);
    store.getState().undo();
    expect(store.getState().doc.stages.map((s) => s.steps.length)).toEqual([3, 1]);
  });

  it('counts several stages together, a lone step of one included', () => {
    store.getState().select(['Accounts_And_Equipment', 'Settle_In']);
    performAction({ store }, getAction('selection.delete'), undefined);
    expect(noticeTexts(store)).toEqual(['Deleted 2 stages and their 4 steps. Undo (Ctrl/Cmd+Z) brings them back.']);
  });

  it('says nothing when only what was selected goes (a step, or a stage without steps)', () => {
    store.getState().select(['Buddy']);
    performAction({ store }, getAction('selection.delete'), undefined);
    store.getState().select(['Settle_In']);
    performAction({ store }, getAction('selection.delete'), undefined);
    expect(store.getState().doc.stages.map((s) => s.name)).toEqual(['Accounts_And_Equipment']);
    expect(noticeTexts(store)).toEqual([]);
  });

  it('says which step waited for a deleted step and now starts with its stage (a stage deleted with its steps says nothing of them)', () => {
    // given "Provision laptop" waits for "Create user accounts"
    store.getState().select(['Create_User_Accounts']);
    // when that step is deleted
    performAction({ store }, getAction('selection.delete'), undefined);
    // then its start changed, and the notice says so
    const laptop = store.getState().doc.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop');
    expect(laptop?.start).toEqual({ mode: 'stageStarts' });
    expect(noticeTexts(store)).toEqual(['“Provision laptop” waited for “Create user accounts”: it now starts when its stage starts. Undo (Ctrl/Cmd+Z) brings the wait back.']);
    store.getState().undo();
    store.getState().select(['Accounts_And_Equipment']);
    performAction({ store }, getAction('selection.delete'), undefined);
    expect(noticeTexts(store).at(-1)).toMatch(/^Deleted stage/);
    expect(noticeTexts(store)).toHaveLength(2);
  });
});
