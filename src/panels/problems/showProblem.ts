/**
 * The Problems list's "Show it" (docs/editor.md, "The Problems list", *chosen*): selects the element
 * and focuses its canvas node as before (React Flow pans to it), then, once the Properties panel has
 * drawn the element's form, puts focus in the very field the problem is about — "Requirement 2,
 * Resource" lands in that row's Resource picker, not at the top of the form for the admin to look
 * for it. The form is lazy and some of its fields wait for the org's flow list, so it looks for a
 * while; a field of an enclosing path (the requirement row, the When to start picker) is
 * settled for only when the exact one has not appeared by then. When no field of the problem is
 * drawn, focus stays on the node, or goes to the canvas when the node is not drawn either: it is
 * never lost. A key or click of the user's since "Show it" ends the wait (focus is theirs again).
 * The orchestration's own problems (its label, API name, trigger object: no node) clear the
 * selection so the panel shows the orchestration's form and land in that field the same way; one
 * no field shows (no stage at all) lands on the Problems list's heading, which names it (*chosen*,
 * docs/editor.md).
 */
import { findProblemControl, revealControl, type ProblemControl } from '../../ui/problemField';
import { inputMark, userActedSince } from '../../ui/focusLater';
import { refocusIfLost } from '../../ui/focusFallback';
import { showElement } from '../../ui/showElement';
import { useAppStore } from '../../store/appStore';
import { PROBLEM_LIST_TITLE_ID } from './problemListTitle';

/**
 * Frames to wait for the element's form (lazy, then the flow list: the simulated org answers after
 * 300 ms) before leaving focus on the node: about 1.5 s. A longer wait costs nothing the user feels,
 * as their first key or click ends it.
 */
const MAX_FRAMES = 90;
/** Frames an enclosing field waits for the exact one once the form is there. */
const SETTLE_FRAMES = 6;

function focusControl({ control }: ProblemControl): void {
  revealControl(control);
  control.focus();
}

/** The properties panel (UI contract: the `complementary` landmark named "Properties"). */
function panel(): ParentNode {
  return document.querySelector('aside[aria-label="Properties"]') ?? document;
}

/** Where focus goes when no field of the problem is drawn: the node took it already, or the canvas; for the orchestration's own, the list. */
type Fallback = () => void;

/** The Problems list's heading, when the orchestration's form shows it; else the canvas. */
function focusProblemList(): void {
  const title = document.getElementById(PROBLEM_LIST_TITLE_ID);
  if (title) title.focus();
  else refocusIfLost();
}

function focusWhenDrawn(path: string, mark: number, frames: number, settle: number, nearest: ProblemControl | null, fallback: Fallback): void {
  if (userActedSince(mark)) return;
  const found = findProblemControl(panel(), path);
  if (found?.exact) {
    focusControl(found);
    return;
  }
  const best = found ?? nearest;
  if (best && (settle <= 0 || frames <= 0)) {
    if (best.control.isConnected) focusControl(best);
    return;
  }
  if (frames <= 0) {
    // no field of the problem drawn, and no node took focus (a step off screen in a large design is not
    // drawn): the pressed button went with the list, so focus is on the page; the canvas takes it
    fallback();
    return;
  }
  requestAnimationFrame(() => focusWhenDrawn(path, mark, frames - 1, best ? settle - 1 : settle, best, fallback));
}

/** Selects `element` (null: the orchestration, by selecting nothing) and moves focus to the field of the problem at `path`. */
export function showProblem(element: string | null, path: string): void {
  if (element === null) useAppStore.getState().select([]);
  else showElement(element);
  const mark = inputMark();
  const fallback = element === null ? focusProblemList : refocusIfLost;
  requestAnimationFrame(() => focusWhenDrawn(path, mark, MAX_FRAMES, SETTLE_FRAMES, null, fallback));
}
