/**
 * The record types of a package retrieved in the Metadata API format (`unpackaged/objects/Case.object`,
 * its `<recordTypes>`) on the command line: `simulate` and `test` on the package, `test` on its flows
 * folder (the sibling `objects` folder) and `stageflow flow` on the step flow find them, as the app
 * does (io/project/retrievedRecordTypes.test.ts): one reader, one rule. Fixture:
 * `io/project/__fixtures__/RetrievedRecordTypes`.
 */
import { describe, expect, it } from 'vitest';
import { recordTypeIdOf } from '../../io/project/deployedRecordTypes';
import { retrievedRecordTypesFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo, type SimulatedTrace as Trace } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';
import { main as test } from './test';

const CASE = { Id: '500SIM000000000301', Subject: 'Boiler leaks' };
const FIELD_REPAIR_ID = recordTypeIdOf('Case', 'Field_Repair');

function packageIo(extra: Record<string, string> = {}) {
  return memoryIo({ ...filesUnder('pkg', retrievedRecordTypesFiles()), 'scenario.json': JSON.stringify({ format: 'stageflow.scenario', version: 1, record: CASE }), ...extra });
}

describe('simulate, test, flow: a retrieved package\'s record types (objects/Case.object)', () => {
  it('stageflow simulate on the package: the step flow finds Field_Repair in Case.object and gives it to the case', async () => {
    // given
    const { io, out } = packageIo();
    // when
    const code = await simulate(['pkg', '--scenario', 'scenario.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).not.toMatch(/not read/);
    const trace = JSON.parse(out.stdout) as Trace;
    expect(trace.flowRuns.map((r) => [r.flow, r.status, r.outputs, r.recordsRead])).toEqual([
      ['Type_Case', 'completed', { typeLabel: 'Field Repair', typeActive: true }, [{ element: 'Get_Record_Type', object: 'RecordType', ids: [FIELD_REPAIR_ID] }]],
    ]);
  });

  it('stageflow test on the package, and on its flows folder alone (the sibling objects folder is read): the case gets the record type', async () => {
    // given: the scenario beside the orchestration
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'types the case', record: CASE, expectations: [
      { kind: 'stepStatus', step: 'Type', status: 'Completed' },
      { kind: 'recordField', object: 'Case', id: CASE.Id, field: 'RecordTypeId', value: FIELD_REPAIR_ID },
    ] };
    const extra = { 'pkg/unpackaged/flows/Case_Typing.scenarios/types.json': JSON.stringify(scenario) };
    const whole = packageIo(extra);
    const flowsFolder = packageIo(extra);
    // when
    const codes = [await test(['pkg'], whole.io), await test(['pkg/unpackaged/flows'], flowsFolder.io)];
    // then
    expect(codes).toEqual([0, 0]);
    expect([whole.out.stdout, flowsFolder.out.stdout]).toEqual([expect.stringMatching(/types the case/), expect.stringMatching(/types the case/)]);
  });

  it.each([
    ['given the flow file alone (the objects folder beside its flows folder)', ['pkg/unpackaged/flows/Type_Case.flow']],
    ['given the package with --project', ['pkg/unpackaged/flows/Type_Case.flow', '--project', 'pkg']],
  ])('stageflow flow, %s: Get Records on RecordType finds the active Field_Repair of Case.object', async (_, args) => {
    // given
    const { io, out } = packageIo();
    // when
    const code = await flow(args, io);
    // then
    expect([code, out.stderr]).toEqual([0, '']);
    const run = JSON.parse(out.stdout);
    expect([run.status, run.outputs, run.recordsRead]).toEqual(['completed', { typeLabel: 'Field Repair', typeActive: true }, [{ element: 'Get_Record_Type', object: 'RecordType', ids: [FIELD_REPAIR_ID] }]]);
  });

  it('stageflow flow: a Case.object that is not well-formed XML is a warning naming it; the run goes on without the record type', async () => {
    // given
    const { io, out } = packageIo({ 'pkg/unpackaged/objects/Case.object': '<CustomObject>\n<recordTypes><fullName>Field_Repair' });
    // when
    await flow(['pkg/unpackaged/flows/Type_Case.flow'], io);
    // then
    expect(out.stderr).toMatch(/^pkg\/unpackaged\/objects\/Case\.object: \d+:\d+: warning: record types not read: /m);
    expect(JSON.parse(out.stdout).recordsRead).toEqual([{ element: 'Get_Record_Type', object: 'RecordType', ids: [] }]);
  });
});
