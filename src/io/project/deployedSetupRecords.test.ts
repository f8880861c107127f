/**
 * A project's queues, public groups and record types read by the app's project reader (readLazyFiles
 * for a folder or dropped files, readZip for a `.zip`) and carried to the run in the step flow's
 * definition, so the app runs the QueueRouting fixture (`__fixtures__/QueueRouting/README.md`) as
 * `stageflow flow` and `stageflow simulate` do: its step flow finds the queue `Front_Desk` and the
 * Case record type `Field_Repair` the project ships.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import type { Orchestration } from '../../model/types';
import { groupIdOf } from './deployedGroups';
import { recordTypeIdOf } from './deployedRecordTypes';
import { openOrchestration } from './openOrchestration';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { queueRoutingFiles } from './testing/projectFiles';
import type { LazyProjectFile, Project, ProjectFile } from './types';

const CASE_ID = '500SIM000000000201';

function lazy(files: readonly ProjectFile[]): LazyProjectFile[] {
  return files.map((f) => ({ path: f.path, read: () => Promise.resolve(f.text) }));
}

function opened(project: Project): Orchestration {
  const open = openOrchestration(project, 'Case_Routing');
  if (!open.ok) throw new Error('Case_Routing did not open');
  return open.doc;
}

describe('the app\'s project reader carries the project\'s queues, groups and record types to the run (QueueRouting)', () => {
  it('a folder or dropped files (readLazyFiles): the step flow\'s definition carries them, and the run gives the case the project\'s queue and record type', async () => {
    // when
    const project = await readLazyFiles(lazy(queueRoutingFiles()));
    const doc = opened(project);
    const trace = simulate(doc, { format: 'stageflow.scenario', version: 1, record: { Id: CASE_ID, Subject: 'Boiler leaks' } });
    // then
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const definition = doc.flows?.find((f) => f.name === 'Route_Case')?.definition as { groups?: unknown; recordTypes?: unknown } | undefined;
    expect(definition?.groups).toEqual([
      { Id: groupIdOf('Regular', 'Night_Shift'), DeveloperName: 'Night_Shift', Name: 'Night Shift', Type: 'Regular' },
      { Id: groupIdOf('Queue', 'Front_Desk'), DeveloperName: 'Front_Desk', Name: 'Front Desk', Type: 'Queue' },
    ]);
    expect(definition?.recordTypes).toEqual([
      { Id: recordTypeIdOf('Case', 'Field_Repair'), DeveloperName: 'Field_Repair', Name: 'Field Repair', SobjectType: 'Case', IsActive: true },
      { Id: recordTypeIdOf('Opportunity', 'Field_Repair'), DeveloperName: 'Field_Repair', Name: 'Field Repair Deal', SobjectType: 'Opportunity', IsActive: false },
    ]);
    expect(trace.flowRuns?.map((r) => [r.flow, r.status, r.outputs, r.recordsRead])).toEqual([['Route_Case', 'completed', { queueName: 'Front Desk', typeLabel: 'Field Repair' }, [
      { element: 'Get_Queue', object: 'Group', ids: [groupIdOf('Queue', 'Front_Desk')] },
      { element: 'Get_Record_Type', object: 'RecordType', ids: [recordTypeIdOf('Case', 'Field_Repair')] },
    ]]]);
  });

  it('a .zip (readZip): the same records', () => {
    // when
    const project = readZip(zipSync(Object.fromEntries(queueRoutingFiles().map((f) => [`routing/${f.path}`, strToU8(f.text)]))));
    // then
    expect([project.groups?.map((g) => g.DeveloperName), project.recordTypes?.map((r) => `${String(r.SobjectType)}.${String(r.DeveloperName)}`)]).toEqual([['Night_Shift', 'Front_Desk'], ['Case.Field_Repair', 'Opportunity.Field_Repair']]);
  });

  it('no flow reads Group or RecordType: the queue, group and record type files are not read (an unreadable one says nothing)', async () => {
    // given: the step flow reads neither object, and every queue, group and record type file fails to read
    const files = lazy(queueRoutingFiles().map((f) => (f.path.endsWith('Route_Case.flow-meta.xml') ? { ...f, text: f.text.replace('<object>Group</object>', '<object>Account</object>').replace('<object>RecordType</object>', '<object>Contact</object>') } : f)))
      .map((f) => (/queues\/|groups\/|recordTypes\//.test(f.path) ? { path: f.path, read: () => Promise.reject(new Error('must not be read')) } : f));
    // when
    const project = await readLazyFiles(files);
    // then
    expect([project.groups, project.recordTypes, project.problems.filter((p) => p.severity !== 'info')]).toEqual([undefined, undefined, []]);
  });

  it('a queue file that cannot be read is a warning naming it; the other records are carried', async () => {
    // given
    const files = lazy(queueRoutingFiles()).map((f) => (f.path.endsWith('Front_Desk.queue-meta.xml') ? { path: f.path, read: () => Promise.reject(new Error('permission denied')) } : f));
    // when
    const project = await readLazyFiles(files);
    // then
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([{ file: 'force-app/main/default/queues/Front_Desk.queue-meta.xml', severity: 'warning', message: 'not read: permission denied' }]);
    expect(project.groups?.map((g) => g.DeveloperName)).toEqual(['Night_Shift']);
  });
});
