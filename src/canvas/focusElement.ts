/**
 * Moves keyboard focus onto an element's canvas node once React Flow has drawn it (a new element
 * appears a frame or two after the edit). Gives up after a few frames: the element may be off
 * screen in a large, virtualised design, where focus stays where it was.
 */
const MAX_FRAMES = 10;

export function focusCanvasElement(name: string, frames = MAX_FRAMES): void {
  const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(name)}"]`);
  if (node) {
    node.focus({ preventScroll: true });
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusCanvasElement(name, frames - 1));
}
