/**
 * Run controls (UI-CONTRACT.md): Play, Pause, Step back, Step forward, Next change, Reset, Coverage,
 * Compare with… and Exit run from the action registry, the Timeline slider (value = virtual ms; its
 * spoken value says which of several changes at one time is shown), the virtual time and the
 * calendar time it stands for, the Speed picker and "Follow the run".
 */
import { exitRunAction, nextChangeAction, pauseAction, playAction, resetAction, stepBackAction, stepForwardAction } from '../../actions/runActions';
import { compareAction, coverageAction } from '../../actions/verifyActions';
import { SPEEDS } from '../../player/runPlayer';
import { useAppStore } from '../../store/appStore';
import { RunControlButton } from '../../ui/RunControlButton';
import { runStartMs } from '../../flows/virtualClock';
import { calendarText } from '../../ui/calendarText';
import { formatVirtualTime } from './formatTime';
import { TimelineTicks } from './TimelineTicks';
import { SimulatingNote } from './SimulatingNote';

const PLAYBACK = [stepBackAction, stepForwardAction, nextChangeAction, resetAction];

export function RunControls() {
  const cursor = useAppStore((s) => s.cursor);
  const replay = useAppStore((s) => s.replay);
  const ready = useAppStore((s) => s.runPhase === 'ready' && s.replay !== null);
  const failed = useAppStore((s) => s.runPhase === 'failed');
  const player = useAppStore((s) => s.player);
  const followRun = useAppStore((s) => s.followRun);
  const coverageOn = useAppStore((s) => s.coverage !== null);
  // the calendar of a run the engine computed: its scenario's start (a trace read from a file has none)
  const simulated = useAppStore((s) => s.runScenario !== null);
  const startAt = useAppStore((s) => s.runScenario?.startAt);
  const end = replay?.endTime ?? 0;
  const beat = replay && cursor.index >= 0 && cursor.time === replay.events[cursor.index]?.t ? replay.beatPosition(cursor.index) : null;
  const timeText = formatVirtualTime(cursor.time) + (beat && beat.of > 1 ? `, change ${beat.nth} of ${beat.of} at this time` : '');

  // Until the trace is there, only Exit run (a loop that never waits takes minutes): a test that waits
  // for the Timeline slider or Play then reads getTrace() and each node's data-status (UI-CONTRACT).
  if (!ready) {
    return (
      <div role="toolbar" aria-label="Run controls" className="flex flex-wrap items-center gap-1.5 border-b border-ink-400/30 bg-white px-3 py-2">
        {failed ? <span className="flex-1 text-sm text-ink-600">The run could not be simulated.</span> : <SimulatingNote />}
        <RunControlButton action={exitRunAction} />
      </div>
    );
  }
  return (
    <div role="toolbar" aria-label="Run controls" className="flex flex-wrap items-center gap-1.5 border-b border-ink-400/30 bg-white px-3 py-2">
      {/* Play and Pause are both always there and enabled (UI contract); Play is pressed while the run plays, Pause while it does not (runActions.ts). */}
      <RunControlButton action={playAction} />
      <RunControlButton action={pauseAction} />
      {PLAYBACK.map((action) => <RunControlButton key={action.id} action={action} />)}
      <label className="flex items-center gap-1 text-sm text-ink-600">
        Speed
        <select
          aria-label="Speed"
          className="rounded border border-ink-400/40 px-1 py-0.5"
          value={cursor.speed}
          onChange={(e) => player?.setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>{s}×</option>
          ))}
        </select>
      </label>
      {/* narrow enough that the toolbar is one row at 1280 px; the calendar time under it still fits */}
      <div className="relative flex min-w-44 flex-1 flex-col">
        <input
          type="range"
          aria-label="Timeline"
          aria-valuetext={timeText}
          // stated as well as implied by the native range: a script reading the attribute finds the virtual time (UI contract: its value is the virtual time in ms)
          aria-valuemin={0}
          aria-valuemax={Math.max(end, 1)}
          aria-valuenow={Math.round(cursor.time)}
          min={0}
          max={Math.max(end, 1)}
          step={1}
          value={Math.round(cursor.time)}
          disabled={!ready}
          onChange={(e) => player?.seekTime(Number(e.target.value))}
          onKeyDown={(e) => {
            // Arrows move one change of the run (a millisecond is nothing in a run of hours); Shift+arrow keeps the slider's own 1 ms step.
            if (!player || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
            // (a change the canvas shows: an evaluation or a value set alone would look like a press that did nothing)
            if (e.key === 'ArrowRight' || e.key === 'ArrowUp') { e.preventDefault(); player.stepBeat(1); }
            if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') { e.preventDefault(); player.stepBeat(-1); }
            // the first and last moments: before the run's first event (as Reset), not after every event at 0 ms
            if (e.key === 'Home') { e.preventDefault(); player.reset(); }
            if (e.key === 'End') { e.preventDefault(); player.toEnd(); }
          }}
          className="w-full accent-brand-500"
        />
        {replay && <TimelineTicks replay={replay} />}
        {simulated && (
          // under the slider's end, so the toolbar stays one row
          <span className="self-end whitespace-nowrap text-xs leading-none tabular-nums text-ink-600" title="The calendar time at this moment of the run (the scenario's start plus the virtual time), read by NOW() and $Flow.CurrentDateTime">
            {calendarText(runStartMs(startAt) + cursor.time, 'short')}
          </span>
        )}
      </div>
      {/* tabular figures, not a monospaced font: its space is a digit wide, and "24 h" read as "24  h" */}
      <output className="w-24 text-right text-sm tabular-nums text-ink-800" aria-label="Virtual time">
        {formatVirtualTime(cursor.time)}
      </output>
      <label className="flex items-center gap-1 text-sm text-ink-600" title="Pan the canvas to each change that happens out of view (dragging the canvas turns this off)">
        <input type="checkbox" checked={followRun} onChange={(e) => useAppStore.getState().setFollowRun(e.target.checked)} />
        Follow the run
      </label>
      <RunControlButton action={coverageAction} pressed={coverageOn} />
      <RunControlButton action={compareAction} />
      <RunControlButton action={exitRunAction} />
    </div>
  );
}
