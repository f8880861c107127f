import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from './limits';
import { readFolder } from './readFolder';
import { readLazyFiles } from './readLazyFiles';
import { autolaunchedXml, FLOWS, orchestrationXml, realProjectFolder } from './testing/projectFiles';

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
    const root = mkdtempSync(join(tmpdir(), 'stageflow-project-'));
    const outside = mkdtempSync(join(tmpdir(), 'stageflow-outside-'));
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
      { file: `${FLOWS}/Huge.flow-meta.xml`, severity: 'error', message: 'not read: the file is 6 MB, more than the 5 MB limit' },
      { file: `${FLOWS}/Locked.flow-meta.xml`, severity: 'error', message: 'not read: permission denied' },
    ]);
    expect(project.orchestrations).toHaveLength(1);
  });
});
