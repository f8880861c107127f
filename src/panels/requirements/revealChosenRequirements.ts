/**
 * When the admin chooses "When the specified requirements are met", the requirement editor that
 * appears is scrolled into view a frame later, once React has drawn it (docs/editor.md, chosen). With
 * a step's flow editor open above it, at 1280×800 the editor and its "+ Add requirement" landed
 * below the fold, and choosing the option seemed to do nothing. Only the scroll: focus stays on the
 * select, so a keyboard admin's arrow keys still go through its options.
 */

/** A frame from now, scrolls the requirement editor (its section carries data-requirement-editor)
 * inside `within`, the form part that offers the mode, into view. */
export function revealChosenRequirements(within: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const editor = within?.querySelector('[data-requirement-editor]');
    // 'nearest': no scroll when it is already in view; otherwise just enough, so the select stays in sight
    editor?.scrollIntoView?.({ block: 'nearest' }); // absent in jsdom, where a test may end before this frame
  });
}
