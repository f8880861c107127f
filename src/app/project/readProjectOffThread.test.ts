// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from '../../io/project/limits';
import { readListed, type ListedFile, type ReadProjectRequest } from './readProjectMessages';

/** Every file under a fixture folder, as the page lists them: paths inside the project, their Files. */
function listedFolder(root: string): ListedFile[] {
  const walk = (dir: string): ListedFile[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [{ path: relative(root, path).split('\\').join('/'), file: new File([readFileSync(path)], name) }];
  });
  return walk(root);
}

type Answer = (worker: FakeWorker, data: ReadProjectRequest) => void;

/** A Worker stand-in: runs `answer` on what is posted, counting the posts. */
class FakeWorker {
  static answer: Answer = () => {};
  static posted = 0;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(data: ReadProjectRequest) {
    FakeWorker.posted++;
    FakeWorker.answer(this, data);
  }
}

/** What the real worker does, with the Project passing through a structured clone as postMessage's. */
const likeTheWorker: Answer = (worker, { id, ...request }) => {
  void readListed(request).then((project) => worker.onmessage?.({ data: { id, project: structuredClone(project) } }));
};

async function offThreadModule(answer: Answer) {
  vi.resetModules();
  FakeWorker.answer = answer;
  FakeWorker.posted = 0;
  vi.stubGlobal('Worker', FakeWorker);
  return import('./readProjectOffThread');
}

afterEach(() => vi.unstubAllGlobals());

const FIXTURES = ['CaseLifecycle', 'RecruitingOrchestrator', 'DepotSweep'].map((name) => join(__dirname, '../../io/project/__fixtures__', name));

describe('reading an opened project off the main thread', () => {
  it.each(FIXTURES)('the Project the worker sends back (a structured clone) is the one the main thread reads: %s', async (root) => {
    // given
    const { readProjectOffThread } = await offThreadModule(likeTheWorker);
    const files = listedFolder(root);
    // when
    const fromWorker = await readProjectOffThread(files, DEFAULT_PROJECT_LIMITS, false);
    // then
    expect(FakeWorker.posted).toBe(1);
    const onMainThread = await readListed({ files, limits: DEFAULT_PROJECT_LIMITS, stopped: false });
    expect(onMainThread.orchestrations.length + onMainThread.flows.length).toBeGreaterThan(0);
    expect(fromWorker).toEqual(onMainThread);
  });

  it('the files cannot be handed over (postMessage throws): read on the main thread, same Project', async () => {
    const { readProjectOffThread } = await offThreadModule(() => { throw new DOMException('could not be cloned', 'DataCloneError'); });
    const files = listedFolder(FIXTURES[0]!);
    const project = await readProjectOffThread(files, DEFAULT_PROJECT_LIMITS, true);
    expect(FakeWorker.posted).toBe(1);
    expect(project).toEqual(await readListed({ files, limits: DEFAULT_PROJECT_LIMITS, stopped: true }));
    expect(project.incomplete).toBe(true);
  });

  it('the worker fails: read on the main thread, same Project, and the next project starts a new worker', async () => {
    const { readProjectOffThread } = await offThreadModule((worker) => queueMicrotask(() => worker.onerror?.()));
    const files = listedFolder(FIXTURES[0]!);
    const project = await readProjectOffThread(files, DEFAULT_PROJECT_LIMITS, false);
    expect(project).toEqual(await readListed({ files, limits: DEFAULT_PROJECT_LIMITS, stopped: false }));
    FakeWorker.answer = likeTheWorker;
    expect(await readProjectOffThread(files, DEFAULT_PROJECT_LIMITS, false)).toEqual(project);
    expect(FakeWorker.posted).toBe(2);
  });

  it('a chosen folder is read by the worker: the page only lists its files', async () => {
    const { readProjectOffThread } = await offThreadModule(likeTheWorker);
    const { projectFromFileList } = await import('./browserProjectFiles');
    const files = listedFolder(FIXTURES[0]!);
    const project = await projectFromFileList(files.map((f) => ('file' in f ? f.file : new File([], f.path))));
    expect(FakeWorker.posted).toBe(1);
    expect(project.orchestrations.map((o) => o.apiName)).toEqual((await readProjectOffThread(files, DEFAULT_PROJECT_LIMITS, false)).orchestrations.map((o) => o.apiName));
  });

  it('a .zip chosen or dropped is inflated and read by the worker: the same Project as on the main thread', async () => {
    await offThreadModule(likeTheWorker);
    const { projectFromZipFile } = await import('./browserProjectFiles');
    const entries = Object.fromEntries(await Promise.all(listedFolder(FIXTURES[1]!).map(async (f) => [`Recruiting-main/${f.path}`, 'file' in f ? new Uint8Array(await f.file.arrayBuffer()) : strToU8('')] as const)));
    const zip = new File([zipSync(entries)], 'Recruiting-main.zip');
    const project = await projectFromZipFile(zip);
    expect(FakeWorker.posted).toBe(1);
    expect(project.orchestrations.length).toBeGreaterThan(0);
    expect(project).toEqual(await readListed({ zip, limits: DEFAULT_PROJECT_LIMITS }));
  });

  it('a file the browser would not give (a handle\'s getFile failed) is a "not read" problem naming it', async () => {
    const project = await readListed({ files: [{ path: 'force-app/main/default/flows/Gone.flow-meta.xml', error: 'the file was removed' }], limits: DEFAULT_PROJECT_LIMITS, stopped: false });
    expect(project.problems).toContainEqual(expect.objectContaining({ file: 'force-app/main/default/flows/Gone.flow-meta.xml', message: expect.stringContaining('the file was removed') }));
  });
});
