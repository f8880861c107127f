/**
 * Marks under the timeline slider at the virtual times where something changed. Several beats at
 * one time (a stage and its steps starting at t = 0) show as a cluster of that many marks, since
 * playback shows them one after another although the slider cannot tell them apart.
 */
import { memo, useMemo } from 'react';
import { isBeat, type TraceReplay } from '../../player/replay';

const MAX_TICKS = 400;
/** More beats than this at one time still draw this many marks (the count is in `data-beats`). */
const MAX_MARKS = 6;

export const TimelineTicks = memo(function TimelineTicks({ replay }: { replay: TraceReplay }) {
  const ticks = useMemo(() => {
    const end = Math.max(replay.endTime, 1);
    const beats = new Map<number, number>();
    for (const e of replay.events) {
      if (!isBeat(e)) continue;
      if (!beats.has(e.t) && beats.size >= MAX_TICKS) break;
      beats.set(e.t, (beats.get(e.t) ?? 0) + 1);
    }
    return [...beats].map(([t, count]) => ({ t, count, left: Math.round((t / end) * 1000) / 10 }));
  }, [replay]);
  return (
    // inset by half the slider's thumb (16 px in Chromium): the thumb's centre, which says the time, runs from 8 px to the width less 8 px
    <div aria-hidden="true" className="pointer-events-none relative mx-2 h-2" data-testid="timeline-ticks">
      {ticks.map(({ t, count, left }) => (
        <span
          key={t}
          data-t={t}
          data-beats={count}
          className="absolute top-0 h-2 -translate-x-1/2"
          style={{
            // centred on its time: a cluster at the run's end stays within the thumb's course
            left: `${left}%`,
            width: `${Math.min(count, MAX_MARKS) * 3 - 2}px`,
            backgroundImage: 'repeating-linear-gradient(to right, #6b7280 0 1px, transparent 1px 3px)',
          }}
        />
      ))}
    </div>
  );
});
