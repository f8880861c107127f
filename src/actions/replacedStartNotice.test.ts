import { beforeEach, describe, expect, it } from 'vitest';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import onboarding from '../../public/samples/onboarding.json';
import { connect } from './connect';

const sample = onboarding as unknown as Orchestration;
const noticeTexts = (store: AppStore) => store.getState().notices.map((n) => n.text);
const start = (store: AppStore, name: string) => store.getState().doc.stages.flatMap((s) => s.steps).find((s) => s.name === name)?.start;

describe('Connecting a step to one that started otherwise says what its start condition was', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openUnsavedDesign(sample, []);
    store.getState().setStarting(false);
  });

  it('names the requirements a connector replaced, and how to get them back', () => {
    // given "Welcome email" starts when its 3 requirements are met (1 AND (2 OR 3))
    expect(start(store, 'Welcome_Email')?.mode).toBe('requirements');
    // when a connector is drawn (or Connect to chosen) from "Provision laptop" to it
    expect(connect(store, { source: 'Provision_Laptop', target: 'Welcome_Email' })).toBe(true);
    // then it waits for that step, and the notice says what went
    expect(start(store, 'Welcome_Email')).toEqual({ mode: 'stepCompleted', step: 'Provision_Laptop' });
    expect(noticeTexts(store)).toEqual(['“Welcome email” started when its 3 requirements were met; it now waits for “Provision laptop” instead. Undo (Ctrl/Cmd+Z) brings them back.']);
    store.getState().undo();
    expect(start(store, 'Welcome_Email')?.mode).toBe('requirements');
  });

  it('names the step it waited for before, and says nothing when it started with its stage', () => {
    connect(store, { source: 'Create_User_Accounts', target: 'Welcome_Email' });
    const before = noticeTexts(store).length;
    // "Provision laptop" waited for "Create user accounts"; now for "Welcome email"
    connect(store, { source: 'Welcome_Email', target: 'Provision_Laptop' });
    expect(noticeTexts(store).slice(before)).toEqual(['“Provision laptop” waited for “Create user accounts”; it now waits for “Welcome email” instead. Undo (Ctrl/Cmd+Z) brings that back.']);
    // "Create user accounts" started with its stage: nothing to say
    const after = noticeTexts(store).length;
    store.getState().undo();
    store.getState().undo();
    connect(store, { source: 'Welcome_Email', target: 'Create_User_Accounts' });
    expect(noticeTexts(store).length).toBe(after);
  });
});
