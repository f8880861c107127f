/** Layout and view: tidy up, fit the view, snap to grid, find. */
import { tidyLayout } from '../commands/tidyLayout';
import { selectDark, selectDesignEmpty } from '../store/selectors';
import type { Action } from './types';

export const tidyUpAction: Action = {
  id: 'layout.tidy',
  label: 'Tidy up',
  description: 'Arrange the whole design afresh: stages in run order, steps stacked by predecessor',
  group: 'layout',
  icon: 'tidy',
  when: 'edit',
  // nothing to arrange on an empty design: disabled, as tldraw and excalidraw grey out what has no target
  enabled: (s) => !selectDesignEmpty(s),
  focusAfter: 'unchanged',
  perform({ store }) {
    // The arrangement is the canvas's own (canvas/layout): forgetting the recorded positions is enough.
    store.getState().dispatch(tidyLayout, {});
    store.getState().requestFit();
  },
};

export const fitViewAction: Action = {
  id: 'view.fit',
  label: 'Fit view',
  description: 'Show the whole design',
  group: 'view',
  icon: 'fit',
  when: 'always',
  enabled: (s) => !selectDesignEmpty(s),
  focusAfter: 'unchanged',
  perform: ({ store }) => store.getState().requestFit('all', 200),
};

export const snapToGridAction: Action = {
  id: 'view.snapToGrid',
  label: 'Snap to grid',
  description: 'Snap moved nodes to the grid',
  group: 'view',
  icon: 'grid',
  when: 'edit',
  pressed: (s) => s.snapToGrid,
  focusAfter: 'unchanged',
  perform: ({ store }) => store.getState().setSnapToGrid(!store.getState().snapToGrid),
};

export const findAction: Action = {
  id: 'view.find',
  label: 'Find',
  description: 'Find an element by label or API name, then Enter',
  group: 'view',
  icon: 'find',
  shortcuts: [{ key: 'f', mod: true }],
  when: 'always',
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setSearchOpen(true),
};

export const themeAction: Action = {
  id: 'view.darkMode',
  label: 'Dark mode',
  description: 'Switch between the dark and the light theme (it follows the system until you choose)',
  group: 'view',
  icon: 'theme',
  when: 'always',
  pressed: selectDark,
  focusAfter: 'unchanged',
  perform: ({ store }) => store.getState().setTheme(selectDark(store.getState()) ? 'light' : 'dark'),
};
