/**
 * The outline: the orchestration as a tree (stages → steps → start condition) that is a full
 * keyboard editor kept in sync with the canvas — the same commands, the same selection. During a
 * run each row shows its status.
 *
 * Keys: ↑/↓ move, PageUp/PageDown a view's worth, ←/→ collapse/expand, Home/End, Enter select, F2 rename, Delete delete,
 * S add a stage after, B / I add a background / interactive step to the stage, D add a decision.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { STATUS_ICON, STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';
import { inputMark, userActedSince } from '../../ui/focusLater';
import type { Orchestration } from '../../model/types';
import { outlineItems, type OutlineItem } from './outlineItems';
import { addBackgroundStepAction, addDecisionAction, addInteractiveStepAction, addStageAction, deleteAction, setLabelAction } from '../../actions/elementActions';
import { performAction } from '../../actions/registry';
import type { Action } from '../../actions/types';
import { useActionContext } from '../../actions/useActionContext';
import { useAppStore } from '../../store/appStore';
import { useDrawnDoc } from '../../store/drawnDocument';
import { useDrawnStepOrder } from '../../store/drawnStepOrder';
import { useBesideCanvasWaits, useHeld } from '../../store/besideCanvas';
import { selectRunning } from '../../store/selectors';
import { useRowFocusFollowsCopy } from './useRowFocusFollowsCopy';
import { own } from '../../model/ownKey';

const KIND_WORD: Record<OutlineItem['kind'], string> = {
  stage: 'Stage', decision: 'Decision', background: 'Background step', interactive: 'Interactive step', condition: 'Condition',
};

const BIG_DESIGN_STEPS = 60;

/**
 * Above this many rows the outline is windowed: only the rows in (and near) its view are rendered,
 * placed at their offsets in a list as tall as all of them. A big design's outline is one row per
 * stage — 100 rows at 2,000 steps, 500 at 10,000 — and creating them all was a third of the time
 * the opening of 2,000 steps took beyond bare React Flow's (docs/performance.md, eighteenth round).
 */
const WINDOWED_FROM_ROWS = 60;
/** A one-line row: text-sm's 20 px line and 2 px of padding above and below (rows that wrap are measured). */
const ROW_PX = 24;

/**
 * Letter keys on a row: the palette's actions, placed next to the row's element. Their keys are the
 * actions' own shortcuts (S, B, I, D), which the canvas answers through the registry: one definition.
 */
const ADD_KEYS: Record<string, Action<void>> = Object.fromEntries(
  [addStageAction, addBackgroundStepAction, addInteractiveStepAction, addDecisionAction].flatMap((a) => (a.shortcuts ?? []).map((s) => [s.key.toLowerCase(), a as Action<void>])),
);
/** In the run view editing is locked: only moving and selecting work, so only they are hinted. */
const RUN_KEYS_HINT = 'Arrows move · Enter selects';
// P (Edit properties) is named: the one key from a row into the Properties panel, found nowhere else on screen
const KEYS_HINT = `Arrows move · Enter selects · F2 renames · P properties · Delete deletes · ${Object.entries(ADD_KEYS).map(([key, a]) => `${key.toUpperCase()} ${a.label.replace(/^Add /, '')}`).join(' · ')}`;

/**
 * Focuses the row a key added a frame later, once drawn, unless focus has moved since: F2 pressed
 * right after S added a stage opened the new row's rename field, and focus taken from it a frame
 * later closed it unseen. (The first stage of an empty tree, and a rename ended with Enter, still
 * take their row unconditionally: focus was lost with the old tree or field, and the focus rescue
 * has put it on the canvas node by then.)
 */
function focusLater(find: () => HTMLElement | null | undefined): void {
  const from = document.activeElement;
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active === from || !active || active === document.body || !active.isConnected) find()?.focus();
  });
}

function defaultCollapsed(doc: Orchestration): ReadonlySet<string> {
  const steps = doc.stages.reduce((n, s) => n + s.steps.length, 0);
  return steps > BIG_DESIGN_STEPS ? new Set(doc.stages.map((s) => s.name)) : new Set();
}

/**
 * One row's run status: a glyph shown before the label and the status word for screen readers
 * after it (part of the row's name). It subscribes to that element only, so playback re-renders
 * just the rows whose status changed, never the whole outline.
 */
const RowStatus = memo(function RowStatus({ element }: { element: string }) {
  const status = useAppStore((s) => (own(s.snapshot?.stages, element) ?? own(s.snapshot?.steps, element)) as AnyStatus | undefined);
  if (!status) return null;
  return (
    <>
      <span aria-hidden="true" className="order-first w-4 text-center">{STATUS_ICON[status]}</span>
      <span className="sr-only">, {STATUS_LABEL[status]}</span>
    </>
  );
});

export function OutlineView() {
  // a big design just opened is listed once the canvas draws it too (store/drawnDocument.ts)
  const { doc: drawn } = useDrawnDoc();
  // and its rows come a frame after the canvas's cards (store/besideCanvas.ts)
  const doc = useHeld(drawn, useBesideCanvasWaits());
  const selected = useAppStore((s) => s.selected);
  const running = useAppStore(selectRunning);
  const [collapsedState, setCollapsed] = useState<{ design: string; set: ReadonlySet<string> } | null>(null);
  // A big design opens with its stages collapsed, so the outline stays a short list.
  const collapsed = useMemo(
    () => (collapsedState?.design === doc.name ? collapsedState.set : defaultCollapsed(doc)),
    [collapsedState, doc],
  );
  const [focusId, setFocusId] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);
  // each stage's steps top to bottom as the canvas draws them, not as the file declares them
  const drawnOrder = useDrawnStepOrder();
  const items = useMemo(() => outlineItems(doc, collapsed, drawnOrder), [doc, collapsed, drawnOrder]);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const scrollRef = useRef<HTMLDivElement>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  /** A row the keyboard moved to before it was rendered: focused once it is (windowed outline). */
  const pendingFocus = useRef<string | null>(null);
  const context = useActionContext();
  /** Runs an action on one row's element: it becomes the selection first (where adds go, what Delete removes). */
  const onRow = <A,>(element: string, action: Action<A>, arg: A) => {
    const store = context.store.getState();
    store.select([element]);
    store.selectEdges([]);
    return performAction(context, action, arg);
  };
  const current = items.find((i) => i.id === focusId) ?? items.find((i) => selected.includes(i.id)) ?? items[0];
  const windowed = items.length > WINDOWED_FROM_ROWS;
  const currentIndex = current ? items.indexOf(current) : -1;
  // The app is not built with React Compiler, which is what this rule guards: the virtualiser's
  // functions are read fresh on each render, and it re-renders this component when the list scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: windowed ? items.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    // Until the list's box is observed (it is at mount, before any big design opens): a column's width and the window's height.
    initialRect: { width: 208, height: typeof window === 'undefined' ? 800 : window.innerHeight },
    // A row seen for the first time is not measured with a layout read in the middle of React's
    // commit: that forced the layout of the whole page, the canvas's new cards with it, once more
    // in the opening's longest task. Its size comes from the ResizeObserver's entry, after the
    // frame's own layout; a row that wraps is then placed again.
    measureElement: (el, entry, instance) => {
      if (entry) return entry.borderBoxSize[0]?.blockSize ?? el.getBoundingClientRect().height;
      const key = instance.options.getItemKey(instance.indexFromElement(el));
      return instance.itemSizeCache.get(key) ?? ROW_PX;
    },
    useFlushSync: false,
    overscan: 10,
    getItemKey: (index) => items[index]?.id ?? index,
    // The row holding the tree's tab stop is always rendered, in view or not: Tab reaches the tree,
    // and the keyboard moves on from it.
    rangeExtractor: (range: Range) => {
      const shown = defaultRangeExtractor(range);
      return currentIndex < 0 || shown.includes(currentIndex) ? shown : [...shown, currentIndex].sort((a, b) => a - b);
    },
  });

  // The selection made elsewhere (a click on the canvas, Find + Enter) is shown here too: the row of
  // its first element (its stage's row when the stage is collapsed) is scrolled into the outline's
  // view, not focused. Only when the selection changes: an edit or a scroll by hand moves nothing.
  const firstSelected = selected[0];
  const reveal = useRef({ items, doc, windowed, virtualizer });
  reveal.current = { items, doc, windowed, virtualizer };
  useEffect(() => {
    const { items: rows, doc: design, windowed: isWindowed, virtualizer: list } = reveal.current;
    const box = scrollRef.current;
    if (!firstSelected || !box) return;
    const stage = design.stages.find((st) => st.steps.some((step) => step.name === firstSelected))?.name;
    const at = [firstSelected, stage].map((name) => rows.findIndex((i) => i.kind !== 'condition' && i.element === name)).find((i) => i >= 0);
    if (at === undefined) return;
    if (isWindowed) { list.scrollToIndex(at, { align: 'auto' }); return; }
    const row = refs.current.get(rows[at]!.id);
    if (!row) return;
    // by hand rather than scrollIntoView, which would scroll the columns around the outline too
    const r = row.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top) box.scrollTop -= b.top - r.top + 4;
    else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom + 4;
  }, [firstSelected]);

  /** A row chosen (click, Enter): its element becomes the selection, and the canvas shows it. */
  const choose = (element: string) => {
    useAppStore.getState().select([element]);
    useAppStore.getState().requestReveal(element);
  };

  const focus = (item: OutlineItem | undefined) => {
    pendingFocus.current = null; // a later move replaces one still waiting for its row
    if (!item) return;
    setFocusId(item.id);
    const row = refs.current.get(item.id);
    if (row) row.focus();
    else pendingFocus.current = item.id; // rendered by the next commit (it becomes the tab stop)
  };
  useLayoutEffect(() => {
    const wanted = pendingFocus.current;
    if (wanted && !items.some((i) => i.id === wanted)) pendingFocus.current = null; // its row is gone (deleted): it never comes
    const row = pendingFocus.current ? refs.current.get(pendingFocus.current) : undefined;
    if (!row) return;
    pendingFocus.current = null;
    row.focus(); // scrolls it into view; the window follows the scroll
  });
  // its row is drawn with the copy: focused by the layout effect above once it is
  const focusCopy = useCallback((element: string) => {
    pendingFocus.current = element;
    setFocusId(element);
  }, []);
  useRowFocusFollowsCopy(treeRef, refs, focusCopy);
  const toggle = (id: string, open: boolean) => {
    const next = new Set(collapsed);
    if (open) next.delete(id); else next.add(id);
    setCollapsed({ design: doc.name, set: next });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    // keys with Ctrl, Cmd or Alt are not the tree's (Alt+← is the browser's Back, Ctrl+C the app's copy)
    if (renaming || e.ctrlKey || e.metaKey || e.altKey) return;
    if (!current) {
      // An empty design: the tree itself has focus; S or D adds the first stage or decision.
      const add = !running && !e.ctrlKey && !e.metaKey && !e.altKey && ['s', 'd'].includes(e.key.toLowerCase()) ? ADD_KEYS[e.key.toLowerCase()] : undefined;
      const done = add ? performAction(context, add, undefined) : null;
      const added = done?.performed && typeof done.result === 'string' ? done.result : null;
      if (!added) return;
      e.preventDefault();
      setFocusId(added);
      requestAnimationFrame(() => refs.current.get(added)?.focus());
      return;
    }
    const at = items.indexOf(current);
    const key = e.key;
    let handled = true;
    if (key === 'ArrowDown') focus(items[at + 1]);
    else if (key === 'ArrowUp') focus(items[at - 1]);
    else if (key === 'Home') focus(items[0]);
    else if (key === 'End') focus(items.at(-1));
    else if (key === 'PageDown' || key === 'PageUp') {
      // a view's worth of rows down or up (the list would scroll and leave the focused row behind)
      const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_PX) - 1);
      focus(items[Math.min(items.length - 1, Math.max(0, at + (key === 'PageDown' ? page : -page)))]);
    }
    else if (key === 'ArrowRight') {
      if (current.hasChildren && collapsed.has(current.id)) toggle(current.id, true);
      else if (current.hasChildren) focus(items[at + 1]);
    } else if (key === 'ArrowLeft') {
      if (current.hasChildren && !collapsed.has(current.id)) toggle(current.id, false);
      else focus(items.find((i) => i.id === current.parent));
    } else if (key === 'Enter' || key === ' ') choose(current.element);
    else if (running) handled = false;
    else if (key === 'F2') {
      // a start condition is not renamed (nor is the canvas selection: the key is handled here)
      if (current.kind !== 'condition') setRenaming({ id: current.id, label: current.label });
    } else if (key === 'Delete' || key === 'Backspace') {
      // a start condition row is not deleted (its step would go with it): it is edited in Properties
      if (current.kind !== 'condition') {
        // focus moves to the row after the element's own rows (else the element's row before: the
        // previous step or its stage, what Delete selects, not the previous step's start condition,
        // where Delete and F2 do nothing) before the row goes, so it never falls to <body>
        const next = items.slice(at + 1).find((i) => i.level <= current.level) ?? items.slice(0, at).findLast((i) => i.level <= current.level);
        focus(next);
        const done = onRow(current.element, deleteAction, undefined);
        // the last element gone: the empty tree takes focus (S there adds the first stage), not the
        // canvas the focus rescue gives it to first — unless the user has clicked or typed since the
        // key: with frames late, a click into Description then typing "Stages" lost the typing to
        // the tree, whose S added stages (ui/focusLater.ts)
        if (!next && done.performed) {
          const mark = inputMark();
          requestAnimationFrame(() => {
            if (!userActedSince(mark)) treeRef.current?.focus();
          });
        }
      }
    } else if (!e.ctrlKey && !e.metaKey && !e.altKey && key.length === 1 && ADD_KEYS[key.toLowerCase()]) {
      const done = onRow(current.element, ADD_KEYS[key.toLowerCase()]!, undefined);
      const added = done.performed && typeof done.result === 'string' ? done.result : null;
      if (added) {
        setFocusId(added);
        focusLater(() => refs.current.get(added));
      }
    } else handled = false;
    if (handled) e.preventDefault();
  };

  /** One row; in a windowed outline `placed` puts it at its offset in the list. */
  const renderRow = (item: OutlineItem, index: number, placed?: CSSProperties) => {
    const isRenaming = renaming?.id === item.id;
    return (
      <li
        key={item.id}
        ref={(el) => {
          if (el) refs.current.set(item.id, el); else refs.current.delete(item.id);
          if (windowed) virtualizer.measureElement(el);
        }}
        data-index={index}
        // the element the app's shortcuts (Ctrl+C, Ctrl+X, Ctrl+D…) act on when this row has keyboard focus
        data-element={item.kind === 'condition' ? undefined : item.element}
        role="treeitem"
        aria-level={item.level}
        aria-posinset={item.position}
        aria-setsize={item.siblings}
        aria-selected={selected.includes(item.element) && item.kind !== 'condition'}
        aria-expanded={item.hasChildren ? !collapsed.has(item.id) : undefined}
        tabIndex={item === current ? 0 : -1}
        onFocus={() => setFocusId(item.id)}
        onClick={() => { setFocusId(item.id); choose(item.element); }}
        // items-start: the ▾ and the run status sit on the first line of a label that wraps, not halfway down it
        className={`flex cursor-default scroll-my-1 items-start gap-1 rounded px-1 py-0.5 outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ${selected.includes(item.element) && item.kind !== 'condition' ? 'bg-brand-100' : ''}`}
        style={{ paddingLeft: `${(item.level - 1) * 16 + 4}px`, ...placed }}
      >
        <span aria-hidden="true" className="w-3 text-ink-600">{item.hasChildren ? (collapsed.has(item.id) ? '▸' : '▾') : ''}</span>
        {isRenaming ? (
          <input
            aria-label={`New label for ${item.label}`}
            autoFocus
            // the label is selected, so typing replaces it (F2 on a canvas node does the same)
            onFocus={(e) => e.currentTarget.select()}
            className="rounded border border-brand-500 px-1"
            value={renaming.label}
            onChange={(e) => setRenaming({ id: item.id, label: e.target.value })}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') {
                e.preventDefault();
                const done = performAction(context, setLabelAction, { name: item.element, label: renaming.label });
                const to = done.performed && typeof done.result === 'string' ? done.result : item.element;
                // The row takes focus at once, in the key's handler (as a canvas rename gives it back,
                // NodeLabel.tsx): a key pressed right after (↓, F2) starts from it. Given a frame
                // later, focus was on the page meanwhile and the key was lost. A row not drawn yet
                // (its name changed in a design drawn later) still takes it a frame later.
                flushSync(() => {
                  setRenaming(null);
                  setFocusId(to);
                });
                const row = refs.current.get(to);
                if (row?.isConnected) row.focus();
                else requestAnimationFrame(() => refs.current.get(to)?.focus());
              }
              if (e.key === 'Escape') { setRenaming(null); refs.current.get(item.id)?.focus(); }
            }}
            onBlur={() => setRenaming(null)}
          />
        ) : (
          <span className={item.kind === 'condition' ? 'text-ink-600 italic' : 'text-ink-800'}>
            {item.kind !== 'condition' && <span className="text-xs text-ink-600">{KIND_WORD[item.kind]}</span>}
            {item.kind !== 'condition' && ' '}
            {item.label}
          </span>
        )}
        {running && item.kind !== 'condition' && <RowStatus element={item.element} />}
      </li>
    );
  };

  return (
    <section aria-label="Outline" className="flex h-full min-h-0 flex-col gap-1 p-2 text-sm">
      <p id="outline-keys" className="text-xs text-ink-600">
        {running ? RUN_KEYS_HINT : KEYS_HINT}
      </p>
      <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto">
        {/* outside the tree: a tree may hold only tree items (axe: aria-required-children), so the
            empty design's hint is the tree's description instead of a row of it */}
        {items.length === 0 && <p id="outline-empty" className="text-ink-600">Empty design. Press S to add the first stage, or the Add stage button.</p>}
        <ul
          ref={treeRef}
          role="tree"
          aria-label="Orchestration outline"
          aria-describedby={items.length === 0 ? 'outline-keys outline-empty' : 'outline-keys'}
          onKeyDown={onKeyDown}
          tabIndex={items.length === 0 ? 0 : undefined}
          className={`relative rounded focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ${items.length === 0 ? 'min-h-6' : ''}`}
          style={windowed ? { height: virtualizer.getTotalSize() } : undefined}
        >
          {windowed
            ? virtualizer.getVirtualItems().map((row) => renderRow(items[row.index]!, row.index, { position: 'absolute', top: row.start, left: 0, width: '100%' }))
            : items.map((item, index) => renderRow(item, index))}
        </ul>
      </div>
    </section>
  );
}
