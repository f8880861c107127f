// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { updateOrchestration } from '../../commands/updateOrchestration';
import { autolaunchedXml, flowFile, orchestrationXml } from '../../io/project/testing/projectFiles';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import type { ProjectFile } from '../../io/project/types';
import { exportScenario } from '../../io/jsonExport';
import type { Scenario } from '../../model/types';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { openFromProject, startInProject } from './projectSession';
import { addStage } from '../../commands/addStage';
import { addStep } from '../../commands/addStep';
import { saveFlow } from '../../commands/saveFlow';
import { updateStep } from '../../commands/updateStep';
import { emptyOrchestration } from '../../model/factories';
import { selectInProject, selectProblems, selectProjectFlowOffer, selectProjectPath } from '../../store/selectors';
import { useProjectSession } from './projectState';
import { saveToProject } from './saveToProject';
import { takenNames } from '../../commands/queries';
import { problemInWords, problemPlace } from '../../model/problemPlace';

const ORDER = orchestrationXml('Order', 'Reserve');
const RESERVE = autolaunchedXml('Reserve');

/** A folder handle in memory: what is written, and whether writing is allowed. */
function folderHandle(files: Map<string, string>, permission: PermissionState = 'granted', prefix = '', refuse = ''): FileSystemDirectoryHandle {
  const handle = {
    kind: 'directory', name: prefix.split('/').filter(Boolean).pop() ?? 'my-project',
    getDirectoryHandle: async (name: string, options?: { create?: boolean }) => {
      const folder = `${prefix}${name}/`;
      if (!options?.create && ![...files.keys()].some((p) => p.startsWith(folder))) throw new DOMException(`${folder} not found`, 'NotFoundError');
      return folderHandle(files, permission, folder, refuse);
    },
    getFileHandle: async (name: string, options?: { create?: boolean }) => {
      const path = `${prefix}${name}`;
      if (path === refuse) throw new DOMException('The disk is full', 'QuotaExceededError');
      if (!files.has(path) && !options?.create) throw new DOMException(`${path} not found`, 'NotFoundError');
      return { createWritable: async () => ({ write: async (text: string) => { files.set(path, text); }, close: async () => undefined }) };
    },
    queryPermission: async () => permission,
    requestPermission: async () => permission,
  };
  return handle as unknown as FileSystemDirectoryHandle;
}

function openOrder(handle: FileSystemDirectoryHandle | null, others: readonly ProjectFile[] = []): void {
  const project = projectFromFiles([flowFile('Order', ORDER), flowFile('Reserve', RESERVE), ...others]);
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
    expect(useAppStore.getState().projectFile).toEqual({ project: 'my-project', apiName: 'Order', path: 'force-app/main/default/flows/Order.flow-meta.xml', writable: true, savedNames: [...takenNames(useAppStore.getState().doc)], flowOffer: expect.objectContaining({ project: 'my-project' }), checkboxesOf: expect.any(Function) });
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

  it('names a blocking error where it is, in words, with Show it — as Run and Export do — and waits for the check', async () => {
    // given the project's orchestration with a new step, which in a project design starts with no flow
    const disk = new Map([[`force-app/main/default/flows/Order.flow-meta.xml`, ORDER]]);
    openOrder(folderHandle(disk));
    useAppStore.getState().dispatch(addStep, { stage: 'Work', name: 'Notify', label: 'Notify', kind: 'background' });
    const doc = useAppStore.getState().doc;
    const first = selectProblems(useAppStore.getState()).errors[0]!;
    expect(first.path).toMatch(/^stages\[0\]\.steps\[1\]\.flow$/);
    // when it is saved
    await saveToProject(useAppStore);
    // then nothing is written, and the notice says the place as the Problems list does, and offers Show it
    expect(disk.get('force-app/main/default/flows/Order.flow-meta.xml')).toBe(ORDER);
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.text).toBe(`Can’t save to the project yet. ${problemInWords(doc, first)}`);
    expect(notice.text).not.toContain('stages[0]');
    expect(notice.problem).toEqual({ element: problemPlace(doc, first.path).element, path: first.path });
    // and before the design is checked at all, nothing is written either
    useAppStore.getState().dispatch(updateStep, { name: 'Notify', changes: { flow: 'Reserve' } });
    useAppStore.setState({ validatorReady: false });
    await saveToProject(useAppStore);
    expect(disk.get('force-app/main/default/flows/Order.flow-meta.xml')).toBe(ORDER);
    expect(notices().at(-1)).toBe('The design is still being checked. Save it in a moment.');
  });

  it('is refused for a design that was not opened from a project', async () => {
    await saveToProject(useAppStore);
    expect(notices().at(-1)).toMatch(/was not opened from a project folder/);
  });

  describe('with scenarios', () => {
    const FLOWS = 'force-app/main/default/flows';
    const happy: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Happy path', events: [] };
    const late: Scenario = { ...happy, name: 'Late stock', record: { Status: 'Waiting' } };

    it('writes back the scenario edited in the app into the file it came from, and leaves the orchestration alone', async () => {
      // given a project whose orchestration has a scenario file beside it
      const disk = new Map([[`${FLOWS}/Order.flow-meta.xml`, ORDER], [`${FLOWS}/Order.scenario.json`, exportScenario(happy)]]);
      openOrder(folderHandle(disk), [{ path: `${FLOWS}/Order.scenario.json`, text: exportScenario(happy) }]);
      expect(useAppStore.getState().scenarios.map((s) => s.name)).toEqual(['Happy path']);
      // when the scenario gets a record and the design is saved
      useAppStore.getState().updateScenario(0, late);
      await saveToProject(useAppStore);
      // then only the scenario file changed, as the app writes scenarios
      expect(disk.get(`${FLOWS}/Order.scenario.json`)).toBe(exportScenario(late));
      expect(disk.get(`${FLOWS}/Order.flow-meta.xml`)).toBe(ORDER);
      expect(notices().at(-1)).toBe(`${FLOWS}/Order.flow-meta.xml was already up to date. Wrote the scenario file ${FLOWS}/Order.scenario.json, where stageflow test finds it.`);
      // and a second save has nothing left to do
      await saveToProject(useAppStore);
      expect(notices().at(-1)).toBe(`${FLOWS}/Order.flow-meta.xml is already up to date, and so are its scenarios: nothing to save.`);
    });

    it('creates the Name.scenarios/ folder for scenarios added to a design that had none, and never writes an untouched default', async () => {
      const disk = new Map([[`${FLOWS}/Order.flow-meta.xml`, ORDER]]);
      openOrder(folderHandle(disk));
      await saveToProject(useAppStore);
      expect([...disk.keys()]).toEqual([`${FLOWS}/Order.flow-meta.xml`]);
      // when a second scenario is added
      useAppStore.getState().addScenario(late);
      await saveToProject(useAppStore);
      // then both are files of the folder stageflow test reads
      expect(disk.get(`${FLOWS}/Order.scenarios/Default_behaviour.json`)).toBe(exportScenario(useAppStore.getState().scenarios[0]!));
      expect(disk.get(`${FLOWS}/Order.scenarios/Late_stock.json`)).toBe(exportScenario(late));
      expect(notices().at(-1)).toMatch(/Wrote the scenario files .*Order\.scenarios\/Default_behaviour\.json \(new\), .*Order\.scenarios\/Late_stock\.json \(new\)/);
    });

    it('keeps the file of a deleted scenario and says so', async () => {
      const files = [{ path: `${FLOWS}/Order.scenarios/a.json`, text: exportScenario(happy) }, { path: `${FLOWS}/Order.scenarios/b.json`, text: exportScenario(late) }];
      const disk = new Map([[`${FLOWS}/Order.flow-meta.xml`, ORDER], ...files.map((f) => [f.path, f.text] as [string, string])]);
      openOrder(folderHandle(disk), files);
      useAppStore.getState().removeScenario(0);
      await saveToProject(useAppStore);
      expect(disk.get(`${FLOWS}/Order.scenarios/a.json`)).toBe(exportScenario(happy));
      expect(notices().at(-1)).toMatch(/Kept force-app\/main\/default\/flows\/Order\.scenarios\/a\.json: its scenario is no longer in the design/);
    });

    it('says which file could not be written when the disk refuses a scenario file', async () => {
      const disk = new Map([[`${FLOWS}/Order.flow-meta.xml`, ORDER]]);
      openOrder(folderHandle(disk, 'granted', '', `${FLOWS}/Order.scenario.json`));
      useAppStore.getState().dispatch(updateOrchestration, { description: 'Reserves stock' });
      useAppStore.getState().updateScenario(0, late);
      await saveToProject(useAppStore);
      expect(disk.get(`${FLOWS}/Order.flow-meta.xml`)).toContain('Reserves stock');
      expect(notices().at(-1)).toBe(`Saved ${FLOWS}/Order.flow-meta.xml, but ${FLOWS}/Order.scenario.json was not saved: The disk is full`);
    });

    it('names the scenarios it could not write when the project cannot be written to', async () => {
      openOrder(null);
      useAppStore.getState().updateScenario(0, late);
      await saveToProject(useAppStore);
      expect(notices().at(-1)).toBe(`This project was read from files, which the browser cannot write: ${FLOWS}/Order.flow-meta.xml is already up to date. Its changed scenarios were not written (${FLOWS}/Order.scenario.json): use Download all in the Scenarios dialog.`);
    });
  });

  describe('a new orchestration of the project', () => {
    /** The project's flows alone, offered in the picker; "New orchestration" chosen; a stage with a step calling Reserve. */
    async function startNew(handle: FileSystemDirectoryHandle | null, label = 'Ship order'): Promise<void> {
      const project = projectFromFiles([flowFile('Reserve', RESERVE)]);
      useProjectSession.setState({ picking: { project, name: 'my-project', handle }, current: null });
      await startInProject(useAppStore);
      const store = useAppStore.getState();
      store.dispatch(updateOrchestration, { label, name: label.replace(/ /g, '_') });
      store.dispatch(addStage, { name: 'Prepare', label: 'Prepare' });
      store.dispatch(addStep, { stage: 'Prepare', name: 'Reserve_Stock', label: 'Reserve stock', kind: 'background' });
      const offer = selectProjectFlowOffer(useAppStore.getState());
      const link = offer?.link('Reserve', useAppStore.getState().doc.flows ?? []);
      if (!link?.ok) throw new Error('Reserve not offered');
      for (const flow of link.flows) useAppStore.getState().dispatch(saveFlow, { flow });
      useAppStore.getState().dispatch(updateStep, { name: 'Reserve_Stock', changes: { flow: 'Reserve' } });
    }

    it('is written as a new file beside the project\'s flows, named by the API name it has then, and is the project\'s file from there on', async () => {
      // given a folder whose only flow is Reserve, and a new orchestration renamed Ship_order
      const disk = new Map([['force-app/main/default/flows/Reserve.flow-meta.xml', RESERVE]]);
      await startNew(folderHandle(disk));
      expect(selectInProject(useAppStore.getState())).toBe(true);
      expect(selectProjectPath(useAppStore.getState())).toBe('force-app/main/default/flows/Ship_order.flow-meta.xml');
      // when it is saved
      await saveToProject(useAppStore);
      // then the new file is an orchestration calling Reserve, Reserve is untouched, and the link is the file's
      const written = disk.get('force-app/main/default/flows/Ship_order.flow-meta.xml') ?? '';
      expect(written).toContain('<processType>Orchestrator</processType>');
      expect(written).toContain('<actionName>Reserve</actionName>');
      expect(disk.get('force-app/main/default/flows/Reserve.flow-meta.xml')).toBe(RESERVE);
      expect(notices().at(-1)).toMatch(/^Saved my-project\/force-app\/main\/default\/flows\/Ship_order\.flow-meta\.xml: a new file of the project/);
      const link = useAppStore.getState().projectFile;
      expect([link?.apiName, link?.path, link?.newFile]).toEqual(['Ship_order', 'force-app/main/default/flows/Ship_order.flow-meta.xml', undefined]);
      // and a later edit is a change of that file (only what changed), not a new file
      useAppStore.getState().dispatch(updateOrchestration, { description: 'Ships it' });
      await saveToProject(useAppStore);
      expect(disk.get('force-app/main/default/flows/Ship_order.flow-meta.xml')).toContain('<description>Ships it</description>');
    });

    it('is never written over a flow the project has', async () => {
      // given a new orchestration given the API name of the project's Reserve flow
      const disk = new Map([['force-app/main/default/flows/Reserve.flow-meta.xml', RESERVE]]);
      await startNew(folderHandle(disk), 'Reserve');
      // when it is saved
      await saveToProject(useAppStore);
      // then nothing is written
      expect(disk.get('force-app/main/default/flows/Reserve.flow-meta.xml')).toBe(RESERVE);
      expect(notices().at(-1)).toBe('force-app/main/default/flows/Reserve.flow-meta.xml was not saved: the project already has a flow named Reserve (force-app/main/default/flows/Reserve.flow-meta.xml). Give the orchestration another API name.');
    });

    it('stops being the project\'s when another design is opened', async () => {
      await startNew(null);
      expect(selectInProject(useAppStore.getState())).toBe(true);
      useAppStore.getState().openUnsavedDesign(emptyOrchestration('Other', 'Other'), []);
      expect(selectInProject(useAppStore.getState())).toBe(false);
      expect(selectProjectFlowOffer(useAppStore.getState())).toBeUndefined();
    });
  });
});
