import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Orchestration, Trace } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore, type AppStore } from '../store/appStore';
import { isAvailable } from './availability';
import { performAction } from './registry';
import { nextChangeAction, pauseAction, playAction, resetAction, stepBackAction, stepForwardAction } from './runActions';
import type { Action, ActionContext } from './types';

const PLAYER_CONTROLS = [playAction, pauseAction, stepBackAction, stepForwardAction, nextChangeAction, resetAction];
const sample = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;

describe('the run controls at the ends of a run (docs/canvas.md "Run controls", chosen)', () => {
  let store: AppStore;
  let context: ActionContext;
  const press = (action: Action) => performAction(context, action, undefined);
  const where = () => ({ index: store.getState().cursor.index, time: store.getState().cursor.time, playing: store.getState().cursor.playing });

  beforeEach(async () => {
    store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openDocument(sample);
    await store.getState().prepareRuns();
    expect(store.getState().startRun()).toBe(true);
    context = { store };
  });

  it('at the start every control is enabled; Step back and Reset do nothing there, and say so in their tooltip', () => {
    // given a run opened paused at its start
    expect(where()).toEqual({ index: -1, time: 0, playing: false });
    // then every control can be pressed (a script's click never waits on a disabled button)
    for (const action of PLAYER_CONTROLS) expect(isAvailable(action, store.getState()), action.label).toBe(true);
    expect(stepBackAction.idleNote?.(store.getState())).toBe('Already at the start of the run');
    expect(resetAction.idleNote?.(store.getState())).toBe('Already at the start of the run');
    expect(stepForwardAction.idleNote?.(store.getState())).toBeUndefined();
    // when Step back is pressed more times than there is anything before
    for (let i = 0; i < 3; i++) expect(press(stepBackAction).performed).toBe(true);
    // then the moment shown stays the start
    expect(where()).toEqual({ index: -1, time: 0, playing: false });
    // and a step forward still goes to the first event, and Step back back to the start
    press(stepForwardAction);
    expect(where().index).toBe(0);
    expect(stepBackAction.idleNote?.(store.getState())).toBeUndefined();
    press(stepBackAction);
    expect(where().index).toBe(-1);
    // and while it plays from the start, Reset still has something to do (pause), so it says what it does
    press(playAction);
    expect(resetAction.idleNote?.(store.getState())).toBeUndefined();
    press(resetAction);
    expect(where()).toEqual({ index: -1, time: 0, playing: false });
  });

  it('at the end every control is enabled; Step forward and Next change do nothing there, and say so in their tooltip', () => {
    // given the run shown at its end
    const trace = store.getState().trace as Trace;
    store.getState().player!.toEnd();
    const end = where();
    expect(end).toEqual({ index: trace.events.length - 1, time: expect.any(Number) as number, playing: false });
    // then every control can be pressed
    for (const action of PLAYER_CONTROLS) expect(isAvailable(action, store.getState()), action.label).toBe(true);
    expect(stepForwardAction.idleNote?.(store.getState())).toBe('Already at the end of the run');
    expect(nextChangeAction.idleNote?.(store.getState())).toBe('Already at the end of the run');
    expect(stepBackAction.idleNote?.(store.getState())).toBeUndefined();
    // when Step forward and Next change are pressed past the end
    for (let i = 0; i < 3; i++) {
      expect(press(stepForwardAction).performed).toBe(true);
      expect(press(nextChangeAction).performed).toBe(true);
    }
    // then the moment shown stays the end, and nothing plays
    expect(where()).toEqual(end);
    // and Step back goes back one event
    press(stepBackAction);
    expect(where().index).toBe(end.index - 1);
    expect(stepForwardAction.idleNote?.(store.getState())).toBeUndefined();
  });

  it('the controls keep focus where it is, and wait for the run to be ready', () => {
    for (const action of PLAYER_CONTROLS) expect(action.focusAfter, action.label).toBe('unchanged');
    store.getState().exitRun();
    for (const action of PLAYER_CONTROLS) expect(isAvailable(action, store.getState()), action.label).toBe(false);
  });
});
