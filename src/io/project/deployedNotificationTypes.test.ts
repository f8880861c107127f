/**
 * A project's custom notification types read by the app's project reader (readLazyFiles for a folder
 * or dropped files, readZip for a `.zip`) and carried to the run in the step flow's definition, so the
 * app runs the OutageNotice fixture (`__fixtures__/OutageNotice/README.md`) as `stageflow simulate`
 * and `stageflow flow` do: its step flow finds the type `Outage_Notice` the project ships.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import type { Orchestration, Scenario } from '../../model/types';
import { notificationTypeIdOf } from './deployedNotificationTypes';
import { openOrchestration } from './openOrchestration';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { outageNoticeFiles } from './testing/projectFiles';
import type { LazyProjectFile, Project, ProjectFile } from './types';

const CASE = { Id: '500SIM000000000301', Subject: 'Network down', OwnerId: '005SIM000000000301' };
const SCENARIO: Scenario = { format: 'stageflow.scenario', version: 1, record: CASE };

function lazy(files: readonly ProjectFile[]): LazyProjectFile[] {
  return files.map((f) => ({ path: f.path, read: () => Promise.resolve(f.text) }));
}

function opened(project: Project): Orchestration {
  const open = openOrchestration(project, 'Outage_Notice');
  if (!open.ok) throw new Error('Outage_Notice did not open');
  return open.doc;
}

describe('the app\'s project reader carries the project\'s custom notification types to the run (OutageNotice)', () => {
  it('a folder or dropped files (readLazyFiles): the step flow\'s definition carries them, and its run finds the type and sends the notification', async () => {
    // when
    const project = await readLazyFiles(lazy(outageNoticeFiles()));
    const doc = opened(project);
    const trace = simulate(doc, SCENARIO);
    // then
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const definition = doc.flows?.find((f) => f.name === 'Notify_Case_Owner')?.definition as { notificationTypes?: unknown } | undefined;
    expect(definition?.notificationTypes).toEqual([
      { Id: notificationTypeIdOf('Outage_Notice'), DeveloperName: 'Outage_Notice', CustomNotifTypeName: 'Outage Notice', MasterLabel: 'Outage Notice', Description: 'Tells a case owner that the case is about an outage.', Desktop: true, Mobile: false, IsSlack: false },
      { Id: notificationTypeIdOf('Shift_Handover'), DeveloperName: 'Shift_Handover', CustomNotifTypeName: 'Shift Handover', MasterLabel: 'Shift Handover', Description: null, Desktop: true, Mobile: true, IsSlack: false },
    ]);
    expect(trace.run.status).toBe('Completed');
    const run = trace.flowRuns?.[0];
    expect([run?.flow, run?.status, run?.outputs, run?.recordsRead.find((r) => r.element === 'Get_Notice_Type')]).toEqual([
      'Notify_Case_Owner', 'completed', { typeName: 'Outage Notice' }, { element: 'Get_Notice_Type', object: 'CustomNotificationType', ids: [notificationTypeIdOf('Outage_Notice')] },
    ]);
  });

  it('a .zip (readZip): the same records', () => {
    // when
    const project = readZip(zipSync(Object.fromEntries(outageNoticeFiles().map((f) => [`outage/${f.path}`, strToU8(f.text)]))));
    // then
    expect(project.notificationTypes?.map((t) => t.DeveloperName)).toEqual(['Outage_Notice', 'Shift_Handover']);
  });

  it('a CustomNotificationType the scenario gives with the same DeveloperName (any case) wins over the project\'s', async () => {
    // given
    const given = { Id: '0ML000000000001AAA', DeveloperName: 'OUTAGE_NOTICE', CustomNotifTypeName: 'Given notice' };
    // when
    const trace = simulate(opened(await readLazyFiles(lazy(outageNoticeFiles()))), { ...SCENARIO, records: { CustomNotificationType: [given] } });
    // then
    const run = trace.flowRuns?.[0];
    expect([run?.outputs, run?.recordsRead.find((r) => r.element === 'Get_Notice_Type')?.ids]).toEqual([{ typeName: 'Given notice' }, ['0ML000000000001AAA']]);
  });

  it('no flow reads CustomNotificationType: the notification type files are not read (an unreadable one says nothing)', async () => {
    // given: the step flow looks up an Account instead, and every notification type file fails to read
    const files = lazy(outageNoticeFiles().map((f) => (f.path.endsWith('Notify_Case_Owner.flow-meta.xml') ? { ...f, text: f.text.replace('<object>CustomNotificationType</object>', '<object>Account</object>') } : f)))
      .map((f) => (/notificationtypes\//.test(f.path) ? { path: f.path, read: () => Promise.reject(new Error('must not be read')) } : f));
    // when
    const project = await readLazyFiles(files);
    // then
    expect([project.notificationTypes, project.problems.filter((p) => p.severity !== 'info')]).toEqual([undefined, []]);
  });

  it('a notification type file that is not XML is a warning naming it, and the run goes on without it', async () => {
    // given
    const files = outageNoticeFiles().map((f) => (f.path.endsWith('Shift_Handover.notiftype-meta.xml') ? { ...f, text: '<CustomNotificationType><desktop>' } : f));
    // when
    const project = await readLazyFiles(lazy(files));
    // then
    expect(project.notificationTypes?.map((t) => t.DeveloperName)).toEqual(['Outage_Notice']);
    expect(project.problems.filter((p) => p.severity === 'warning')).toEqual([expect.objectContaining({ file: expect.stringMatching(/Shift_Handover\.notiftype-meta\.xml$/), message: expect.stringMatching(/^custom notification type not read: /) })]);
  });
});
