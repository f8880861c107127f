/**
 * Where focus goes when the button that has it is disabled under it (docs/editor.md, "Focus after
 * each action": never <body>): the enabled button of the same toolbar nearest to it, counted in
 * buttons, a separator (`data-separator`) between them counting half a button more, and the next
 * one first when two are as near. Step forward pressed to the run's end gives focus to Step back,
 * Step back pressed to its start to Step forward; Undo pressed until nothing is left to undo, to
 * Redo, and Redo to Undo.
 */
export function nearestEnabledButton(el: HTMLButtonElement): HTMLButtonElement | null {
  const root = el.closest('[role="toolbar"]') ?? el.parentElement ?? el;
  const items = [...root.querySelectorAll<HTMLElement>('button, [data-separator]')];
  const at = items.indexOf(el);
  let best: HTMLButtonElement | null = null;
  let bestCost = Infinity;
  items.forEach((item, i) => {
    if (!(item instanceof HTMLButtonElement) || item === el || item.disabled || item.getClientRects().length === 0) return;
    const between = items.slice(Math.min(i, at) + 1, Math.max(i, at));
    const separators = between.filter((b) => b.hasAttribute('data-separator')).length;
    // one before it costs a little more, so that of two as near the next one wins
    const cost = between.length - separators + 1 + separators / 2 + (i < at ? 0.1 : 0);
    if (cost < bestCost) {
      best = item;
      bestCost = cost;
    }
  });
  return best;
}
