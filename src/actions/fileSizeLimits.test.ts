/**
 * Import and Compare refuse a file past its reader's cap before reading it, in the words every reader
 * uses (io/sizeLimit.ts): JSON past 16 MB, Flow XML past 5 MB. They said '21.0 MB; files up to 20 MB
 * can be imported' in millions of bytes, of a cap no reader holds a file to — a JSON file of 17 MB was
 * read, then refused as 'more than the 16 MB limit'.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/appStore';
import { readComparedFile } from './compareFile';
import { importFile } from './importFile';

const MB = 1024 * 1024;

/** A file of `size` bytes that fails if it is read: a refusal must come before reading. */
function fileOf(name: string, size: number): File {
  const file = new File(['{}'], name);
  Object.defineProperty(file, 'size', { value: size });
  for (const read of ['arrayBuffer', 'text', 'stream']) Object.defineProperty(file, read, { value: () => { throw new Error(`${name} was read`); } });
  return file;
}

describe('a file past its size cap, chosen to import or compare', () => {
  it('Import: refused unread, at 16 MB for JSON and 5 MB for Flow XML, both sizes in megabytes of 1,024 KB', async () => {
    const store = createAppStore();
    await importFile(store, fileOf('order.json', 17 * MB));
    expect(store.getState().importReport).toEqual({ fileName: 'order.json', ok: false, problems: [{ path: '', message: 'the file is 17.0 MB, more than the 16 MB limit', severity: 'error' }] });
    await importFile(store, fileOf('Order.flow-meta.xml', 5 * MB + 1));
    expect(store.getState().importReport?.problems).toEqual([{ path: '', message: 'the file is 5242881 bytes, more than the 5 MB limit', severity: 'error' }]);
  });

  it('Compare: the same cap and the same words', async () => {
    expect(await readComparedFile(fileOf('order.json', 20 * MB + 1))).toEqual({ ok: false, problems: [{ path: '', message: 'the file is 20.0 MB, more than the 16 MB limit', severity: 'error' }] });
    expect(await readComparedFile(fileOf('Order.flow', 6 * MB))).toEqual({ ok: false, problems: [{ path: '', message: 'the file is 6.0 MB, more than the 5 MB limit', severity: 'error' }] });
  });
});
