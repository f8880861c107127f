/**
 * Run controls (UI-CONTRACT.md): Play, Pause, Step back, Step forward, Next change, Reset, Coverage,
 * Compare with… and Exit run from the action registry, the Timeline slider (value = virtual ms)
 * and the Speed picker.
 */
import { exitRunAction, nextChangeAction, pauseAction, playAction, resetAction, stepBackAction, stepForwardAction } from '../../actions/runActions';
import { compareAction, coverageAction } from '../../actions/verifyActions';
import { SPEEDS } from '../../player/runPlayer';
import { useAppStore } from '../../store/appStore';
import { RunControlButton } from '../../ui/RunControlButton';
import { formatVirtualTime } from './formatTime';
import { TimelineTicks } from './TimelineTicks';

const PLAYBACK = [pauseAction, stepBackAction, stepForwardAction, nextChangeAction, resetAction];

export function RunControls() {
  const cursor = useAppStore((s) => s.cursor);
  const replay = useAppStore((s) => s.replay);
  const ready = useAppStore((s) => s.runPhase === 'ready' && s.replay !== null);
  const player = useAppStore((s) => s.player);
  const coverageOn = useAppStore((s) => s.coverage !== null);
  const end = replay?.endTime ?? 0;

  return (
    <div role="toolbar" aria-label="Run controls" className="flex flex-wrap items-center gap-2 border-b border-ink-400/30 bg-white px-3 py-2">
      {/* Play and Pause are both always there (UI contract); each is harmless when it does not apply. */}
      <RunControlButton action={playAction} pressed={cursor.playing} />
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
      <div className="relative flex min-w-64 flex-1 flex-col">
        <input
          type="range"
          aria-label="Timeline"
          aria-valuetext={formatVirtualTime(cursor.time)}
          min={0}
          max={Math.max(end, 1)}
          step={1}
          value={Math.round(cursor.time)}
          disabled={!ready}
          onChange={(e) => player?.seekTime(Number(e.target.value))}
          className="w-full accent-brand-500"
        />
        {replay && <TimelineTicks replay={replay} />}
      </div>
      <output className="w-24 text-right font-mono text-sm tabular-nums text-ink-800" aria-label="Virtual time">
        {formatVirtualTime(cursor.time)}
      </output>
      <RunControlButton action={coverageAction} pressed={coverageOn} />
      <RunControlButton action={compareAction} />
      <RunControlButton action={exitRunAction} />
    </div>
  );
}
