// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { updateOrchestration } from '../../commands/updateOrchestration';
import { autolaunchedXml, flowFile, orchestrationXml } from '../../io/project/testing/projectFiles';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { openFromProject } from './projectSession';
import { useProjectSession } from './projectState';
import { saveToProject } from './saveToProject';

const ORDER = orchestrationXml('Order', 'Reserve');
const RESERVE = autolaunchedXml('Reserve');

/** A folder handle in memory: what is written, and whether writing is allowed. */
function folderHandle(files: Map<string, string>, permission: PermissionState = 'granted', prefix = ''): FileSystemDirectoryHandle {
  const handle = {
    kind: 'directory', name: prefix.split('/').filter(Boolean).pop() ?? 'my-project',
    getDirectoryHandle: async (name: string) => folderHandle(files, permission, `${prefix}${name}/`),
    getFileHandle: async (name: string) => {
      const path = `${prefix}${name}`;
      if (!files.has(path)) throw new DOMException(`${path} not found`, 'NotFoundError');
      return { createWritable: async () => ({ write: async (text: string) => { files.set(path, text); }, close: async () => undefined }) };
    },
    queryPermission: async () => permission,
    requestPermission: async () => permission,
  };
  return handle as unknown as FileSystemDirectoryHandle;
}

function openOrder(handle: FileSystemDirectoryHandle | null): void {
  const project = projectFromFiles([flowFile('Order', ORDER), flowFile('Reserve', RESERVE)]);
  useProjectSession.setState({ picking: { project, name: 'my-project', handle }, current: null });
  openFromProject(useAppStore, 'Order');
}

const notices = () => useAppStore.getState().notices.map((n) => n.text);

describe('Save to project', () => {
  beforeEach(() => {
    resetStores();
    useAppStore.setState({ notices: [], projectFile: null, importReport: null });
  });

  it('opens the orchestration linked to its file, then writes only its file, with only the edited line changed', async () => {
    // given the project's files on "disk"
    const disk = new Map([[`force-app/main/default/flows/Order.flow-meta.xml`, ORDER], [`force-app/main/default/flows/Reserve.flow-meta.xml`, RESERVE]]);
    openOrder(folderHandle(disk));
    expect(useAppStore.getState().doc.name).toBe('Order');
    expect(useAppStore.getState().projectFile).toEqual({ project: 'my-project', apiName: 'Order', path: 'force-app/main/default/flows/Order.flow-meta.xml', writable: true });
    // when the description is edited and saved
    useAppStore.getState().dispatch(updateOrchestration, { description: 'Reserves stock' });
    await saveToProject(useAppStore);
    // then
    const saved = disk.get('force-app/main/default/flows/Order.flow-meta.xml')!;
    expect(saved).toContain('<description>Reserves stock</description>');
    expect(saved.replace(/\n\s*<description>Reserves stock<\/description>/, '')).toBe(ORDER);
    expect(disk.get('force-app/main/default/flows/Reserve.flow-meta.xml')).toBe(RESERVE);
    expect(notices().at(-1)).toMatch(/^Saved my-project\/force-app\/main\/default\/flows\/Order\.flow-meta\.xml/);
    // and saving again without a change writes nothing
    await saveToProject(useAppStore);
    expect(notices().at(-1)).toBe('force-app/main/default/flows/Order.flow-meta.xml is already up to date: nothing to save.');
  });

  it('says so and writes nothing when the browser is not allowed to write to the folder', async () => {
    const disk = new Map([[`force-app/main/default/flows/Order.flow-meta.xml`, ORDER]]);
    openOrder(folderHandle(disk, 'denied'));
    useAppStore.getState().dispatch(updateOrchestration, { description: 'x' });
    await saveToProject(useAppStore);
    expect(disk.get('force-app/main/default/flows/Order.flow-meta.xml')).toBe(ORDER);
    expect(notices().at(-1)).toBe('force-app/main/default/flows/Order.flow-meta.xml was not saved: the browser was not allowed to write to my-project.');
  });

  it('is refused for a design that was not opened from a project', async () => {
    await saveToProject(useAppStore);
    expect(notices().at(-1)).toMatch(/was not opened from a project folder/);
  });
});
