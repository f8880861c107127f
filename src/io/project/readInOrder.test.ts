import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from './limits';
import { sizeInWords } from '../sizeLimit';
import { readLazyFiles } from './readLazyFiles';
import { autolaunchedXml, FLOWS, orchestrationXml } from './testing/projectFiles';
import type { LazyProjectFile } from './types';

/** A read that resolves only when `release` is called, counting the reads under way at once. */
function gatedFiles(texts: readonly [string, string][]) {
  let running = 0;
  let most = 0;
  const gates: (() => void)[] = [];
  const files: LazyProjectFile[] = texts.map(([path, text]) => ({
    path,
    read: () => {
      running++;
      most = Math.max(most, running);
      return new Promise<string>((resolve) => gates.push(() => { running--; resolve(text); }));
    },
  }));
  return { files, most: () => most, release: () => gates.splice(0).forEach((open) => open()) };
}

const flowFile = (name: string): [string, string] => [`${FLOWS}/${name}.flow-meta.xml`, autolaunchedXml(name)];

describe('reading a project\'s files a few at a time (readInOrder)', () => {
  it('starts the next reads before the first has finished', async () => {
    // given ten flow files whose reads finish only when released
    const gated = gatedFiles(Array.from({ length: 10 }, (_, i) => flowFile(`Flow_${i}`)));
    // when reading, releasing the reads once the reader has had a turn
    const reading = readLazyFiles(gated.files, DEFAULT_PROJECT_LIMITS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const atOnce = gated.most();
    const release = setInterval(gated.release, 1);
    const project = await reading;
    clearInterval(release);
    // then several were under way at once, and every flow is read
    expect(atOnce).toBeGreaterThan(1);
    expect(project.flows.map((f) => f.apiName)).toEqual(Array.from({ length: 10 }, (_, i) => `Flow_${i}`));
  });

  it('reports in the files\' order whatever order their reads finish in, as one at a time would', async () => {
    // given a slow first file, a failing one, one over the size cap and a fast last one
    const files: LazyProjectFile[] = [
      { path: `${FLOWS}/Slow.flow-meta.xml`, read: () => new Promise((resolve) => setTimeout(() => resolve(orchestrationXml('Slow', 'Reserve')), 20)) },
      { path: `${FLOWS}/Locked.flow-meta.xml`, read: () => Promise.reject(new Error('permission denied')) },
      { path: `${FLOWS}/Thrown.flow-meta.xml`, read: () => { throw new Error('no such file'); } },
      { path: `${FLOWS}/Huge.flow-meta.xml`, size: 6 * 1024 * 1024, read: async () => 'x' },
      { path: `${FLOWS}/Fast.flow-meta.xml`, read: async () => autolaunchedXml('Fast') },
    ];
    // when
    const project = await readLazyFiles(files, DEFAULT_PROJECT_LIMITS);
    // then
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([
      { file: `${FLOWS}/Locked.flow-meta.xml`, severity: 'error', message: 'not read: permission denied' },
      { file: `${FLOWS}/Thrown.flow-meta.xml`, severity: 'error', message: 'not read: no such file' },
      { file: `${FLOWS}/Huge.flow-meta.xml`, severity: 'error', message: 'not read: the file is 6.0 MB, more than the 5 MB limit' },
    ]);
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Slow']);
    expect(project.flows.map((f) => f.apiName)).toEqual(['Fast']);
  });

  it('names both sizes of a file past the size cap whose size is known only from its text (a folder on the command line), as of one whose size was given (FORMAT.md §7)', async () => {
    // given a 6 MB flow file whose size the walk did not give, another of 5 MB and a byte, and a 3 MB one written in 3-byte characters (9 MB as a file)
    const sixMb = 6 * 1024 * 1024;
    const files: LazyProjectFile[] = [
      { path: `${FLOWS}/Big.flow-meta.xml`, read: async () => 'x'.repeat(sixMb) },
      { path: `${FLOWS}/Sized.flow-meta.xml`, size: sixMb, read: async () => 'x' },
      { path: `${FLOWS}/Just.flow-meta.xml`, size: 5 * 1024 * 1024 + 1, read: async () => 'x' },
      { path: `${FLOWS}/Wide.flow-meta.xml`, read: async () => '\u20ac'.repeat(3 * 1024 * 1024 + 1) },
    ];
    // when
    const project = await readLazyFiles(files, DEFAULT_PROJECT_LIMITS);
    // then each says how big it is and the limit, in the words of a single file's command (io/xml/xmlSizeLimit.ts)
    expect(project.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.message}`)).toEqual([
      `${FLOWS}/Big.flow-meta.xml: not read: the file is 6.0 MB, more than the 5 MB limit`,
      `${FLOWS}/Sized.flow-meta.xml: not read: the file is 6.0 MB, more than the 5 MB limit`,
      `${FLOWS}/Just.flow-meta.xml: not read: the file is 5242881 bytes, more than the 5 MB limit`,
      `${FLOWS}/Wide.flow-meta.xml: not read: the file is 9.0 MB, more than the 5 MB limit`,
    ]);
  });

  it('stops at the total cap on the same file, and a file read ahead of it is neither kept nor reported', async () => {
    // given flows of which the third passes the total cap, and a later one that fails
    const texts = [flowFile('A'), flowFile('B'), flowFile('C'), flowFile('D')];
    const cap = texts[0]![1].length + texts[1]![1].length + 10;
    const files: LazyProjectFile[] = [...texts.map(([path, text]) => ({ path, read: async () => text })), { path: `${FLOWS}/E.flow-meta.xml`, read: () => Promise.reject(new Error('permission denied')) }];
    // when
    const project = await readLazyFiles(files, { ...DEFAULT_PROJECT_LIMITS, maxTotalBytes: cap });
    // then
    expect(project.flows.map((f) => f.apiName)).toEqual(['A', 'B']);
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([
      { file: `${FLOWS}/C.flow-meta.xml`, severity: 'error', message: `not read: the project's flow files are more than ${sizeInWords(cap)} in all, so this and later files are not read` },
    ]);
  });

  it('counts the total cap in UTF-8 bytes, as each file is counted, not in characters (FORMAT.md §7)', async () => {
    // given twenty flows whose labels are written in 3-byte characters (€), and a cap their characters are within but their bytes are not
    const texts = Array.from({ length: 20 }, (_, i) => {
      const [path, text] = flowFile(`Wide_${i}`);
      return [path, text.replace('<label>', `<label>${'\u20ac'.repeat(1000)}`)] as const;
    });
    const characters = texts.reduce((sum, [, text]) => sum + text.length, 0);
    const bytes = texts.reduce((sum, [, text]) => sum + new TextEncoder().encode(text).length, 0);
    const cap = characters + 10;
    expect(bytes).toBeGreaterThan(cap);
    const files: LazyProjectFile[] = texts.map(([path, text]) => ({ path, read: async () => text }));
    // when
    const project = await readLazyFiles(files, { ...DEFAULT_PROJECT_LIMITS, maxTotalBytes: cap });
    // then reading stops at the first file whose bytes pass the cap, and says so
    let upTo = 0;
    const within = texts.findIndex(([, text]) => (upTo += new TextEncoder().encode(text).length) > cap);
    expect(within).toBeGreaterThan(0);
    expect(within).toBeLessThan(texts.length);
    expect(project.flows.map((f) => f.apiName)).toEqual(texts.slice(0, within).map((_, i) => `Wide_${i}`));
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([
      { file: texts[within]![0], severity: 'error', message: `not read: the project's flow files are more than ${sizeInWords(cap)} in all, so this and later files are not read` },
    ]);
  });
});
