import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from './limits';
import { readFolder } from './readFolder';
import { readLazyFiles } from './readLazyFiles';
import { autolaunchedXml, FLOWS, orchestrationXml, realProjectFolder } from './testing/projectFiles';
import { tempDir } from '../testing/tempDir';

describe('a project from a folder on disk or from files not read yet', () => {
  it('reads a real SFDX project folder', async () => {
    // given / when
    const project = await readFolder(realProjectFolder('DeactivateUser'));
    // then
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Handle_User_Deactivation', 'Handle_User_Deactivation_auto', 'User_deactivation_orchestration', 'sampleautoorch']);
    expect(project.flows).toHaveLength(12);
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('skips hidden folders and node_modules, and does not follow symbolic links out of the project', async () => {
    const root = tempDir('stageflow-project-');
    const outside = tempDir('stageflow-outside-');
    mkdirSync(join(root, FLOWS), { recursive: true });
    mkdirSync(join(root, '.sfdx'), { recursive: true });
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(join(root, FLOWS, 'Order_Flow.flow-meta.xml'), orchestrationXml('Order flow', 'Reserve'));
    writeFileSync(join(root, '.sfdx', 'Hidden.flow-meta.xml'), autolaunchedXml('Hidden'));
    writeFileSync(join(root, 'node_modules', 'Dep.flow-meta.xml'), autolaunchedXml('Dep'));
    writeFileSync(join(outside, 'Secret.flow-meta.xml'), autolaunchedXml('Secret'));
    symlinkSync(outside, join(root, 'linked'));
    const project = await readFolder(root);
    expect([...project.files.keys()]).toEqual(['Order_Flow']);
  });

  it('reports a file over the size cap and one that cannot be read, and reads the rest', async () => {
    const project = await readLazyFiles([
      { path: `${FLOWS}/Order_Flow.flow-meta.xml`, read: async () => orchestrationXml('Order flow', 'Reserve') },
      { path: `${FLOWS}/Huge.flow-meta.xml`, size: 6 * 1024 * 1024, read: async () => 'x' },
      { path: `${FLOWS}/Locked.flow-meta.xml`, read: async () => { throw new Error('permission denied'); } },
      { path: 'README.md', read: async () => { throw new Error('never read'); } },
    ], DEFAULT_PROJECT_LIMITS);
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([
      { file: `${FLOWS}/Huge.flow-meta.xml`, severity: 'error', message: 'not read: the file is 6.0 MB, more than the 5 MB limit' },
      { file: `${FLOWS}/Locked.flow-meta.xml`, severity: 'error', message: 'not read: permission denied' },
    ]);
    expect(project.orchestrations).toHaveLength(1);
  });

  /** A whole org's retrieve in miniature: `others` files in folders that sort before `flows/`, then one orchestration. */
  function bigOrg(others: number): string {
    const root = tempDir('stageflow-org-');
    mkdirSync(join(root, 'force-app/main/default/classes'), { recursive: true });
    for (let i = 0; i < others; i++) writeFileSync(join(root, 'force-app/main/default/classes', `C${i}.cls`), '');
    mkdirSync(join(root, FLOWS), { recursive: true });
    writeFileSync(join(root, FLOWS, 'Order_Flow.flow-meta.xml'), orchestrationXml('Order flow', 'Reserve'));
    return root;
  }

  it('finds the flows of a project whose other files outnumber the cap: only files a reader may read count toward it', async () => {
    // given 30 Apex classes before the flows folder, and a cap of 5 files
    const project = await readFolder(bigOrg(30), { ...DEFAULT_PROJECT_LIMITS, maxEntries: 5 });
    // then the orchestration is read, and nothing is said to be missing
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Order_Flow']);
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(project.incomplete).toBeUndefined();
  });

  it('a walk that stops at the listing cap says so and marks the project as not read in full', async () => {
    const project = await readFolder(bigOrg(30), { ...DEFAULT_PROJECT_LIMITS, maxListed: 20 });
    expect(project.orchestrations).toEqual([]);
    expect(project.incomplete).toBe(true);
    expect(project.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(['the folder has more than 20 files and folders; those after them are not looked at']);
  });

  it('more files a reader may read than the cap: the first are read, the rest named as not read, the project marked', async () => {
    const flows = Array.from({ length: 4 }, (_, i) => ({ path: `${FLOWS}/F${i}.flow-meta.xml`, read: async () => autolaunchedXml(`F${i}`) }));
    const project = await readLazyFiles([{ path: 'README.md', read: async () => '' }, ...flows], { ...DEFAULT_PROJECT_LIMITS, maxEntries: 3 });
    expect(project.flows.map((f) => f.apiName)).toEqual(['F0', 'F1', 'F2']);
    expect(project.incomplete).toBe(true);
    expect(project.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(['the project has more than 3 flow, label and scenario files; only the first 3 are read']);
  });

  it('an org\'s thousands of field files never crowd its flows out: object metadata has a cap of its own', async () => {
    // given 12 Account fields (sorting before flows/) and a cap of 2 flow files
    const root = bigOrg(0);
    mkdirSync(join(root, 'force-app/main/default/objects/Account/fields'), { recursive: true });
    for (let i = 0; i < 12; i++) writeFileSync(join(root, 'force-app/main/default/objects/Account/fields', `F${i}__c.field-meta.xml`), '<CustomField/>');
    const read = await readFolder(root, { ...DEFAULT_PROJECT_LIMITS, maxEntries: 2 });
    expect(read.orchestrations.map((o) => o.apiName)).toEqual(['Order_Flow']);
    expect(read.incomplete).toBeUndefined();
    // and past its own cap, the metadata is said not to be looked at in full
    const capped = await readFolder(root, { ...DEFAULT_PROJECT_LIMITS, maxMetadataEntries: 5 });
    expect(capped.orchestrations.map((o) => o.apiName)).toEqual(['Order_Flow']);
    expect(capped.incomplete).toBe(true);
    expect(capped.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(['the project has more than 5 object metadata files; only the first 5 are looked at']);
  });

  it('a reader of orchestrations only reads nothing after the flows of a project that has none', async () => {
    // given two flows, neither an orchestration, and a labels file a project reader reads after flows
    const read: string[] = [];
    const entry = (path: string, text: string) => ({ path, read: async () => { read.push(path); return text; } });
    const labels = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
    const entries = () => [entry(`${FLOWS}/A.flow-meta.xml`, autolaunchedXml('A')), entry(`${FLOWS}/B.flow-meta.xml`, autolaunchedXml('B')), entry(labels, '<CustomLabels/>')];
    // when read for its orchestrations only, then the labels file is not read
    const only = await readLazyFiles(entries(), DEFAULT_PROJECT_LIMITS, undefined, { orchestrationsOnly: true });
    expect(only.flows.map((f) => f.apiName)).toEqual(['A', 'B']);
    expect(read).toEqual([`${FLOWS}/A.flow-meta.xml`, `${FLOWS}/B.flow-meta.xml`]);
    // read whole (the app: its flows are offered to a new design), it is
    read.length = 0;
    await readLazyFiles(entries());
    expect(read).toContain(labels);
  });

  it('a reader of orchestrations only reads the rest when there is one', async () => {
    const read: string[] = [];
    const entry = (path: string, text: string) => ({ path, read: async () => { read.push(path); return text; } });
    const labels = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
    await readLazyFiles([entry(`${FLOWS}/Order_Flow.flow-meta.xml`, orchestrationXml('Order flow', 'Reserve')), entry(labels, '<CustomLabels/>')], DEFAULT_PROJECT_LIMITS, undefined, { orchestrationsOnly: true });
    expect(read).toContain(labels);
  });
});
