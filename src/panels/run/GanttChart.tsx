/**
 * Gantt chart of stage and step spans over virtual time, up to the moment shown. Loaded lazily
 * (it is not needed to edit). Rows beyond MAX_ROWS are summarised, not drawn.
 */
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { spansOf } from '../../player/spans';
import { formatVirtualTime } from './formatTime';
import { STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';
import { useAppStore } from '../../store/appStore';
import { useLabelOf } from './useLabelOf';

const MAX_ROWS = 120;
/**
 * Text at 12 px, the least the app sets text in (at 10 px in 16 px rows the chart was the one
 * thing in the run panel too small to read at 1280×800); rows of 20 px hold it.
 */
const FONT = 12;
const ROW = 20;
/** The row names' column: 21 characters and "…" (bold, after a step's 10 px indent) fit in it. */
const LABEL = 170;
const NAME_CHARS = 22;
/** Before the panel is measured, and where it cannot be (tests without layout). */
const WIDTH = 520;
/** Narrower than this, the bars' part would be too short to read: the panel scrolls instead. */
const MIN_WIDTH = 300;

/** The width the chart has in its panel, followed as the panel is resized: the whole run fits, no bar off to the right. */
function usePanelWidth(): [React.RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => { if (element.clientWidth > 0) setWidth(Math.max(MIN_WIDTH, Math.floor(element.clientWidth))); };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
/**
 * A bar's colour: the theme's status colour (index.css), so the dark theme's lighter tints apply.
 * The light theme's own colours were written here: on the dark panel an Error or In progress step's
 * bar was 2.4–2.7:1, under the 3:1 a status mark needs (WCAG 1.4.11).
 */
const fillOf = (status: string) => `var(--color-status-${status.toLowerCase()}, #6b7280)`;

export default function GanttChart() {
  const [figure, width] = usePanelWidth();
  const trace = useAppStore((s) => s.trace);
  // rows and tips name elements as the canvas, the Why panel and the event log do: by label
  const labelOf = useLabelOf();
  // Deferred: during fast playback the chart catches up after the canvas, never inside its frame.
  const index = useDeferredValue(useAppStore((s) => s.cursor.index));
  const end = Math.max(trace?.run.endedAt ?? 0, trace?.events.at(-1)?.t ?? 0, 1);
  const spans = useMemo(() => (trace ? spansOf(trace, index) : []), [trace, index]);
  const rows = [...new Set(spans.map((s) => s.element))];
  const stages = new Set(spans.filter((s) => s.kind === 'stage').map((s) => s.element));
  const shown = rows.slice(0, MAX_ROWS);
  const rowOf = new Map(shown.map((r, i) => [r, i]));
  const x = (t: number) => LABEL + (t / end) * (width - LABEL - 4);
  return (
    <figure ref={figure} aria-label="Gantt chart" className="text-xs">
      <svg role="img" aria-label={`Gantt chart of ${rows.length} stages and steps up to ${formatVirtualTime(trace?.events[index]?.t ?? 0)}`} width={width} height={shown.length * ROW + 22}>
        {shown.map((r, i) => {
          const label = labelOf(r);
          // a stage's row bold, its steps' indented, and each named by kind in its tip, as the Outline
          // sets them apart: the recruiting demo's stage and step "Create and Send Offer" read alike
          const stage = stages.has(r);
          return (
            <text key={r} x={stage ? 2 : 10} y={i * ROW + 14} className="fill-ink-800" fontSize={FONT} fontWeight={stage ? 600 : undefined} data-element={r}>
              {label.length > NAME_CHARS ? `${label.slice(0, NAME_CHARS - 1)}…` : label}
              <title>{`${stage ? 'Stage' : 'Step'} ${label === r ? r : `${label} (${r})`}`}</title>
            </text>
          );
        })}
        {spans.map((s, i) => {
          const row = rowOf.get(s.element);
          if (row === undefined) return null;
          return (
            <rect key={i} x={x(s.start)} y={row * ROW + 4 + (s.kind === 'stage' ? 0 : 2)} width={Math.max(2, x(s.end) - x(s.start))} height={s.kind === 'stage' ? 12 : 8} style={{ fill: fillOf(s.status) }} opacity={s.kind === 'stage' ? 0.35 : 0.9}>
              <title>{`${labelOf(s.element)}: ${STATUS_LABEL[s.status as AnyStatus] ?? s.status}, ${formatVirtualTime(s.start)} – ${formatVirtualTime(s.end)}`}</title>
            </rect>
          );
        })}
        <text x={LABEL} y={shown.length * ROW + 16} fontSize={FONT} className="fill-ink-600">0</text>
        <text x={width - 4} y={shown.length * ROW + 16} fontSize={FONT} textAnchor="end" className="fill-ink-600">{formatVirtualTime(end)}</text>
      </svg>
      {rows.length > MAX_ROWS && <figcaption>{rows.length - MAX_ROWS} more rows not drawn.</figcaption>}
    </figure>
  );
}
