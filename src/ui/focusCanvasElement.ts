/**
 * Moves keyboard focus onto an element's canvas node once React Flow has drawn it (a new element
 * appears a frame or two after the edit). Gives up after a few frames: the element may be off
 * screen in a large, virtualised design, where focus stays where it was.
 *
 * A later frame never takes focus from where the user has since put it. Between the edit and the
 * node's first drawn frame the user may already act: F2 pressed on a pasted copy opens its rename
 * field, and focus taken from that field a frame later committed and closed it unseen (CI failed on
 * this, edit.spec's "F2 act on the copy"). Focus still where it was asked from, or lost to the page
 * (the button that asked was removed), is moved.
 */
const MAX_FRAMES = 10;

export function focusCanvasElement(name: string, frames = MAX_FRAMES, from: Element | null = document.activeElement): void {
  const active = document.activeElement;
  if (active !== from && active !== null && active !== document.body) return;
  const node = document.querySelector<HTMLElement>(`.react-flow__nodes > .react-flow__node[data-id="${CSS.escape(name)}"]`);
  if (node) {
    node.focus({ preventScroll: true });
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusCanvasElement(name, frames - 1, from));
}
