/**
 * `stageflow flow` and the project's queues and public groups (`queues/X.queue-meta.xml`,
 * `groups/X.group-meta.xml`): a Get Records on Group by DeveloperName finds them, as the org the
 * project is deployed to would. Survey 12: 13 routing flows of belinidaniel/Enerzee look their queue
 * up by DeveloperName and faulted on the empty result, though the project ships the queues (no
 * licence, so nothing is copied: the flow and names here are ours).
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const lookup = (name: string, developerName: string, type: string, next?: string) => `
  <recordLookups><name>${name}</name>${next ? `<connector><targetReference>${next}</targetReference></connector>` : ''}
    <filterLogic>and</filterLogic>
    <filters><field>DeveloperName</field><operator>EqualTo</operator><value><stringValue>${developerName}</stringValue></value></filters>
    <filters><field>Type</field><operator>EqualTo</operator><value><stringValue>${type}</stringValue></value></filters>
    <getFirstRecordOnly>true</getFirstRecordOnly><object>Group</object><storeOutputAutomatically>true</storeOutputAutomatically></recordLookups>`;

const routeFlow = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Get_Queue</targetReference></connector></start>
  ${lookup('Get_Queue', 'Front_Desk', 'Queue', 'Get_Team')}
  ${lookup('Get_Team', 'Night_Shift', 'Regular', 'Keep')}
  <assignments><name>Keep</name>
    <assignmentItems><assignToReference>queueName</assignToReference><operator>Assign</operator><value><elementReference>Get_Queue.Name</elementReference></value></assignmentItems>
    <assignmentItems><assignToReference>teamName</assignToReference><operator>Assign</operator><value><elementReference>Get_Team.Name</elementReference></value></assignmentItems>
  </assignments>
  <variables><name>queueName</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>teamName</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

const project = {
  'p/force-app/main/default/flows/Route_Visit.flow-meta.xml': routeFlow,
  'p/force-app/main/default/queues/Front_Desk.queue-meta.xml': '<?xml version="1.0" encoding="UTF-8"?>\n<Queue xmlns="http://soap.sforce.com/2006/04/metadata">\n    <doesSendEmailToMembers>false</doesSendEmailToMembers>\n    <name>Front Desk</name>\n    <queueSobject><sobjectType>Case</sobjectType></queueSobject>\n</Queue>\n',
  'p/force-app/main/default/groups/Night_Shift.group-meta.xml': '<?xml version="1.0" encoding="UTF-8"?>\n<Group xmlns="http://soap.sforce.com/2006/04/metadata">\n    <doesIncludeBosses>false</doesIncludeBosses>\n    <name>Night Shift</name>\n</Group>\n',
};

describe('stageflow flow: the project\'s queues and public groups', () => {
  it.each([
    ['given the project folder', ['p/force-app/main/default/flows/Route_Visit.flow-meta.xml', '--project', 'p']],
    ['given the flow file alone (the queues and groups folders beside its flows folder are read)', ['p/force-app/main/default/flows/Route_Visit.flow-meta.xml']],
  ])('queues and groups: Get Records on Group by DeveloperName finds the project\'s queue (Type Queue) and group (Type Regular), %s', async (_, args) => {
    // given
    const { io, out } = memoryIo(project);
    // when
    const code = await main(args, io);
    // then: each with an Id of its own (00GPRJ…, from its type and name only)
    expect(code).toBe(0);
    const run = JSON.parse(out.stdout);
    expect(run).toMatchObject({ status: 'completed', outputs: { queueName: 'Front Desk', teamName: 'Night Shift' } });
    expect(run.recordsRead.map((r: { ids: string[] }) => r.ids[0])).toEqual([expect.stringMatching(/^00GPRJ[0-9A-Z]{12}$/), expect.stringMatching(/^00GPRJ[0-9A-Z]{12}$/)]);
    expect(out.stderr).toBe('');
  });

  it('queues and groups: a Group given with --records of the same DeveloperName wins; an unreadable queue file is a warning naming it', async () => {
    // given
    const { io, out } = memoryIo({
      ...project,
      'p/force-app/main/default/queues/Broken.queue-meta.xml': '<Queue><name>Broken',
      'rec.json': JSON.stringify({ Group: [{ Id: '00G000000000001AAA', DeveloperName: 'front_desk', Name: 'Front Desk (given)', Type: 'Queue' }] }),
    });
    // when
    await main(['p/force-app/main/default/flows/Route_Visit.flow-meta.xml', '--records', 'rec.json'], io);
    // then
    expect(JSON.parse(out.stdout).outputs).toEqual({ queueName: 'Front Desk (given)', teamName: 'Night Shift' });
    expect(out.stderr).toMatch(/^p\/force-app\/main\/default\/queues\/Broken\.queue-meta\.xml(: \d+:\d+)?: warning: queue not read: /);
  });
});
