/**
 * Both runs of one scenario on one timeline: a row per stage and step, the other version's span
 * above (light) and this design's below (solid), on the same virtual-time axis, so a step that
 * starts later or never is seen at a glance. Rows whose behaviour changed are marked.
 */
import { spansOf, type Span } from '../../player/spans';
import type { Trace } from '../../model/types';
import { formatVirtualTime } from '../run/formatTime';
import { useLabelOf } from '../run/useLabelOf';
import { STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';

/**
 * Rows named at 12 px by label, as the run panel's Timeline chart (GanttChart.tsx): at 10 px and by
 * API name ("Credit_Check") this was the one chart in the run view an admin read in other words,
 * and too small to read at 1280×800 (a walkthrough, 2026-12-06). The API name is in each row's tip.
 */
const FONT = 12;
const ROW = 20;
const NAME_CHARS = 22;
const LABEL = 170;
const WIDTH = 640;
const MAX_ROWS = 120;
/** The other version's bars: faint in both themes (about 2:1 at their opacity), the background the new run is read against. */
const OLD = '#64748b';
/**
 * This design's bars: the theme's In progress blue, so the dark theme's tint applies. The light
 * blue written here was 2.4:1 on the dark dialog, under the 3:1 a mark to read needs (WCAG 1.4.11).
 */
const NEW = 'var(--color-status-inprogress, #1d4ed8)';

function rowsOf(oldSpans: readonly Span[], newSpans: readonly Span[]): string[] {
  return [...new Set([...newSpans.map((s) => s.element), ...oldSpans.map((s) => s.element)])];
}

export function CompareTimeline({ oldTrace, newTrace, against, changed }: { oldTrace: Trace; newTrace: Trace; against: string; changed: ReadonlySet<string> }) {
  const labelOf = useLabelOf();
  const oldSpans = spansOf(oldTrace);
  const newSpans = spansOf(newTrace);
  const rows = rowsOf(oldSpans, newSpans);
  const shown = rows.slice(0, MAX_ROWS);
  const rowOf = new Map(shown.map((r, i) => [r, i]));
  const end = Math.max(oldTrace.run.endedAt ?? 0, newTrace.run.endedAt ?? 0, oldTrace.events.at(-1)?.t ?? 0, newTrace.events.at(-1)?.t ?? 0, 1);
  const x = (t: number) => LABEL + (t / end) * (WIDTH - LABEL - 4);
  const bar = (s: Span, version: 'old' | 'new', i: number) => {
    const row = rowOf.get(s.element);
    if (row === undefined) return null;
    const y = row * ROW + (version === 'old' ? 3 : 11);
    return (
      <rect key={`${version}${i}`} data-version={version} data-element={s.element} x={x(s.start)} y={y} width={Math.max(2, x(s.end) - x(s.start))} height={6}
        style={{ fill: version === 'old' ? OLD : NEW }} opacity={s.kind === 'stage' ? 0.35 : version === 'old' ? 0.55 : 0.9}>
        <title>{`${version === 'old' ? against : 'This design'}: ${labelOf(s.element)} ${STATUS_LABEL[s.status as AnyStatus] ?? s.status}, ${formatVirtualTime(s.start)} – ${formatVirtualTime(s.end)}`}</title>
      </rect>
    );
  };
  return (
    <figure aria-label="Both runs on one timeline" className="text-xs">
      <figcaption className="mb-1 flex gap-3">
        <span><span aria-hidden className="mr-1 inline-block h-2 w-4 align-middle" style={{ background: OLD, opacity: 0.55 }} />{against} (above)</span>
        <span><span aria-hidden className="mr-1 inline-block h-2 w-4 align-middle" style={{ background: NEW }} />This design (below)</span>
        <span><span aria-hidden className="mr-1 font-bold text-status-error">●</span>behaviour changed</span>
      </figcaption>
      <svg role="img" aria-label={`Timeline of ${rows.length} stages and steps in both versions, 0 to ${formatVirtualTime(end)}`} width={WIDTH} height={shown.length * ROW + 20}>
        {shown.map((r, i) => {
          const label = labelOf(r);
          return (
            <text key={r} x={2} y={i * ROW + 14} fontSize={FONT} className={changed.has(r) ? 'fill-status-error font-bold' : 'fill-ink-800'} data-element={r}>
              {changed.has(r) ? '● ' : ''}{label.length > NAME_CHARS ? `${label.slice(0, NAME_CHARS - 1)}…` : label}
              <title>{label === r ? r : `${label} (${r})`}</title>
            </text>
          );
        })}
        {oldSpans.map((s, i) => bar(s, 'old', i))}
        {newSpans.map((s, i) => bar(s, 'new', i))}
        <text x={LABEL} y={shown.length * ROW + 14} fontSize={FONT} className="fill-ink-600">0</text>
        <text x={WIDTH - 4} y={shown.length * ROW + 14} fontSize={FONT} textAnchor="end" className="fill-ink-600">{formatVirtualTime(end)}</text>
      </svg>
      {rows.length > MAX_ROWS && <p>{rows.length - MAX_ROWS} more rows not drawn.</p>}
    </figure>
  );
}
