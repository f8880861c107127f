import { describe, expect, it } from 'vitest';
import { autolaunchedXml, orchestrationXml } from '../io/project/testing/projectFiles';
import { readProjectInput } from './projectInput';
import { memoryIo } from './testing/memoryIo';

const FLOWS = 'force-app/main/default/flows';

/** An org-like project: one orchestration, and `folders` folders of classes, hidden and tool folders besides. */
function orgFiles(folders: number): Record<string, string> {
  const files: Record<string, string> = {
    [`org/${FLOWS}/Order_Flow.flow-meta.xml`]: orchestrationXml('Order flow', 'Reserve'),
    [`org/${FLOWS}/Reserve.flow-meta.xml`]: autolaunchedXml('Reserve'),
    [`org/.sfdx/${FLOWS}/Stale.flow-meta.xml`]: orchestrationXml('Stale', 'Reserve'),
    [`org/node_modules/x/${FLOWS}/Dep.flow-meta.xml`]: orchestrationXml('Dep', 'Reserve'),
  };
  for (let f = 0; f < folders; f++) for (let k = 0; k < 3; k++) files[`org/force-app/main/default/lwc/c${f}/c${f}_${k}.js`] = '';
  return files;
}

describe('listing a project folder on the command line', () => {
  it('lists several folders at once (a folder\'s listing waits on the disk), skipping .sfdx and node_modules, and reads the same project', async () => {
    // given listings that each take a few turns, as a cold disk's or a network drive's do
    const { io } = memoryIo(orgFiles(60));
    const listDir = io.listDir!;
    let running = 0;
    let most = 0;
    const listed: string[] = [];
    io.listDir = async (path) => {
      running++;
      most = Math.max(most, running);
      listed.push(path);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
      running--;
      return listDir(path);
    };
    // when
    const read = await readProjectInput(io, 'org');
    // then
    expect(most).toBeGreaterThanOrEqual(8);
    expect(listed.some((p) => p.includes('.sfdx') || p.includes('node_modules'))).toBe(false);
    if (!read.ok) throw new Error(read.message);
    expect(read.project.orchestrations.map((o) => o.apiName)).toEqual(['Order_Flow']);
    expect(read.project.flows.map((f) => f.apiName)).toEqual(['Reserve']);
  });
});
