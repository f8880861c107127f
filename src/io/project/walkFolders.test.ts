import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from './limits';
import { newListing } from './listing';
import { mayBeRead } from './mayBeRead';
import { walkFolders, type WalkEntry } from './walkFolders';

/** A folder tree: a name maps to a subtree (a folder) or to null (a file). */
interface Tree { [name: string]: Tree | null }

/**
 * A lister of Tree folders whose listings come back after `delayOf(prefix)` turns (so out of the walk's
 * order), counting how many are under way at once and which folders were listed.
 */
function treeLister(delayOf: (prefix: string) => number = () => 0) {
  const seen = { running: 0, most: 0, listed: [] as string[] };
  const list = async (folder: Tree, prefix: string): Promise<WalkEntry<Tree>[]> => {
    seen.running++;
    seen.most = Math.max(seen.most, seen.running);
    seen.listed.push(prefix);
    for (let i = delayOf(prefix); i > 0; i--) await new Promise((resolve) => setImmediate(resolve));
    seen.running--;
    // in no particular order, as a browser's directory handle gives them
    return Object.entries(folder).reverse().map(([name, sub]): WalkEntry<Tree> => (sub ? { name, folder: sub } : { name, file: mayBeRead(`${prefix}${name}`) ? { path: `${prefix}${name}`, read: async () => '' } : null }));
  };
  return { list, seen };
}

/** `folders` folders of `files` flow files each, under force-app/…/flows-like names, with skipped folders besides. */
function orgTree(folders: number, files: number): Tree {
  const tree: Tree = { '.git': { 'X.flow-meta.xml': null }, node_modules: { dep: { 'Y.flow-meta.xml': null } }, 'README.md': null };
  for (let f = 0; f < folders; f++) {
    const folder: Tree = { nested: { 'Deep.flow-meta.xml': null } };
    for (let k = 0; k < files; k++) folder[`F${String(k).padStart(2, '0')}.flow-meta.xml`] = null;
    tree[`d${String(f).padStart(2, '0')}`] = folder;
  }
  return tree;
}

/** What a walk one folder at a time, entries sorted by name, keeps: the reference order. */
function sequentialPaths(tree: Tree, prefix = ''): string[] {
  return Object.keys(tree).sort().flatMap((name) => {
    const sub = tree[name];
    if (sub) return name.startsWith('.') || name === 'node_modules' ? [] : sequentialPaths(sub, `${prefix}${name}/`);
    return mayBeRead(`${prefix}${name}`) ? [`${prefix}${name}`] : [];
  });
}

describe('walking a project\'s folders (walkFolders)', () => {
  it('lists several folders at once, at most 16 ahead of the walk (17 with the one it waits on), and keeps the files in the order of a walk one folder at a time, sorted by name', async () => {
    // given 40 folders whose listings come back in reverse order (the later the folder, the sooner)
    const tree = orgTree(40, 3);
    const { list, seen } = treeLister((prefix) => (prefix === '' ? 0 : 50 - Number(prefix.slice(1, 3)) || 1));
    const listing = newListing();
    // when
    await walkFolders(tree, list, listing, DEFAULT_PROJECT_LIMITS);
    // then
    expect(seen.most).toBeGreaterThanOrEqual(8);
    expect(seen.most).toBeLessThanOrEqual(17);
    expect(listing.files.map((f) => f.path)).toEqual(sequentialPaths(tree));
    expect(listing.files[0]!.path).toBe('d00/F00.flow-meta.xml');
    expect(listing.files).toHaveLength(40 * 4);
  });

  it('never lists .git, .sfdx or node_modules, nor counts them', async () => {
    const tree: Tree = { '.git': { 'A.flow-meta.xml': null }, '.sfdx': { 'B.flow-meta.xml': null }, node_modules: { 'C.flow-meta.xml': null }, flows: { 'D.flow-meta.xml': null } };
    const { list, seen } = treeLister();
    const listing = newListing();
    await walkFolders(tree, list, listing, DEFAULT_PROJECT_LIMITS);
    expect(seen.listed.sort()).toEqual(['', 'flows/']);
    expect(listing.files.map((f) => f.path)).toEqual(['flows/D.flow-meta.xml']);
    // the folder flows/ and its file
    expect(listing.listed).toBe(2);
  });

  it('stops at the listing cap where a walk one folder at a time stops, whichever listing came back first', async () => {
    const tree = orgTree(40, 3);
    for (const delays of [() => 0, (prefix: string) => (prefix.length * 7) % 5, (prefix: string) => (prefix === '' ? 0 : 50 - Number(prefix.slice(1, 3)) || 1)]) {
      const { list } = treeLister(delays);
      const listing = newListing();
      await walkFolders(tree, list, listing, { ...DEFAULT_PROJECT_LIMITS, maxListed: 23 });
      expect(listing.stopped).toBe(true);
      // README.md (1), then d00/ to d02/ with their 3 files, nested/ and its file (6 each: 19), d03/ and
      // its 3 files (23); its nested/ is the 24th: 4 + 4 + 4 + 3 flow files kept
      expect(listing.files.map((f) => f.path)).toEqual(sequentialPaths(tree).slice(0, 15));
    }
  });

  it('keeps the cap on files a reader may read: one over it is kept so the reader can say so', async () => {
    const tree = orgTree(10, 3);
    const { list } = treeLister((prefix) => prefix.length % 3);
    const listing = newListing();
    await walkFolders(tree, list, listing, { ...DEFAULT_PROJECT_LIMITS, maxEntries: 5 });
    expect(listing.files.map((f) => f.path)).toEqual(sequentialPaths(tree).slice(0, 6));
    expect(listing.stopped).toBe(false);
  });

  it('a folder that cannot be listed fails the walk when the walk reaches it; one listed ahead past the cap fails nothing', async () => {
    const tree = orgTree(20, 2);
    const failing = (bad: string) => {
      const { list } = treeLister((prefix) => (prefix === bad ? 0 : 3));
      return (folder: Tree, prefix: string) => (prefix === bad ? Promise.reject(new Error(`cannot list ${prefix}`)) : list(folder, prefix));
    };
    await expect(walkFolders(tree, failing('d03/'), newListing(), DEFAULT_PROJECT_LIMITS)).rejects.toThrow('cannot list d03/');
    // the walk stops in d00/ (cap 3), d12/ fails ahead of it: no rejection, handled or not
    const listing = newListing();
    await expect(walkFolders(tree, failing('d12/'), listing, { ...DEFAULT_PROJECT_LIMITS, maxListed: 3 })).resolves.toBeUndefined();
    expect(listing.stopped).toBe(true);
  });

  it('not recursive: only the folder\'s own files, its folders neither counted nor listed', async () => {
    const tree = orgTree(3, 2);
    const { list, seen } = treeLister();
    const listing = newListing();
    await walkFolders(tree, list, listing, DEFAULT_PROJECT_LIMITS, false);
    expect(seen.listed).toEqual(['']);
    expect(listing.listed).toBe(1);
  });
});
