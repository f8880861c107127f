/** Transient notices (hints, refusals, import results) in a polite live region; each fades after a while. */
import { useEffect, useRef, useState } from 'react';
import type { Notice } from '../store/createUiSlice';
import { useAppStore } from '../store/appStore';
import { selectNotices } from '../store/selectors';
import { showProblem } from '../panels/problems/showProblem';
import { showProblemList } from '../panels/problems/showProblemList';
import { useKeepFocusOnNoticeGone } from './useKeepFocusOnNoticeGone';
import { OVER_CANVAS } from '../canvas/paneCovers';

const LIFETIME_MS = 8000;
const STYLE: Record<Notice['kind'], string> = {
  info: 'border-brand-500 bg-white',
  warning: 'border-status-suspended bg-amber-50',
  error: 'border-status-error bg-red-50',
};

function NoticeItem({ notice }: { notice: Notice }) {
  // The admin reading it (pointer over it) or about to press one of its buttons (focus inside) keeps
  // it: a notice fading under the keyboard would drop focus on the page, and one fading under the
  // pointer would take its Show it away mid-reach. Its full lifetime starts again once left.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  const item = useRef<HTMLLIElement>(null);
  useKeepFocusOnNoticeGone(item);
  useEffect(() => {
    if (held) return;
    // a notice standing in for a project's report fades too: File ▸ Show project report… shows it
    // again while its design is open (docs/projects.md, chosen)
    const timer = setTimeout(() => useAppStore.getState().dismiss(notice.id), LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [notice.id, held]);
  return (
    <li
      ref={item}
      className={`pointer-events-auto flex items-start gap-2 rounded-md border-l-4 px-3 py-2 text-sm text-ink-800 shadow-md ${STYLE[notice.kind]}`}
      // pointer, not mouse, events: a tap sends a mouseenter whose mouseleave comes only with a tap
      // elsewhere (a pan of the canvas sends none), which held the notice for good; a finger's
      // pointerleave comes as it lifts
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => setFocused(event.currentTarget.contains(event.relatedTarget as Node | null))}
    >
      <span className="flex-1">
        {notice.text}
        {notice.problem && (
          <button type="button" className="ml-1 font-medium text-brand-700 underline" onClick={() => showProblem(notice.problem!.element, notice.problem!.path)}>
            Show it
          </button>
        )}
        {notice.allProblems && (
          <button type="button" className="ml-1 font-medium text-brand-700 underline" onClick={showProblemList}>
            Show all problems
          </button>
        )}
        {notice.report && (
          <button type="button" className="ml-1 font-medium text-brand-700 underline" onClick={() => { useAppStore.getState().setImportReport(notice.report!); useAppStore.getState().dismiss(notice.id); }}>
            Show report
          </button>
        )}
        {notice.undo && (
          <button type="button" className="ml-1 font-medium text-brand-700 underline" onClick={() => { useAppStore.getState().undo(); useAppStore.getState().dismiss(notice.id); }}>
            Undo
          </button>
        )}
      </span>
      <button
        type="button"
        aria-label="Dismiss notice"
        className="rounded px-1 text-ink-600 hover:bg-ink-400/20 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        onClick={() => useAppStore.getState().dismiss(notice.id)}
      >
        ×
      </button>
    </li>
  );
}

export function Notices() {
  const notices = useAppStore(selectNotices);
  return (
    <div role="status" aria-live="polite" aria-label="Notices" className="pointer-events-none absolute right-3 top-3 z-20 w-96 max-w-[90%]">
      {/* laid over the canvas: a design opened or fitted while notices show is framed below them (docs/canvas.md) */}
      <ul {...{ [OVER_CANVAS]: '' }} className="flex flex-col gap-2">
        {notices.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
    </div>
  );
}
