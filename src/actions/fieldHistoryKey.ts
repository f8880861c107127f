/**
 * Whose Undo a Ctrl/Cmd+Z in a Properties text field is. The browser's own Undo is the page's, not
 * the field's: in the API Name field just reached with Tab it undid the Label typed a moment before,
 * one character a press, and each character reached the design as a new edit — the admin who typed
 * "Find a buddy" and pressed Undo got "Find a budd", then "Find a bud"… The field's own Undo is
 * left to the browser only while the field has been typed into since it got focus (its text is
 * what it undoes); otherwise Undo and Redo are the app's, which takes the whole label back in one
 * step, as on a button or the canvas (*chosen*, docs/editor.md).
 */

/**
 * The panel whose text fields edit the design (`PropertiesPanel.tsx`). Other fields keep the
 * browser's keys: Find, rename in place, dialogs, the run view's, a search box, and a `<form>`
 * inside the panel (a new flow's draft, which its own Save commits: the app's Undo there took the
 * flow away with what was being typed into it).
 */
const DESIGN_FIELDS_ATTRIBUTE = 'data-design-fields';

const isTextField = (el: Element): boolean =>
  el.tagName === 'TEXTAREA' || (el instanceof HTMLElement && el.isContentEditable) || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file', 'search'].includes(el.type));

const editsTheDesign = (el: Element): boolean => !!el.closest(`[${DESIGN_FIELDS_ATTRIBUTE}]`) && !el.closest('form');

export interface FieldHistoryKeys {
  /** `target` got focus: nothing has been typed into it yet. */
  focused(target: EventTarget | null): void;
  /** Text was typed (or pasted, or undone by the browser) into `target`. */
  typed(target: EventTarget | null): void;
  /** Whether Undo (`undo`) or Redo pressed on `target` is the app's although `target` takes text. */
  appOwnsHistoryKey(target: EventTarget | null, undo: boolean): boolean;
}

const textOf = (el: Element): string => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''));

export function createFieldHistoryKeys(): FieldHistoryKeys {
  let typedInto: EventTarget | null = null;
  let textAtFocus: string | null = null;
  return {
    focused(target) {
      // also the same field again: its typing was committed as one edit when it lost focus
      typedInto = null;
      textAtFocus = target instanceof Element && isTextField(target) ? textOf(target) : null;
    },
    typed(target) {
      typedInto = target;
    },
    appOwnsHistoryKey(target, undo) {
      if (!(target instanceof Element) || !isTextField(target) || !editsTheDesign(target)) return false;
      if (target !== typedInto) return true;
      // its own typing all undone: the browser's next Undo would go on into the field typed before
      // (the page's Undo), editing it a character at a time; the app's takes that field back whole
      return undo && textOf(target) === textAtFocus;
    },
  };
}
