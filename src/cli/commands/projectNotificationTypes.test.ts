/**
 * The project's custom notification types (`notificationtypes/Name.notiftype-meta.xml`) on the command
 * line: the OutageNotice project (`io/project/__fixtures__/OutageNotice`) has an orchestration whose
 * step flow looks up the type `Outage_Notice` by DeveloperName and sends it. `simulate`, `test` and
 * `stageflow flow` find it as the app does (io/project/deployedNotificationTypes.test.ts): one reader,
 * one rule. Survey 28: SFDC-Assets' incident orchestration faulted in every step that notifies someone.
 */
import { describe, expect, it } from 'vitest';
import { notificationTypeIdOf } from '../../io/project/deployedNotificationTypes';
import { outageNoticeFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo, type SimulatedTrace as Trace } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';
import { main as test } from './test';

const CASE = { Id: '500SIM000000000301', Subject: 'Network down', OwnerId: '005SIM000000000301' };
const STEP_FLOW = 'p/force-app/main/default/flows/Notify_Case_Owner.flow-meta.xml';

/** The project in memory under `p/`, with `extra` files. */
function projectIo(extra: Record<string, string> = {}) {
  return memoryIo({ ...filesUnder('p', outageNoticeFiles()), 'scenario.json': JSON.stringify({ format: 'stageflow.scenario', version: 1, record: CASE }), ...extra });
}

describe('simulate, test, flow: the project\'s custom notification types', () => {
  it('stageflow simulate on the project: the step flow finds the project\'s type and the run completes', async () => {
    // given
    const { io, out } = projectIo();
    // when
    const code = await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    expect(code).toBe(0);
    const trace = JSON.parse(out.stdout) as Trace;
    expect(trace.run.status).toBe('Completed');
    expect(trace.flowRuns.map((r) => [r.flow, r.status, r.outputs, r.recordsRead.at(-1)])).toEqual([
      ['Notify_Case_Owner', 'completed', { typeName: 'Outage Notice' }, { element: 'Get_Notice_Type', object: 'CustomNotificationType', ids: [notificationTypeIdOf('Outage_Notice')] }],
    ]);
    expect(out.stderr).not.toMatch(/not read/);
  });

  it('stageflow test on the flows folder alone: the notificationtypes folder beside it is read', async () => {
    // given: the project without its sfdx-project.json, so the flows folder is read with its siblings
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'notifies the owner', record: CASE, expectations: [{ kind: 'stepStatus', step: 'Notify', status: 'Completed' }] };
    const files = filesUnder('p', outageNoticeFiles().filter((f) => f.path !== 'sfdx-project.json'));
    const { io, out } = memoryIo({ ...files, 'p/force-app/main/default/flows/Outage_Notice.scenarios/notifies.json': JSON.stringify(scenario) });
    // when
    const code = await test(['p/force-app/main/default/flows'], io);
    // then
    expect([code, out.stdout]).toEqual([0, expect.stringMatching(/notifies the owner/)]);
  });

  it.each([
    ['given the project folder', [STEP_FLOW, '--project', 'p']],
    ['given the flow file alone (the notificationtypes folder beside its flows folder is read)', [STEP_FLOW]],
  ])('stageflow flow, %s: Get Records on CustomNotificationType by DeveloperName finds the project\'s type', async (_, args) => {
    // given
    const { io, out } = projectIo({ 'rec.json': JSON.stringify({ Case: [CASE] }), 'in.json': JSON.stringify({ recordId: CASE.Id }) });
    // when
    const code = await flow([...args, '--records', 'rec.json', '--inputs', 'in.json'], io);
    // then
    expect(code).toBe(0);
    const run = JSON.parse(out.stdout);
    expect(run).toMatchObject({ status: 'completed', outputs: { typeName: 'Outage Notice' } });
    expect(run.recordsRead.at(-1)).toEqual({ element: 'Get_Notice_Type', object: 'CustomNotificationType', ids: [notificationTypeIdOf('Outage_Notice')] });
  });

  it('stageflow flow: a CustomNotificationType given with --records of the same DeveloperName wins; an unreadable file is a warning naming it', async () => {
    // given
    const { io, out } = projectIo({
      'p/force-app/main/default/notificationtypes/Broken.notiftype-meta.xml': '<CustomNotificationType><desktop>',
      'rec.json': JSON.stringify({ Case: [CASE], CustomNotificationType: [{ Id: '0ML000000000001AAA', DeveloperName: 'outage_notice', CustomNotifTypeName: 'Given' }] }),
      'in.json': JSON.stringify({ recordId: CASE.Id }),
    });
    // when
    await flow([STEP_FLOW, '--records', 'rec.json', '--inputs', 'in.json'], io);
    // then
    expect(JSON.parse(out.stdout).outputs.typeName).toBe('Given');
    expect(out.stderr).toMatch(/^p\/force-app\/main\/default\/notificationtypes\/Broken\.notiftype-meta\.xml(: \d+:\d+)?: warning: custom notification type not read: /m);
  });
});
