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

  it('a chosen folder hands the worker only the files a reader may read: a whole org\'s classes and layouts stay on the page', async () => {
    // given a chosen folder with 2,000 files no reader reads (posting every File froze the page: lumonCode's 23,713 took 10 s)
    let posted: string[] = [];
    await offThreadModule((worker, data) => {
      posted = 'files' in data ? data.files.map((f) => f.path) : [];
      likeTheWorker(worker, data);
    });
    const { projectFromFileList } = await import('./browserProjectFiles');
    const { chosenFile } = await import('./testing/chosenProject');
    const project = listedFolder(FIXTURES[0]!).map((f) => chosenFile(`CaseLifecycle/${f.path}`, 'file' in f ? readFileSync(join(FIXTURES[0]!, f.path)) : ''));
    const other = Array.from({ length: 1000 }, (_, i) => [chosenFile(`CaseLifecycle/force-app/main/default/classes/C${i}.cls`, 'x'), chosenFile(`CaseLifecycle/force-app/main/default/layouts/L${i}.layout-meta.xml`, 'x')]).flat();
    // when
    const read = await projectFromFileList([...other, ...project]);
    // then the worker got only the project's own files, and read the same orchestration
    expect(posted.sort()).toEqual(listedFolder(FIXTURES[0]!).map((f) => f.path).filter((p) => p !== 'README.md').sort());
    expect(read.orchestrations.map((o) => o.apiName)).toEqual(['Case_Lifecycle']);
  });

  it('a chosen folder\'s Files are asked their size before the post, at most 200 in one turn: posting asks it, one blocking call each (a frozen page)', async () => {
    // given 1,000 flow files whose size the page asks, counting the turns (setTimeout callbacks) gone by
    let turns = 0;
    const realTimeout = globalThis.setTimeout;
    vi.stubGlobal('setTimeout', (fn: () => void, ms?: number) => realTimeout(() => { turns++; fn(); }, ms));
    const askedIn: number[] = [];
    let askedAtPost = -1;
    await offThreadModule((worker, data) => {
      askedAtPost = askedIn.length;
      likeTheWorker(worker, data);
    });
    const { projectFromFileList } = await import('./browserProjectFiles');
    const { chosenFile } = await import('./testing/chosenProject');
    const files = Array.from({ length: 1000 }, (_, i) => {
      const file = chosenFile(`big/force-app/main/default/flows/F${i}.flow-meta.xml`, '<Flow/>');
      Object.defineProperty(file, 'size', { get: () => { askedIn.push(turns); return 7; } });
      return file;
    });
    // when
    await projectFromFileList(files);
    // then every size was asked before the post, in turns of at most 200
    expect(askedAtPost).toBeGreaterThanOrEqual(1000);
    const perTurn = new Map<number, number>();
    for (const turn of askedIn.slice(0, 1000)) perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1);
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(200);
  });

  it('the worker\'s news of the files read so far reaches the page while it reads, and the answer still comes', async () => {
    // given a worker that says how many files it has read before it answers
    const { readProjectOffThread } = await offThreadModule((worker, data) => {
      worker.onmessage?.({ data: { id: data.id, filesRead: 2 } });
      worker.onmessage?.({ data: { id: data.id, filesRead: 5 } });
      likeTheWorker(worker, data);
    });
    const files = listedFolder(FIXTURES[0]!);
    const told: number[] = [];
    // when
    const project = await readProjectOffThread(files, DEFAULT_PROJECT_LIMITS, false, (n) => told.push(n));
    // then
    expect(told).toEqual([2, 5]);
    expect(project).toEqual(await readListed({ files, limits: DEFAULT_PROJECT_LIMITS, stopped: false }));
  });

  it('the reading counts the listed files as they are read, 1, 2, 3… (what the worker tells the page)', async () => {
    const files: ListedFile[] = [...listedFolder(FIXTURES[0]!), { path: 'force-app/main/default/flows/Gone.flow-meta.xml', error: 'the file was removed' }];
    const told: number[] = [];
    await readListed({ files, limits: DEFAULT_PROJECT_LIMITS, stopped: false }, (n) => told.push(n));
    const flowFiles = files.filter((f) => f.path.endsWith('.flow-meta.xml') && 'file' in f).length;
    expect(told.length).toBeGreaterThanOrEqual(flowFiles);
    expect(told).toEqual(told.map((_, i) => i + 1));
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

  it('the field files stay known to the page: a record of an object no pass read, added in Scenarios, gets its Checkboxes (they stayed in the worker)', async () => {
    // given CrateIntake, whose reading reads no Lid__c, with Lid__c's field files, read by the worker
    const { readProjectOffThread } = await offThreadModule(likeTheWorker);
    const { unreadCheckboxesOf } = await import('../../io/project/scenarioCheckboxes');
    const { crateIntakeFiles } = await import('../../io/project/testing/projectFiles');
    const lid = (name: string, type: string) => ({ path: `force-app/main/default/objects/Lid__c/fields/${name}.field-meta.xml`, text: `<CustomField><fullName>${name}</fullName><type>${type}</type></CustomField>` });
    const files = [...crateIntakeFiles(), lid('Tight__c', 'Checkbox'), lid('Colour__c', 'Text')].map((f) => ({ path: f.path, file: new File([f.text], f.path.split('/').pop()!) }));
    // when
    const project = await readProjectOffThread(files, DEFAULT_PROJECT_LIMITS, false);
    // then Lid__c's Checkbox is read from its File now; Crate__c, read by the reading, is not read again
    expect(await unreadCheckboxesOf(project, 'Lid__c')).toEqual(['Tight__c']);
    expect(await unreadCheckboxesOf(project, 'Crate__c')).toEqual([]);
  });
});
