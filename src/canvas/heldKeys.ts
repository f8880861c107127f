/**
 * Keys pressed while a menu opened from the keyboard is not ready yet, held for it. Shift+F10 opens
 * the canvas menu a little later: on its first opening it loads (with its library), and its first
 * item takes focus a frame after it is drawn. Arrows and Enter pressed meanwhile went to the node
 * behind the menu, or were undone when the first item took focus after them: Shift+F10, ↓ ↓ ↓,
 * Enter chose the first item or a second one (probe: 4 of 4 cold, 2 of 4 warm), not the fourth.
 * Held keys are sent, in order, to what has focus once the menu is ready.
 */
const HOLD_AT_MOST_MS = 3000;

export interface HeldKeys {
  /** Stops holding, and sends the keys held so far to the focused element. */
  release(): void;
  /** Stops holding and drops the keys held (the menu closed without being ready). */
  drop(): void;
}

type KeyInit = Pick<KeyboardEventInit, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat'>;

export function holdKeys(): HeldKeys {
  const held: KeyInit[] = [];
  let sending = false;
  const hold = (event: KeyboardEvent) => {
    if (sending) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const { key, code, shiftKey, ctrlKey, altKey, metaKey, repeat } = event;
    held.push({ key, code, shiftKey, ctrlKey, altKey, metaKey, repeat });
  };
  let holding = true;
  let released = false;
  const stop = () => {
    holding = false;
    clearTimeout(timer);
    window.removeEventListener('keydown', hold, true);
  };
  // One key a task, as they came: the menu moves focus in a task after each arrow (Radix), and a
  // second arrow sent before it had moved moved from the same item. Keys pressed meanwhile join the end.
  const sendNext = () => {
    if (!holding) return;
    const init = held.shift();
    if (!init) return stop();
    sending = true;
    try {
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
    } finally {
      sending = false;
    }
    setTimeout(sendNext, 0);
  };
  const release = () => {
    if (released || !holding) return;
    released = true;
    clearTimeout(timer);
    sendNext();
  };
  // a menu that never gets ready must not take the keyboard away
  const timer = setTimeout(release, HOLD_AT_MOST_MS);
  window.addEventListener('keydown', hold, true);
  return {
    release,
    drop: () => {
      stop();
      held.length = 0;
    },
  };
}
