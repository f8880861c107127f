/**
 * The members a project's queues declare, on the command line: the QueueMembership project
 * (`io/project/__fixtures__/QueueMembership`) has an orchestration whose step flow asks whether the
 * case's creator is in the queue Escalations (Get Records on GroupMember). `simulate`, `test` and
 * `stageflow flow` resolve the declared members against the run's records as the app does
 * (io/project/queueMembers.test.ts): one reader, one rule.
 */
import { describe, expect, it } from 'vitest';
import { groupIdOf } from '../../io/project/deployedGroups';
import { groupMemberIdOf } from '../../io/project/queueMembers';
import { queueMembershipFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo, type SimulatedTrace as Trace } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';
import { main as test } from './test';

const ANA = '005000000000001AAA';
const CASE = { Id: '500SIM000000000401', Subject: 'Outage', CreatedById: ANA };
const USERS = { User: [{ Id: ANA, Username: 'ana.ruiz@acme.example' }] };
const FLOWS = 'p/force-app/main/default/flows';

function projectIo(extra: Record<string, string> = {}) {
  return memoryIo({ ...filesUnder('p', queueMembershipFiles()), 'scenario.json': JSON.stringify({ format: 'stageflow.scenario', version: 1, record: CASE, records: USERS }), ...extra });
}

describe('simulate, test, flow: the members the project\'s queues declare', () => {
  it('stageflow simulate on the project: the creator, a User of the scenario, is found a member of the queue', async () => {
    // given
    const { io, out } = projectIo();
    // when
    const code = await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).not.toMatch(/not read/);
    const run = (JSON.parse(out.stdout) as Trace).flowRuns[0]!;
    const ana = groupMemberIdOf('Escalations', 'User', 'ana.ruiz@acme.example');
    expect([run.status, run.outputs, run.recordsRead]).toEqual(['completed', { isMember: true }, [
      { element: 'Get_Queue', object: 'Group', ids: [groupIdOf('Queue', 'Escalations')] },
      { element: 'Get_Members', object: 'GroupMember', ids: [ana, groupMemberIdOf('Escalations', 'Regular', 'Night_Shift')] },
      { element: 'Get_Membership', object: 'GroupMember', ids: [ana] },
    ]]);
  });

  it('stageflow test on the flows folder alone (the sibling queues and groups folders are read): the org holds the creator\'s membership', async () => {
    // given: no sfdx-project.json, so the flows folder is read with its siblings
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'the creator is an escalations member', record: CASE, records: USERS, expectations: [
      { kind: 'recordField', object: 'GroupMember', where: { UserOrGroupId: ANA }, field: 'GroupId', value: groupIdOf('Queue', 'Escalations') },
    ] };
    const files = filesUnder('p', queueMembershipFiles().filter((f) => f.path !== 'sfdx-project.json'));
    const { io, out } = memoryIo({ ...files, [`${FLOWS}/Escalation_Intake.scenarios/member.json`]: JSON.stringify(scenario) });
    // when
    const code = await test([FLOWS], io);
    // then
    expect([code, out.stdout]).toEqual([0, expect.stringMatching(/the creator is an escalations member/)]);
  });

  it('stageflow test: a failed scenario says which declared members its records do not give', async () => {
    // given: a scenario expecting bo.lind, whom it does not give, to be a member
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'bo is a member', record: CASE, records: USERS, expectations: [
      { kind: 'recordField', object: 'GroupMember', id: groupMemberIdOf('Escalations', 'User', 'bo.lind@acme.example'), field: 'GroupId', value: groupIdOf('Queue', 'Escalations') },
    ] };
    const { io, out } = projectIo({ [`${FLOWS}/Escalation_Intake.scenarios/bo.json`]: JSON.stringify(scenario) });
    // when
    const code = await test(['p'], io);
    // then
    expect(code).toBe(1);
    expect(out.stdout).toMatch(/hint: The project's queues declare members the scenario's records do not hold, so the simulated org has no GroupMember for them: the user bo\.lind@acme\.example of the queue Escalations, the role Support_Lead of the queue Escalations\. A real org has them: give the scenario a User with that Username, or a Group of that Type and DeveloperName, in its "records"\./);
  });

  it('stageflow flow on the step flow: the user of --records is a member; each declared member the run cannot resolve is a warning naming the queue file', async () => {
    // given
    const { io, out } = projectIo({ 'records.json': JSON.stringify(USERS), 'inputs.json': JSON.stringify({ userId: ANA }) });
    // when
    const code = await flow([`${FLOWS}/Check_Escalation_Member.flow-meta.xml`, '--records', 'records.json', '--inputs', 'inputs.json'], io);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { isMember: true } });
    const queueFile = 'p/force-app/main/default/queues/Escalations.queue-meta.xml';
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      `${queueFile}: (root): warning: the user bo.lind@acme.example of the queue Escalations is not a GroupMember of this run: no User of --records has this Username`,
      `${queueFile}: (root): warning: the role Support_Lead of the queue Escalations is not a GroupMember of this run: no Group of Type Role with this DeveloperName is in the project or --records`,
    ]);
  });

  it('stageflow flow: a role the project ships (roles/Support_Lead.role-meta.xml) is a member as its Group of Type Role, which Salesforce keeps for every role, and as its Group of Type RoleAndSubordinatesInternal', async () => {
    // given: survey 15, donalee-bw/sf-admin-repo's queues name the roles Admin and VP_Sales of its roles folder,
    // and each run warned "no Group of Type Role with this DeveloperName is in the project"
    const role = '<?xml version="1.0" encoding="UTF-8"?>\n<Role xmlns="http://soap.sforce.com/2006/04/metadata"><name>Support Lead</name></Role>\n';
    const queueFile = 'p/force-app/main/default/queues/Escalations.queue-meta.xml';
    const queue = queueMembershipFiles().find((f) => f.path.endsWith('Escalations.queue-meta.xml'))!.text
      .replace('<roles>', '<roleAndSubordinatesInternal><roleAndSubordinateInternal>Support_Lead</roleAndSubordinateInternal></roleAndSubordinatesInternal><roles>');
    const { io, out } = projectIo({ [queueFile]: queue, 'p/force-app/main/default/roles/Support_Lead.role-meta.xml': role, 'records.json': JSON.stringify(USERS), 'inputs.json': JSON.stringify({ userId: ANA }) });
    // when
    const code = await flow([`${FLOWS}/Check_Escalation_Member.flow-meta.xml`, '--records', 'records.json', '--inputs', 'inputs.json'], io);
    // then: the role's membership is in the org; only the user the run does not give is a warning
    expect(code).toBe(0);
    const run = JSON.parse(out.stdout) as { recordsRead: { element: string; ids: string[] }[] };
    const members = run.recordsRead.find((r) => r.element === 'Get_Members')?.ids;
    expect(members).toContain(groupMemberIdOf('Escalations', 'Role', 'Support_Lead'));
    expect(members).toContain(groupMemberIdOf('Escalations', 'RoleAndSubordinatesInternal', 'Support_Lead'));
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      `${queueFile}: (root): warning: the user bo.lind@acme.example of the queue Escalations is not a GroupMember of this run: no User of --records has this Username`,
    ]);
  });
});
