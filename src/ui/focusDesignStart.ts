/**
 * After "New design" (File ▾, Designs…) or a project's "New orchestration": focus goes to the empty
 * canvas's **Create the first stage** button, the first useful control of an empty design
 * (docs/editor.md, "Focus after each action"). The design opens a moment later (the open one is
 * saved first), and the menu or dialog that asked gives focus back to its opener as it closes, so
 * this waits — a frame at a time — until the button is drawn and no menu or modal dialog is open.
 * The File menu closes after that (Radix gives focus back to its button then, ~150 ms after the
 * item was chosen): it asks `takeDesignStart()` and keeps focus where it is. A key or click of the
 * user's before then ends the wait: focus stays where they put it.
 */
import { inputMark, userActedSince } from './focusLater';

const MAX_FRAMES = 120;

/** The button (canvas/EmptyCanvasCall.tsx marks it). */
export const DESIGN_START_ATTRIBUTE = 'data-design-start';

const blocked = () => document.querySelector('[role="menu"], dialog[open]') !== null;

/** How long after the button took focus a closing menu may still try to take it back. */
const MENU_CLOSE_MS = 1000;

let pending = false;
let settle: ReturnType<typeof setTimeout> | undefined;

/** True (once) while focus is on its way to, or has just reached, Create the first stage. */
export function takeDesignStart(): boolean {
  const was = pending;
  pending = false;
  return was;
}

export function focusDesignStart(frames = MAX_FRAMES): void {
  pending = true;
  clearTimeout(settle);
  const mark = inputMark();
  const attempt = (left: number) => {
    // the user has clicked or typed meanwhile (into the new design's Description): focus is theirs.
    // Taken from there, the typing pressed the button (a space) and added a stage.
    if (userActedSince(mark)) {
      pending = false;
      return;
    }
    const target = document.querySelector<HTMLElement>(`[${DESIGN_START_ATTRIBUTE}]`);
    if (target && !blocked()) {
      target.focus();
      if (document.activeElement === target) { settle = setTimeout(() => { pending = false; }, MENU_CLOSE_MS); return; }
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
    else pending = false;
  };
  requestAnimationFrame(() => attempt(frames));
}
