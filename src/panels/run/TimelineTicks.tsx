/** Marks under the timeline slider at the virtual times where something changed. */
import { memo, useMemo } from 'react';
import type { TraceReplay } from '../../player/replay';

const MAX_TICKS = 400;

export const TimelineTicks = memo(function TimelineTicks({ replay }: { replay: TraceReplay }) {
  const positions = useMemo(() => {
    const end = Math.max(replay.endTime, 1);
    const seen = new Set<number>();
    for (const e of replay.events) {
      if (e.type === 'evaluation') continue;
      seen.add(Math.round((e.t / end) * 1000) / 10);
      if (seen.size >= MAX_TICKS) break;
    }
    return [...seen];
  }, [replay]);
  return (
    <div aria-hidden="true" className="pointer-events-none relative h-1.5">
      {positions.map((p) => (
        <span key={p} className="absolute top-0 h-1.5 w-px bg-ink-400" style={{ left: `${p}%` }} />
      ))}
    </div>
  );
});
