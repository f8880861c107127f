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

function playerAction(id: string, label: string, description: string, icon: Action['icon'], move: (p: RunPlayer) => void, pressed?: (s: AppState) => boolean, idleNote?: (s: AppState) => string | undefined): Action {
  return {
    id,
    label,
    description,
    group: 'playback',
    icon,
    when: 'run',
    enabled: ready,
    ...(pressed ? { pressed } : {}),
    ...(idleNote ? { idleNote: (s: AppState) => (ready(s) ? idleNote(s) : undefined) } : {}),
    focusAfter: 'unchanged',
    perform({ store }) {
      const player = store.getState().player;
      if (player) move(player);
    },
  };
}

const AT_END = 'Already at the end of the run';
const AT_START = 'Already at the start of the run';
const atEndNote = (s: AppState) => (s.cursor.atEnd ? AT_END : undefined);
// (at the start while playing, Step back and Reset still pause it)
const atStartNote = (s: AppState) => (s.cursor.index < 0 && !s.cursor.playing ? AT_START : undefined);

/**
 * Every run control is enabled once the run is ready (docs/canvas.md, "Run controls", *chosen*):
 * the UI contract names them as the run controls, and a script or an admin pressing one that does
 * not apply (Pause when nothing plays, Step forward at the end, Step back at the start) gets nothing
 * done, not a disabled button its click would wait on until it timed out. Where a step has nothing
 * to do its tooltip says so ("Already at the end of the run"). Play and Pause say what the player is
 * doing: Play is pressed while the run plays, Pause while it does not (opened at its start, paused,
 * or at the end it played to by itself).
 */
export const playAction = playerAction('run.play', 'Play', 'Play the run on the virtual clock', 'play', (p) => p.play(), (s) => ready(s) && s.cursor.playing);
export const pauseAction = playerAction('run.pause', 'Pause', 'Pause the playback', 'pause', (p) => p.pause(), (s) => ready(s) && !s.cursor.playing);
export const stepBackAction = playerAction('run.stepBack', 'Step back', 'Show the previous event', 'step-back', (p) => p.stepBack(), undefined, atStartNote);
export const stepForwardAction = playerAction('run.stepForward', 'Step forward', 'Show the next event', 'step-forward', (p) => p.stepForward(), undefined, atEndNote);
export const nextChangeAction = playerAction('run.nextChange', 'Next change', 'Show the next status change', 'step-forward', (p) => p.jumpToNextChange(), undefined, atEndNote);
export const resetAction = playerAction('run.reset', 'Reset', 'Back to the start of the run', 'reset', (p) => p.reset(), undefined, atStartNote);
