import { describe, expect, it } from 'vitest';
import { exportMenuActions, fileMenuActions } from './menus';
import type { AnyAction } from './types';

const action = (id: string, group: AnyAction['group']): AnyAction => ({ id, label: id, description: id, group, when: 'edit', focusAfter: 'unchanged', perform: () => undefined });

describe('toolbar menus from the registry', () => {
  it('the Export menu lists JSON, Flow XML, PNG, SVG and the share link in that order', () => {
    // given the app's registry
    // when the Export menu is built
    const ids = exportMenuActions().map((a) => a.id);
    // then
    expect(ids).toEqual(['file.exportJson', 'file.exportFlowXml', 'file.exportPng', 'file.exportSvg', 'file.shareLink']);
  });

  it('the File menu has new, import, designs and versions but no export', () => {
    // given the app's registry
    // when the File menu is built
    const ids = fileMenuActions().map((a) => a.id);
    // then
    expect(ids).toEqual(expect.arrayContaining(['file.new', 'file.import', 'library.open', 'library.versions']));
    expect(ids.some((id) => id.startsWith('file.export') || id === 'file.shareLink')).toBe(false);
  });

  it('every item of the File and Export menus has an icon, as the rest of the menu shows one beside each label', () => {
    // given the app's registry
    // when the menus are built
    const missing = [...fileMenuActions(), ...exportMenuActions()].filter((a) => a.icon === undefined).map((a) => a.id);
    // then none is without one ("Compare with…" was)
    expect(missing).toEqual([]);
  });

  it('a file action added to the registry later (open folder) appears in the File menu', () => {
    // given a registry with an action another part of the app added
    const registry = [action('file.new', 'file'), action('project.openFolder', 'file'), action('file.exportJson', 'file'), action('view.fit', 'view')];
    // when the menus are built
    // then the new action is in File, not in Export, and view actions are in neither
    expect(fileMenuActions(registry).map((a) => a.id)).toEqual(['file.new', 'project.openFolder']);
    expect(exportMenuActions(registry).map((a) => a.id)).toEqual(['file.exportJson']);
  });
});
