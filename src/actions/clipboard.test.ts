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
