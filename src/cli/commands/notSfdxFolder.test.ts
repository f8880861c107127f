/**
 * A folder given where a design or a project is expected, with neither `sfdx-project.json` nor an
 * orchestration flow in it (a folder of Stageflow JSON designs, a wrong path): it was called "this
 * project", which it is not; the line says what it is and what to give instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main as convert } from './convert';
import { main as simulate } from './simulate';
import { main as validate } from './validate';

const design = readFileSync('public/samples/order-fulfilment.json', 'utf8');

describe('a folder that is not an SFDX project and holds no orchestration flow', () => {
  it.each([['validate', validate], ['simulate', simulate], ['convert', convert]])('%s says it is not an SFDX project, exit 2', async (_name, main) => {
    // given
    const { io, out } = memoryIo({ 'designs/order.json': design });
    // when
    const code = await main(['designs'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('designs: not an SFDX project (no sfdx-project.json in it), and no orchestration in it (no *.flow-meta.xml or *.flow with processType Orchestrator); give a design\'s file\n');
  });

  it('an SFDX project without an orchestration is still "this project"', async () => {
    // given
    const { io, out } = memoryIo({ 'p/sfdx-project.json': '{ "packageDirectories": [{ "path": "force-app" }] }', 'p/force-app/x.txt': '' });
    // when
    const code = await validate(['p'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('p: no orchestration in this project (no *.flow-meta.xml or *.flow with processType Orchestrator)\n');
  });
});
