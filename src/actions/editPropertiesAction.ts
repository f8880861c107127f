/**
 * "Edit properties" (P with the canvas or the Outline focused, or the element's context menu): moves
 * keyboard focus from the selected element to its first field in the Properties panel. A keyboard
 * admin who had just added and renamed a step from the Outline found no key that led to its Flow,
 * Assignee or When to start: Tab went through every node of the canvas first, and the skip link was
 * back at the top of the page. Flow Builder opens an element's properties from the element; P is
 * the canvas's one-letter way, as S/B/I/D add (docs/editor.md, *chosen*).
 */
import { kindOf } from '../commands/queries';
import { selectSingleSelected } from '../store/selectors';
import type { Action } from './types';

/** The Properties panel's first field that takes input (its Label for an element). */
const FIRST_FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

export const editPropertiesAction: Action = {
  id: 'element.editProperties',
  label: 'Edit properties',
  description: 'Move focus to the selected element’s Label in the Properties panel',
  group: 'edit',
  shortcuts: [{ key: 'p', on: 'design' }],
  when: 'edit',
  enabled: (s) => {
    const one = selectSingleSelected(s);
    return one !== null && kindOf(s.doc, one) !== null;
  },
  focusAfter: 'properties',
  actsOnSelection: true,
  perform() {
    // the panel shows the selection a render later when the key also selected the focused node
    requestAnimationFrame(() => {
      const field = document.querySelector('#side-panel')?.querySelector<HTMLElement>(FIRST_FIELD);
      field?.focus();
      if (field instanceof HTMLInputElement) field.select();
    });
  },
};
