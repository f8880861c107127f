// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import onboarding from '../../public/samples/onboarding.json';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import { copySelection, pasteFromClipboard } from './clipboard';

const stepsOf = (store: AppStore) => Object.fromEntries(store.getState().doc.stages.map((s) => [s.name, s.steps.map((x) => x.name)]));

describe('Paste and a click during its wait', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().replaceDocument(onboarding as Orchestration);
    store.getState().select(['Welcome_Email']);
    copySelection(store);
  });

  it('pastes where its key was pressed and leaves the selection a click made meanwhile', async () => {
    // when Paste is asked on Welcome_Email and, while it loads the parser, Buddy (another stage) is clicked
    const paste = pasteFromClipboard(store);
    store.getState().select(['Buddy']);
    await paste;
    // then the copy is in Welcome_Email's stage (it went to Buddy's), and Buddy stays selected (the copy took it, and the next Delete deleted the copy)
    expect(stepsOf(store)).toEqual({ Accounts_And_Equipment: ['Create_User_Accounts', 'Provision_Laptop', 'Welcome_Email', 'Welcome_Email_2'], Settle_In: ['Buddy'] });
    expect(store.getState().selected).toEqual(['Buddy']);
  });

  it('selects the copy when nothing was clicked, and pastes beside the new selection when what was selected has gone', async () => {
    await pasteFromClipboard(store);
    expect(store.getState().selected).toEqual(['Welcome_Email_2']);
    // when the selection is deleted during the wait (its menu's Delete) and Buddy selected
    store.getState().select(['Welcome_Email_2']);
    const paste = pasteFromClipboard(store);
    store.getState().replaceDocument({ ...store.getState().doc, stages: store.getState().doc.stages.map((s) => ({ ...s, steps: s.steps.filter((x) => x.name !== 'Welcome_Email_2') })) });
    store.getState().select(['Buddy']);
    await paste;
    expect(stepsOf(store).Settle_In).toEqual(['Buddy', 'Welcome_Email_2']);
  });
});

describe('Paste of a step that waited for another', () => {
  it('says when the copy no longer waits (its predecessor is not in the stage it lands in), and nothing when it still does', async () => {
    // given Provision laptop, which waits for Create user accounts, copied
    const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().replaceDocument(onboarding as Orchestration);
    store.getState().select(['Provision_Laptop']);
    copySelection(store);
    // when it is pasted into its own stage, it still waits, and nothing is said
    const before = store.getState().notices.length;
    await pasteFromClipboard(store);
    expect(store.getState().notices).toHaveLength(before);
    // when it is pasted into Settle in, its copy starts with that stage, and the admin is told
    store.getState().select(['Buddy']);
    await pasteFromClipboard(store);
    const notice = store.getState().notices.at(-1);
    expect(notice?.text).toBe('“Provision laptop” waited for “Create user accounts”, which is not in stage “Settle in”: its copy starts when the stage starts.');
    expect(notice?.undo).toBe(true);
  });
});
