/**
 * The trace events up to the shown moment as a filterable list. Clicking an event jumps the
 * playback there and selects its element.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { elementLabel, outcomeLabel } from '../../commands/queries';
import type { Orchestration, TraceEvent } from '../../model/types';
import { describeEvent } from './describeEvent';
import { formatVirtualTime } from './formatTime';
import { useAppStore } from '../../store/appStore';
import { useRunUserWords } from '../../ui/useRunUserWords';

const MAX_ROWS = 300;

type UserWords = (user: string) => string;

/**
 * Each event's sentence, made once per design run (and scenario, which names its users: the
 * `userWords` function changes with either): playback moves the list by a few rows a frame.
 */
const sentences = new WeakMap<UserWords, WeakMap<TraceEvent, string>>();
function sentenceOf(e: TraceEvent, doc: Orchestration | null, userWords: UserWords): string {
  if (!doc) return describeEvent(e, undefined, undefined, userWords);
  let byEvent = sentences.get(userWords);
  if (!byEvent) sentences.set(userWords, (byEvent = new WeakMap()));
  let text = byEvent.get(e);
  if (text === undefined) {
    text = describeEvent(e, (name) => `“${elementLabel(doc, name)}”`, (decision, outcome) => `“${outcomeLabel(doc, decision, outcome)}”`, userWords);
    byEvent.set(e, text);
  }
  return text;
}

function jump(i: number, element: string | undefined) {
  useAppStore.getState().player?.seekIndex(i);
  if (element) useAppStore.getState().select([element]);
}

/**
 * One row; memoised, so a frame of playback renders only the rows it adds and the two whose highlight
 * moves. A row takes the run to its moment and its element, so it is a link: its name is its
 * sentence, which holds the design's labels, and as a button a step "Reset password" made the run
 * control `Reset` match three buttons (docs/editor.md, "no button's accessible name holds text of
 * the design").
 */
const EventRow = memo(function EventRow({ i, t, text, element, current }: { i: number; t: number; text: string; element: string | undefined; current: boolean }) {
  return (
    <li>
      <button
        type="button"
        role="link"
        aria-current={current ? 'true' : undefined}
        className={`flex w-full gap-2 px-1 py-0.5 text-left hover:bg-brand-50 ${current ? 'bg-brand-100' : ''}`}
        onClick={() => jump(i, element)}
      >
        <span className="w-[5.5rem] shrink-0 whitespace-nowrap tabular-nums text-ink-600">{formatVirtualTime(t)}</span>
        <span className="text-ink-800">{text}</span>
      </button>
    </li>
  );
});

export function EventLog() {
  const replay = useAppStore((s) => s.replay);
  const runDoc = useAppStore((s) => s.runDoc);
  const userWords = useRunUserWords();
  // During fast playback the list (up to MAX_ROWS rows) catches up when the canvas has drawn the
  // frame, not inside it: a deferred render is dropped when the next frame's change comes first.
  const index = useDeferredValue(useAppStore((s) => s.cursor.index));
  const [filter, setFilter] = useState('');
  const [showChecks, setShowChecks] = useState(false);
  const deferredFilter = useDeferredValue(filter.trim().toLowerCase());

  const { rows, current } = useMemo(() => {
    const out: { i: number; text: string; t: number; element: string | undefined }[] = [];
    // The moment shown is marked on its event, or, when it is a condition check the list hides, on
    // the newest event listed: after Complete work item the run stands at the check that follows,
    // and no row was marked. A row hidden by the filter text is not stood in for.
    let current = -1;
    let onlyChecksSkipped = true;
    if (!replay) return { rows: out, current };
    for (let i = Math.min(index, replay.length - 1); i >= 0 && out.length < MAX_ROWS; i--) {
      const e = replay.events[i]!;
      if (!showChecks && e.type === 'evaluation') continue;
      const text = sentenceOf(e, runDoc, userWords);
      if (deferredFilter && !text.toLowerCase().includes(deferredFilter)) {
        onlyChecksSkipped = false;
        continue;
      }
      if (out.length === 0 && onlyChecksSkipped) current = i;
      out.push({ i, text, t: e.t, element: e.step ?? e.stage ?? e.decision });
    }
    return { rows: out, current };
  }, [replay, runDoc, userWords, index, deferredFilter, showChecks]);

  return (
    <section aria-label="Event log" className="flex min-h-0 flex-col gap-1">
      <h3 className="text-sm font-semibold text-ink-800">Event log</h3>
      <div className="flex items-center gap-2">
        <input
          type="search"
          aria-label="Filter events"
          placeholder="Filter events"
          className="min-w-0 flex-1 rounded border border-ink-400/40 px-2 py-1 text-sm"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <label className="flex items-center gap-1 text-xs text-ink-600">
          <input type="checkbox" checked={showChecks} onChange={(e) => setShowChecks(e.target.checked)} />
          Condition checks
        </label>
      </div>
      <ol className="max-h-64 overflow-auto text-xs" aria-label="Events, newest first">
        {rows.map((r) => (
          <EventRow key={r.i} i={r.i} t={r.t} text={r.text} element={r.element} current={r.i === current} />
        ))}
        {rows.length === 0 && <li className="px-1 text-ink-600">{deferredFilter !== '' && index >= 0 ? `No event so far matches "${filter.trim()}".` : 'No events yet.'}</li>}
      </ol>
    </section>
  );
}
