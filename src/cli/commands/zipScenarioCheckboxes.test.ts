/**
 * A project read from a `.zip`, run under a scenario from outside it (a stageflow.config.json's
 * `scenarios`) giving records of Lid__c, an object no pass of the reading
 * inflated: Lid__c's stored Checkbox omitted holds false, as for a project folder
 * (io/project/zipFieldFiles.ts). It stayed null: the archive's field files were not kept.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles, customFieldXml } from '../../io/project/testing/projectFiles';
import { memoryIo } from '../testing/memoryIo';
import { main as test } from './test';

const field = customFieldXml;

const LID = 'force-app/main/default/objects/Lid__c/fields';
const EXPECT_FALSE = { kind: 'recordField', object: 'Lid__c', where: { Name: 'Top' }, field: 'Tight__c', value: false };
const SCENARIO = { format: 'stageflow.scenario', version: 1, name: 'a lid from outside', record: { Id: 'a01SIM000000000101', Name: 'North' }, records: { Lid__c: [{ Name: 'Top' }] }, expectations: [EXPECT_FALSE] };

function zippedProjectIo() {
  const files = [...crateIntakeFiles(), { path: `${LID}/Tight__c.field-meta.xml`, text: field('Tight__c', 'Checkbox') }, { path: `${LID}/Colour__c.field-meta.xml`, text: field('Colour__c', 'Text') }];
  const zip = zipSync(Object.fromEntries(files.map((f) => [`crate/${f.path}`, strToU8(f.text)])));
  const { io, out } = memoryIo({
    'tests/lid.json': JSON.stringify(SCENARIO),
    'stageflow.config.json': JSON.stringify({ tests: [{ project: 'p.zip', orchestration: 'Crate_Intake', scenarios: ['tests/lid.json'] }] }),
  });
  const zipped = { ...io, readBytes: async (path: string, max: number) => (path === 'p.zip' ? zip : io.readBytes!(path, max)), pathKind: async (path: string) => (path === 'p.zip' ? 'file' as const : io.pathKind!(path)) };
  return { io: zipped, out };
}

describe('a .zip project under a scenario from outside it', () => {
  it('stageflow test: Lid__c\'s Tight__c omitted is false at the run\'s end', async () => {
    // given
    const { io, out } = zippedProjectIo();
    // when
    const code = await test([], io);
    // then
    expect([code, out.stderr, out.stdout]).toEqual([0, '', expect.stringMatching(/✓ a lid from outside/)]);
  });

});
