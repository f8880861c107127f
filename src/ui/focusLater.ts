/**
 * Focus that an action moves a frame later, once React has drawn what it changed (a list's new row,
 * a button back in place of a closed question), without taking focus the user has put elsewhere
 * since (docs/editor.md, "Focus after each action"). A quick hand clicks or types between the action
 * and that frame, and on a busy machine the frame comes late: "+ Add variable" then a click into
 * Description and typing sent the rest of the typing into the new variable's name, its made-up
 * name selected and replaced. As `focusCanvasElement` does for canvas nodes, focus still on what
 * had it when the action asked, or lost to the page (the control that had it went), is moved.
 */
import { focusIsLost } from './focusFallback';

/** True when focus is still on `from`, or lost (on <body>, on a removed or disabled element). */
export function focusStayedOn(from: Element | null): boolean {
  const active = document.activeElement;
  return active === from || focusIsLost() || (active as HTMLButtonElement | null)?.disabled === true;
}

/** What the user last pressed a key or the pointer on (trusted input only, not the app's own events). */
let lastInput: Node | null = null;
/** How many keys and pointer presses the user has made. */
let inputCount = 0;
if (typeof document !== 'undefined') {
  const note = (event: Event) => {
    if (!event.isTrusted) return;
    inputCount++;
    if (event.target instanceof Node) lastInput = event.target;
  };
  document.addEventListener('pointerdown', note, true);
  document.addEventListener('keydown', note, true);
}

/**
 * True unless the user's last key or click was outside `root` (on a control still on the page). An
 * action that ends after a wait (Save flow answers after the org's latency) asks this as it ends:
 * where focus is says too little then, as the focus rescue may have moved it from the editor that
 * went, so what the user did is asked instead. The control pressed may be gone with what it ended.
 */
export function lastInputWithin(root: Element | null | undefined): boolean {
  return lastInput === null || !lastInput.isConnected || (!!root && root.contains(lastInput));
}

/**
 * A mark of the user's input so far, for `userActedSince`: focus a wait moves many frames later (a
 * new design opening) is not the user's to take once they have clicked or typed since the mark.
 */
export const inputMark = (): number => inputCount;

/** True when the user has pressed a key or the pointer since `mark` was taken. */
export const userActedSince = (mark: number): boolean => inputCount !== mark;

/** The last call's number: an action a second time before the frame (+ Add pressed twice) decides alone. */
let latest = 0;

/**
 * A frame from now, focuses what `find` returns then, unless focus has moved since this call or a
 * later call has asked for another target (the first would move focus, and the second then find it
 * moved); `then` runs on the element focused (to select a field's text).
 */
export function focusNextFrame(find: () => HTMLElement | null | undefined, then?: (el: HTMLElement) => void): void {
  const from = document.activeElement;
  const mine = ++latest;
  requestAnimationFrame(() => {
    if (mine !== latest || !focusStayedOn(from)) return;
    const target = find();
    if (!target) return;
    target.focus();
    then?.(target);
  });
}
