/** Layout and view: tidy up, fit the view, snap to grid, find. */
import { tidyLayout } from '../commands/tidyLayout';
import { selectDark } from '../store/selectors';
import type { Action } from './types';

export const tidyUpAction: Action = {
  id: 'layout.tidy',
  label: 'Tidy up',
  description: 'Lay out stages in run order and steps by predecessor',
  group: 'layout',
  icon: 'tidy',
  when: 'edit',
  focusAfter: 'unchanged',
  async perform({ store, computeLayout }) {
    if (!computeLayout) return;
    const doc = store.getState().doc;
    try {
      const layout = await computeLayout(doc);
      if (store.getState().doc !== doc) return; // edited meanwhile: do not overwrite
      if (store.getState().dispatch(tidyLayout, { layout })) store.getState().requestFit();
    } catch (error) {
      store.getState().notify('error', `Tidy up failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};

export const fitViewAction: Action = {
  id: 'view.fit',
  label: 'Fit view',
  description: 'Fit the design in view',
  group: 'view',
  icon: 'fit',
  when: 'always',
  focusAfter: 'unchanged',
  perform: ({ store }) => store.getState().requestFit(200),
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
  when: 'edit',
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
