/**
 * Keeps keyboard focus off <body> after actions that remove, disable or replace the focused control
 * (docs/editor.md, "Focus after each action"):
 * - Run → the first enabled run control (Play/Pause), once the run is computed and they are enabled;
 * - Exit run → Run;
 * - a run recomputed after an intervention (Suspend, Resume, Cancel, Complete work item…) → the
 *   same control if it is still enabled, else the first enabled control beside it (Suspend →
 *   Resume), else the node it was on (a step card's Complete work item), else the node of the step
 *   it acted on (the run panel's Complete work item, `data-step`), else the run controls;
 * - a delete → the neighbour it selected, also when the canvas region itself had focus (a
 *   selection made by a click then Tab, or a rubber band: focus stayed on the pane, away from
 *   the selection the next key acts on); a deleted connector → its source node;
 * - an edit that disabled the button pressed (Undo, Redo at the end of the history) → the nearest
 *   enabled button of its toolbar (Redo, Undo);
 * - any other edit that leaves focus nowhere (the focused node was renamed or removed — also by
 *   an undo; a version restored, or undone from its notice, whose button went with it) → the
 *   selected element's node while it exists, else the canvas;
 * - the import report closed (its opener, a project's picker, is gone) → the selected element's
 *   node, else the canvas.
 * It acts only when focus was lost (or, for Run, is still on the Run button), so it never pulls
 * focus away from where the user put it.
 */
import { useEffect } from 'react';
import { linkOfEdgeId } from '../actions/edgeIds';
import { locateElement } from '../commands/elementLocator';
import { findStep } from '../commands/queries';
import type { Orchestration } from '../model/types';
import { focusCanvasElement } from '../canvas/focusElement';
import { useAppStore } from '../store/appStore';
import { canvasRegion } from '../ui/focusFallback';
import { nearestEnabledButton } from '../ui/nearestEnabledButton';

/** How long a rescue waits for its target to be drawn and enabled (a big design computes a while). */
const WAIT_MS = 30_000;

type Focusable = HTMLElement | SVGElement;

/** Where focus was last put, with what it was on: kept because a removed element forgets its place. */
interface LastFocus {
  el: Focusable;
  /** The canvas node it is (or is inside). */
  node: HTMLElement | null;
  /** The canvas connector it is. */
  edge: string | null;
  inCanvas: boolean;
  /** The step a run panel control acts on (`data-step`), read as focus came: the control drops it once disabled. */
  step: string | null;
}

const isDisabled = (el: Element) => (el as HTMLButtonElement).disabled === true || el.closest('[inert], fieldset[disabled]') !== null;

/** True when `el` can take focus now: on the page, enabled, not hidden. */
function canFocus(el: Element | null | undefined): boolean {
  return !!el && el.isConnected && !isDisabled(el) && (el as HTMLElement).getClientRects().length > 0;
}

function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || isDisabled(active);
}

/**
 * Focuses what `find` returns as soon as it returns something (asked each frame: a lazy panel is
 * drawn, a disabled control is enabled), while `mayMove()` still holds (by default: focus is lost).
 * Gives up after `WAIT_MS`; calls `done` when it stops. Returns a function that cancels the wait.
 */
function focusWhenReady(find: () => Focusable | null | undefined, mayMove: () => boolean, done: () => void): () => void {
  const until = performance.now() + WAIT_MS;
  let frame = 0;
  const attempt = () => {
    if (!mayMove()) return done();
    const target = find();
    if (target) {
      // The canvas (and its nodes) is not scrolled into view: React Flow pans, a scroll would shift the page.
      target.focus({ preventScroll: target.closest('[data-canvas-host]') !== null });
      done();
    } else if (performance.now() < until) frame = requestAnimationFrame(attempt);
    else done();
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}

const RUN_CONTROLS = '[role="toolbar"][aria-label="Run controls"]';
const runButton = () => document.querySelector<HTMLElement>('button[data-action="run.start"]');
const nodeOf = (name: string) => document.querySelector<HTMLElement>(`.react-flow__nodes > .react-flow__node[data-id="${CSS.escape(name)}"]`);

/** The first enabled button of the run controls, Play or Pause first. */
function runControl(): HTMLElement | null {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>(`${RUN_CONTROLS} button`)].filter((b) => canFocus(b));
  return buttons.find((b) => /^(Play|Pause)$/.test(b.textContent?.trim() ?? '')) ?? buttons[0] ?? null;
}

/** The run is shown and its controls can be used (not while it is being computed). */
const runReady = () => useAppStore.getState().runPhase !== 'computing';

/** Where focus goes after a recomputed run took it from `last` (see the header). */
function afterRecompute(last: LastFocus | null): Focusable | null {
  if (!last) return runControl();
  if (canFocus(last.el)) return last.el;
  if (last.el.isConnected) {
    const beside = [...(last.el.parentElement?.children ?? [])].find((c) => c !== last.el && c.tagName === 'BUTTON' && canFocus(c));
    if (beside) return beside as HTMLElement;
  }
  if (last.node?.isConnected) return last.node;
  // a run panel control that acted on one step (Complete work item, disabled once the last open
  // item is completed) names it: that step's node shows what changed; Play would start the run unasked
  const stepNode = last.step ? nodeOf(last.step) : null;
  if (stepNode && canFocus(stepNode)) return stepNode;
  return runControl();
}

/** The element a connector starts from, in the document it was drawn from. */
function edgeSource(doc: Orchestration, id: string): string | null {
  const link = linkOfEdgeId(id);
  if (!link) return null;
  switch (link.kind) {
    case 'predecessor': {
      const start = findStep(doc, link.step)?.step.start;
      return start?.mode === 'stepCompleted' ? start.step : null;
    }
    case 'next':
    case 'fault':
      return link.from;
    case 'default':
    case 'outcome':
      return link.decision;
    default:
      return null;
  }
}

export function useFocusRescue(): void {
  useEffect(() => {
    let last: LastFocus | null = null;
    /** The rescue waiting for its target, if any ('start': Run's, which a recomputed run leaves alone). */
    let pending: { start: boolean; cancel: () => void } | null = null;
    const rescue = (find: () => Focusable | null | undefined, mayMove: () => boolean = focusLost, start = false) => {
      pending?.cancel();
      const mine: { start: boolean; cancel: () => void } = { start, cancel: () => {} };
      pending = mine;
      mine.cancel = focusWhenReady(find, mayMove, () => {
        if (pending === mine) pending = null;
      });
    };

    const onFocusIn = (event: FocusEvent) => {
      const el = event.target;
      if (!(el instanceof HTMLElement || el instanceof SVGElement)) return;
      const edge = el.matches('.react-flow__edge[data-id]') ? el.getAttribute('data-id') : null;
      last = { el, node: el.closest<HTMLElement>('.react-flow__node[data-id]'), edge, inCanvas: el.closest('[data-canvas-host]') !== null, step: el.getAttribute('data-step') };
    };
    document.addEventListener('focusin', onFocusIn);

    // Escape on a selected canvas node: React Flow unselects it and blurs it a frame later (after the
    // rescue below has looked), which left focus on <body>: the canvas takes it then.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Element) || !event.target.matches('.react-flow__node')) return;
      requestAnimationFrame(() => requestAnimationFrame(() => { if (focusLost()) canvasRegion()?.focus({ preventScroll: true }); }));
    };
    document.addEventListener('keydown', onKeyDown);

    const unsubscribe = useAppStore.subscribe((s, prev) => {
      const started = prev.runPhase === 'idle' && s.runPhase !== 'idle';
      const ended = prev.runPhase !== 'idle' && s.runPhase === 'idle';
      // a new trace: from the worker (after 'computing'), or at once for a small run (player/computeTrace.ts)
      const recomputed = !started && (prev.runPhase === 'computing' || (prev.runPhase !== 'idle' && prev.trace !== s.trace)) && (s.runPhase === 'ready' || s.runPhase === 'failed');
      const reportClosed = prev.importReport !== null && s.importReport === null;
      if (started) {
        // Run: focus waits on the Run button (or nowhere) until the run controls are enabled.
        const onRun = runButton();
        rescue(() => (runReady() ? runControl() : null), () => focusLost() || (onRun !== null && document.activeElement === onRun), true);
        return;
      }
      if (ended) {
        rescue(runButton);
        return;
      }
      if (recomputed) {
        if (pending?.start) return;
        const from = last;
        rescue(() => afterRecompute(from));
        return;
      }
      if (reportClosed) {
        rescue(() => {
          const { selected } = useAppStore.getState();
          return (selected.length === 1 ? nodeOf(selected[0]!) : null) ?? canvasRegion();
        });
        return;
      }
      if (s.doc === prev.doc && s.selected === prev.selected) return;
      // Taken here: the connector a key or menu deleted is gone from the new document.
      const lost = last;
      const source = lost?.edge ? edgeSource(prev.doc, lost.edge) : null;
      // the canvas pane had focus and the selection's elements were deleted: the neighbour selected
      const fromPane = lost?.el === canvasRegion() && prev.selected.some((name) => !locateElement(s.doc, name));
      requestAnimationFrame(() => {
        if (fromPane && document.activeElement === canvasRegion()) {
          const { selected, doc } = useAppStore.getState();
          if (selected.length === 1 && locateElement(doc, selected[0]!)) focusCanvasElement(selected[0]!);
          return;
        }
        if (!focusLost()) return;
        // the button pressed was disabled by the change (Undo with nothing left to undo): its neighbour
        const neighbour = lost?.el instanceof HTMLButtonElement && lost.el.isConnected && lost.el.disabled ? nearestEnabledButton(lost.el) : null;
        if (neighbour) {
          neighbour.focus();
          return;
        }
        const { selected, runPhase, doc } = useAppStore.getState();
        // an undo keeps the selection of an element it took away (a paste undone): that one has no node to focus
        if (selected.length === 1 && locateElement(doc, selected[0]!)) {
          focusCanvasElement(selected[0]!);
          return;
        }
        // focus was in the canvas, or on a control the change took away (Restore's confirmation,
        // a notice's Undo): the canvas, which shows what changed, takes it
        if (runPhase !== 'idle' || !lost || (!lost.inCanvas && lost.el.isConnected)) return;
        const target = (source ? nodeOf(source) : null) ?? canvasRegion();
        target?.focus({ preventScroll: true });
      });
    });
    return () => {
      pending?.cancel();
      unsubscribe();
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
