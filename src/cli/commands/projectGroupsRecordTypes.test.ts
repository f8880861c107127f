/**
 * The project's queues, public groups and record types on the command line's project commands: the
 * QueueRouting project (`io/project/__fixtures__/QueueRouting`) has an orchestration whose step flow
 * gives a new case to the queue `Front_Desk` and the Case record type `Field_Repair`, both looked up
 * by DeveloperName. `simulate` and `test` find them as `stageflow flow` does
 * (flow.projectGroups.test.ts, flow.projectRecordTypes.test.ts) and as the app does: one reader, one rule.
 */
import { describe, expect, it } from 'vitest';
import { groupIdOf } from '../../io/project/deployedGroups';
import { recordTypeIdOf } from '../../io/project/deployedRecordTypes';
import { queueRoutingFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo, type SimulatedTrace as Trace } from '../testing/memoryIo';
import { main as simulate } from './simulate';
import { main as test } from './test';

const CASE = { Id: '500SIM000000000201', Subject: 'Boiler leaks' };
const ID = { group: /^00GPRJ[0-9A-Z]{12}$/, recordType: /^012PRJ[0-9A-Z]{12}$/ };

/** The project in memory under `p/`, with `extra` files. */
function projectIo(extra: Record<string, string> = {}) {
  return memoryIo({ ...filesUnder('p', queueRoutingFiles()), 'scenario.json': JSON.stringify({ format: 'stageflow.scenario', version: 1, record: CASE }), ...extra });
}

describe('simulate, test: the project\'s queues, groups and record types', () => {
  it('stageflow simulate on the project: the step flow finds the project\'s queue and the Case record type, with the Ids stageflow flow gives them', async () => {
    // given
    const { io, out } = projectIo();
    // when
    const code = await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    expect(code).toBe(0);
    const trace = JSON.parse(out.stdout) as Trace;
    expect(trace.run.status).toBe('Completed');
    expect(trace.flowRuns.map((r) => [r.flow, r.status, r.outputs, r.recordsRead])).toEqual([
      ['Route_Case', 'completed', { queueName: 'Front Desk', typeLabel: 'Field Repair' }, [
        { element: 'Get_Queue', object: 'Group', ids: [expect.stringMatching(ID.group)] },
        { element: 'Get_Record_Type', object: 'RecordType', ids: [expect.stringMatching(ID.recordType)] },
      ]],
    ]);
    expect(out.stderr).not.toMatch(/not read/);
  });

  it('a Group and a RecordType of the scenario with the same DeveloperName (and object) win over the project\'s', async () => {
    // given
    const records = {
      Group: [{ Id: '00G000000000001AAA', DeveloperName: 'front_desk', Name: 'Front Desk (given)', Type: 'Queue' }],
      RecordType: [{ Id: '012000000000001AAA', SobjectType: 'Case', DeveloperName: 'FIELD_REPAIR', Name: 'Given type', IsActive: true }],
    };
    const { io, out } = projectIo({ 'scenario.json': JSON.stringify({ format: 'stageflow.scenario', version: 1, record: CASE, records }) });
    // when
    await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    const run = (JSON.parse(out.stdout) as Trace).flowRuns[0]!;
    expect([run.outputs, run.recordsRead.map((r) => r.ids)]).toEqual([{ queueName: 'Front Desk (given)', typeLabel: 'Given type' }, [['00G000000000001AAA'], ['012000000000001AAA']]]);
  });

  it('stageflow test on the project: a scenario expecting the case owned by the project\'s queue, of its record type, passes', async () => {
    // given: the scenario beside the orchestration
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'routes to the front desk', record: CASE, expectations: [
      { kind: 'stepStatus', step: 'Route', status: 'Completed' },
      { kind: 'recordField', object: 'Case', id: CASE.Id, field: 'OwnerId', value: groupIdOf('Queue', 'Front_Desk') },
      { kind: 'recordField', object: 'Case', id: CASE.Id, field: 'RecordTypeId', value: recordTypeIdOf('Case', 'Field_Repair') },
    ] };
    const { io, out } = projectIo({ 'p/force-app/main/default/flows/Case_Routing.scenarios/routes.json': JSON.stringify(scenario) });
    // when
    const code = await test(['p'], io);
    // then
    expect([code, out.stdout]).toEqual([0, expect.stringMatching(/routes to the front desk/)]);
  });

  it('stageflow test on the flows folder alone: the queues and objects folders beside it are read, as stageflow flow reads them', async () => {
    // given: the project without its sfdx-project.json, so the flows folder is read with its siblings
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'routes from the flows folder', record: CASE, expectations: [
      { kind: 'recordField', object: 'Case', id: CASE.Id, field: 'OwnerId', value: groupIdOf('Queue', 'Front_Desk') },
      { kind: 'recordField', object: 'Case', id: CASE.Id, field: 'RecordTypeId', value: recordTypeIdOf('Case', 'Field_Repair') },
    ] };
    const files = filesUnder('p', queueRoutingFiles().filter((f) => f.path !== 'sfdx-project.json'));
    const { io, out } = memoryIo({ ...files, 'p/force-app/main/default/flows/Case_Routing.scenarios/routes.json': JSON.stringify(scenario) });
    // when
    const code = await test(['p/force-app/main/default/flows'], io);
    // then
    expect([code, out.stdout]).toEqual([0, expect.stringMatching(/routes from the flows folder/)]);
  });

  it('an unreadable queue file is a warning naming it; the run goes on without the queue', async () => {
    // given
    const { io, out } = projectIo({ 'p/force-app/main/default/queues/Front_Desk.queue-meta.xml': '<Queue><name>Front Desk' });
    // when
    const code = await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toMatch(/^p\/force-app\/main\/default\/queues\/Front_Desk\.queue-meta\.xml: \d+:\d+: warning: queue not read: /m);
    expect((JSON.parse(out.stdout) as Trace).flowRuns[0]!.status).not.toBe('completed');
  });
});
