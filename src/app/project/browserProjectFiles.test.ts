// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { autolaunchedXml, FLOWS, orchestrationXml } from '../../io/project/testing/projectFiles';
import { projectFromDrop, projectFromFileList } from './browserProjectFiles';
import { isProjectDrop } from './droppedItems';

/** A File as a `webkitdirectory` input gives it: its path under the chosen folder. */
function chosen(path: string, text: string): File {
  const file = new File([text], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('projects from what the browser hands over', () => {
  it('a chosen folder: paths are inside the project (without the folder\'s own name); hidden folders and node_modules are skipped', async () => {
    // given
    const files = [
      chosen(`my-project/${FLOWS}/Order.flow-meta.xml`, orchestrationXml('Order', 'Reserve')),
      chosen(`my-project/${FLOWS}/Reserve.flow-meta.xml`, autolaunchedXml('Reserve')),
      chosen(`my-project/.sfdx/${FLOWS}/Stale.flow-meta.xml`, orchestrationXml('Stale', 'Reserve')),
      chosen(`my-project/node_modules/x/${FLOWS}/Dep.flow-meta.xml`, orchestrationXml('Dep', 'Reserve')),
    ];
    // when
    const project = await projectFromFileList(files);
    // then
    expect(project.orchestrations.map((o) => o.path)).toEqual([`${FLOWS}/Order.flow-meta.xml`]);
    expect(project.flows.map((f) => f.apiName)).toEqual(['Reserve']);
  });

  it('dropped files without folders are read by their names', async () => {
    const files = [new File([orchestrationXml('Order', 'Reserve')], 'Order.flow-meta.xml'), new File([autolaunchedXml('Reserve')], 'Reserve.flow-meta.xml')];
    const project = await projectFromDrop({ files, entries: [] });
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Order']);
    expect(project.flows.map((f) => f.apiName)).toEqual(['Reserve']);
  });

  it('a drop is a project when it is a folder, several files or a .zip; one design file is imported as before', () => {
    const file = (name: string) => new File([''], name);
    const folder = { isDirectory: true, isFile: false, name: 'force-app' } as FileSystemEntry;
    expect(isProjectDrop({ files: [file('Order.flow-meta.xml')], entries: [] })).toBe(false);
    expect(isProjectDrop({ files: [file('order.json')], entries: [] })).toBe(false);
    expect(isProjectDrop({ files: [file('project.zip')], entries: [] })).toBe(true);
    expect(isProjectDrop({ files: [file('a.flow-meta.xml'), file('b.flow-meta.xml')], entries: [] })).toBe(true);
    expect(isProjectDrop({ files: [file('force-app')], entries: [folder] })).toBe(true);
  });
});
