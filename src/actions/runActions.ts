/** Starting and leaving a run, and the player's controls (UI-CONTRACT "Run controls"). */
import type { RunPlayer } from '../player/runPlayer';
import type { AppState } from '../store/storeTypes';
import type { Action } from './types';

export const runAction: Action = {
  id: 'run.start',
  label: 'Run',
  description: 'Simulate a run of this design',
  group: 'run',
  icon: 'run',
  when: 'edit',
  // Running needs the start design: Run is enabled once it is open (tests and people wait for it).
  enabled: (s) => !s.starting,
  focusAfter: 'run-controls',
  perform: ({ store }) => store.getState().startRun(),
};

export const exitRunAction: Action = {
  id: 'run.exit',
  label: 'Exit run',
  description: 'Back to the editor; the design is exactly as it was',
  group: 'run',
  icon: 'exit',
  when: 'run',
  focusAfter: 'toolbar',
  perform: ({ store }) => store.getState().exitRun(),
};

const ready = (s: AppState) => s.runPhase === 'ready' && s.replay !== null;

function playerAction(id: string, label: string, description: string, icon: Action['icon'], move: (p: RunPlayer) => void, enabled: (s: AppState) => boolean = ready, pressed?: (s: AppState) => boolean): Action {
  return {
    id,
    label,
    description,
    group: 'playback',
    icon,
    when: 'run',
    enabled,
    ...(pressed ? { pressed } : {}),
    focusAfter: 'unchanged',
    perform({ store }) {
      const player = store.getState().player;
      if (player) move(player);
    },
  };
}

/**
 * Play and Pause say what the player is doing (docs/canvas.md, "Run controls", *chosen*): Play is
 * pressed while the run plays, Pause while it does not (opened at its start, paused, or at the end
 * it played to by itself). Both stay enabled: the UI contract names them as the run controls, and
 * a script or an admin pressing the one already in effect gets nothing done, not a disabled button
 * its click would wait on.
 */
export const playAction = playerAction('run.play', 'Play', 'Play the run on the virtual clock', 'play', (p) => p.play(), ready, (s) => ready(s) && s.cursor.playing);
export const pauseAction = playerAction('run.pause', 'Pause', 'Pause the playback', 'pause', (p) => p.pause(), ready, (s) => ready(s) && !s.cursor.playing);
export const stepBackAction = playerAction('run.stepBack', 'Step back', 'Show the previous event', 'step-back', (p) => p.stepBack(), (s) => ready(s) && s.cursor.index >= 0);
export const stepForwardAction = playerAction('run.stepForward', 'Step forward', 'Show the next event', 'step-forward', (p) => p.stepForward(), (s) => ready(s) && !s.cursor.atEnd);
export const nextChangeAction = playerAction('run.nextChange', 'Next change', 'Show the next status change', 'step-forward', (p) => p.jumpToNextChange(), (s) => ready(s) && !s.cursor.atEnd);
export const resetAction = playerAction('run.reset', 'Reset', 'Back to the start of the run', 'reset', (p) => p.reset());
