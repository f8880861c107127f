/**
 * Run controls (UI-CONTRACT.md): Play, Pause, Step forward, Step back, Reset, Exit run, the
 * Timeline slider (value = virtual ms) and the Speed picker, plus "Next change".
 */
import { useRunStore } from '../../store/runStore';
import { SPEEDS } from '../../player/runPlayer';
import { formatVirtualTime } from './formatTime';
import { TimelineTicks } from './TimelineTicks';

const button =
  'rounded border border-ink-400/40 bg-white px-2 py-1 text-sm text-ink-800 hover:bg-brand-50 disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

export function RunControls({ onExit }: { onExit: () => void }) {
  const cursor = useRunStore((s) => s.cursor);
  const replay = useRunStore((s) => s.replay);
  const phase = useRunStore((s) => s.phase);
  const player = useRunStore.getState().player;
  const end = replay?.endTime ?? 0;
  const ready = phase === 'ready' && replay !== null;
  const beat = replay && cursor.index >= 0 && cursor.time === replay.events[cursor.index]?.t ? replay.beatPosition(cursor.index) : null;
  const timeText = formatVirtualTime(cursor.time) + (beat && beat.of > 1 ? `, change ${beat.nth} of ${beat.of} at this time` : '');

  return (
    <div role="toolbar" aria-label="Run controls" className="flex flex-wrap items-center gap-2 border-b border-ink-400/30 bg-white px-3 py-2">
      {/* Play and Pause are both always there (UI contract); each is harmless when it does not apply. */}
      <button type="button" className={`${button} ${cursor.playing ? 'bg-brand-100' : ''}`} aria-pressed={cursor.playing} disabled={!ready} onClick={() => player()?.play()}>Play</button>
      <button type="button" className={button} disabled={!ready} onClick={() => player()?.pause()}>Pause</button>
      <button type="button" className={button} disabled={!ready || cursor.index < 0} onClick={() => player()?.stepBack()}>Step back</button>
      <button type="button" className={button} disabled={!ready || cursor.atEnd} onClick={() => player()?.stepForward()}>Step forward</button>
      <button type="button" className={button} disabled={!ready || cursor.atEnd} onClick={() => player()?.jumpToNextChange()}>Next change</button>
      <button type="button" className={button} disabled={!ready} onClick={() => player()?.reset()}>Reset</button>
      <label className="flex items-center gap-1 text-sm text-ink-600">
        Speed
        <select
          aria-label="Speed"
          className="rounded border border-ink-400/40 px-1 py-0.5"
          value={cursor.speed}
          onChange={(e) => player()?.setSpeed(Number(e.target.value))}
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
          aria-valuetext={timeText}
          min={0}
          max={Math.max(end, 1)}
          step={1}
          value={Math.round(cursor.time)}
          disabled={!ready}
          onChange={(e) => player()?.seekTime(Number(e.target.value))}
          className="w-full accent-brand-500"
        />
        {replay && <TimelineTicks replay={replay} />}
      </div>
      <output className="w-24 text-right font-mono text-sm tabular-nums text-ink-800" aria-label="Virtual time">
        {formatVirtualTime(cursor.time)}
      </output>
      <button type="button" className={button} onClick={onExit}>Exit run</button>
    </div>
  );
}
