// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { autolaunchedXml, orchestrationXml } from '../../io/project/testing/projectFiles';
import { projectFromDirectoryHandle, projectFromDrop } from './browserProjectFiles';

/** A folder tree: a name maps to a subtree (a folder) or to a file's text. */
interface Tree { [name: string]: Tree | string }

/** Counts the folder listings under way at once. */
function counter() {
  const seen = { running: 0, most: 0 };
  return {
    seen,
    async listing<T>(entries: T[]): Promise<T[]> {
      seen.running++;
      seen.most = Math.max(seen.most, seen.running);
      // the browser's file system answers on later turns
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      seen.running--;
      return entries;
    },
  };
}

/** `tree` as a directory handle (File System Access API) whose folders list their entries in reverse name order. */
function directoryHandle(name: string, tree: Tree, count: ReturnType<typeof counter>): FileSystemDirectoryHandle {
  const children = () => Object.entries(tree).reverse().map(([child, sub]) => (typeof sub === 'string'
    ? { kind: 'file', name: child, getFile: async () => new File([sub], child) }
    : directoryHandle(child, sub, count)));
  return {
    kind: 'directory',
    name,
    async *values() {
      yield* await count.listing(children());
    },
  } as unknown as FileSystemDirectoryHandle;
}

/** `tree` as a dropped folder's entry (`webkitGetAsEntry`), its entries in reverse name order, given in one batch. */
function droppedFolder(name: string, tree: Tree, count: ReturnType<typeof counter>): FileSystemEntry {
  const children = () => Object.entries(tree).reverse().map(([child, sub]): FileSystemEntry => (typeof sub === 'string'
    ? ({ isFile: true, isDirectory: false, name: child, file: (done: (file: File) => void) => done(new File([sub], child)) } as unknown as FileSystemEntry)
    : droppedFolder(child, sub, count)));
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let given = false;
      return { readEntries: (done: (batch: FileSystemEntry[]) => void) => void count.listing(given ? [] : children()).then((batch) => { given = true; done(batch); }) };
    },
  } as unknown as FileSystemEntry;
}

/** An org-like project: an orchestration and one flow in each of 30 flow folders (package directories), and a hidden folder. */
function orgTree(): Tree {
  const tree: Tree = { '.sfdx': { 'Stale.flow-meta.xml': orchestrationXml('Stale', 'Step_00') }, 'README.md': '' };
  for (let i = 0; i < 30; i++) tree[`pkg${String(i).padStart(2, '0')}`] = { flows: { [`Step_${String(i).padStart(2, '0')}.flow-meta.xml`]: autolaunchedXml(`Step ${i}`) } };
  tree.main = { flows: { 'Order.flow-meta.xml': orchestrationXml('Order', 'Step_00') } };
  return tree;
}

const expectedFlows = Array.from({ length: 30 }, (_, i) => `Step_${String(i).padStart(2, '0')}`);

describe('a project folder in the browser is listed several folders at once', () => {
  it('a folder the user gave access to: listings under way together, the files in name order whatever order the browser gives them', async () => {
    const count = counter();
    const project = await projectFromDirectoryHandle(directoryHandle('org', orgTree(), count));
    expect(count.seen.most).toBeGreaterThanOrEqual(8);
    expect(project.orchestrations.map((o) => o.path)).toEqual(['main/flows/Order.flow-meta.xml']);
    expect(project.flows.map((f) => f.apiName)).toEqual(expectedFlows);
  });

  it('a dropped folder: the same, its paths under the dropped folder\'s name', async () => {
    const count = counter();
    const project = await projectFromDrop({ files: [], entries: [droppedFolder('org', orgTree(), count)] });
    expect(count.seen.most).toBeGreaterThanOrEqual(8);
    expect(project.orchestrations.map((o) => o.path)).toEqual(['org/main/flows/Order.flow-meta.xml']);
    expect(project.flows.map((f) => f.apiName)).toEqual(expectedFlows);
  });
});
