/**
 * The members a project's queues declare (`<queueMembers>`), read by the app's project reader when a
 * flow reads GroupMember, carried in the step flow's definition and resolved against the run's
 * records (flows/org/deployedGroupMembers.ts): QueueMembership fixture
 * (`__fixtures__/QueueMembership/README.md`), whose step flow asks whether the case's creator is in
 * the queue Escalations.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import type { Orchestration, Scenario } from '../../model/types';
import { groupIdOf } from './deployedGroups';
import { openOrchestration } from './openOrchestration';
import { groupMemberIdOf, readProjectQueueMembers } from './queueMembers';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { queueMembershipFiles } from './testing/projectFiles';
import type { LazyProjectFile, ProjectFile } from './types';

const ANA = '005000000000001AAA';
const QUEUE = groupIdOf('Queue', 'Escalations');
const ANA_MEMBER = groupMemberIdOf('Escalations', 'User', 'ana.ruiz@acme.example');
const NIGHT_SHIFT_MEMBER = groupMemberIdOf('Escalations', 'Regular', 'Night_Shift');

function lazy(files: readonly ProjectFile[]): LazyProjectFile[] {
  return files.map((f) => ({ path: f.path, read: () => Promise.resolve(f.text) }));
}

async function opened(files: readonly ProjectFile[] = queueMembershipFiles()): Promise<Orchestration> {
  const open = openOrchestration(await readLazyFiles(lazy(files)), 'Escalation_Intake');
  if (!open.ok) throw new Error('Escalation_Intake did not open');
  return open.doc;
}

/** The step flow's run: its isMember output and the Ids each Get Records read. */
function run(doc: Orchestration, records: Scenario['records'] = {}) {
  const trace = simulate(doc, { format: 'stageflow.scenario', version: 1, record: { Id: '500SIM000000000401', Subject: 'Outage', CreatedById: ANA }, records });
  const flowRun = trace.flowRuns![0]!;
  return { status: flowRun.status, isMember: flowRun.outputs.isMember, read: Object.fromEntries(flowRun.recordsRead.map((r) => [r.element, r.ids])) };
}

describe('the members a project\'s queues declare (QueueMembership)', () => {
  it('are read when a flow reads GroupMember: users by Username, public groups and roles by DeveloperName, each with an Id of its own', async () => {
    // when
    const project = await readLazyFiles(lazy(queueMembershipFiles()));
    // then
    expect(project.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(project.groupMembers).toEqual([
      { Id: ANA_MEMBER, Queue: 'Escalations', MemberType: 'User', Member: 'ana.ruiz@acme.example' },
      { Id: groupMemberIdOf('Escalations', 'User', 'bo.lind@acme.example'), Queue: 'Escalations', MemberType: 'User', Member: 'bo.lind@acme.example' },
      { Id: NIGHT_SHIFT_MEMBER, Queue: 'Escalations', MemberType: 'Regular', Member: 'Night_Shift' },
      { Id: groupMemberIdOf('Escalations', 'Role', 'Support_Lead'), Queue: 'Escalations', MemberType: 'Role', Member: 'Support_Lead' },
    ]);
    expect(ANA_MEMBER).toMatch(/^011PRJ[0-9A-Z]{12}$/);
  });

  it('a user the scenario gives (its Username ignoring case) is a GroupMember of the queue, and so is the project\'s public group; a user it does not give is left out', async () => {
    // when
    const result = run(await opened(), { User: [{ Id: ANA, Username: 'Ana.Ruiz@acme.example' }] });
    // then: bo.lind is no User of the run, the role Support_Lead has no Group of the run
    expect(result).toEqual({ status: 'completed', isMember: true, read: { Get_Queue: [QUEUE], Get_Members: [ANA_MEMBER, NIGHT_SHIFT_MEMBER], Get_Membership: [ANA_MEMBER] } });
  });

  it('without the user\'s record the creator is not found a member (the queue still holds the public group)', async () => {
    // when
    const result = run(await opened());
    // then
    expect(result).toEqual({ status: 'completed', isMember: false, read: { Get_Queue: [QUEUE], Get_Members: [NIGHT_SHIFT_MEMBER], Get_Membership: [] } });
  });

  it('a role is a member once the run gives its Group (Type Role); a GroupMember the run gives for a pair wins; the scenario\'s queue takes the members', async () => {
    // given: the scenario's own Escalations queue (its Id wins), the role's Group, and ana's membership with an Id of its own
    const records = {
      Group: [{ Id: '00G000000000009AAA', DeveloperName: 'Escalations', Name: 'Escalations', Type: 'Queue' }, { Id: '00G000000000007AAA', DeveloperName: 'Support_Lead', Name: 'Support Lead', Type: 'Role' }],
      User: [{ Id: ANA, Username: 'ana.ruiz@acme.example' }],
      GroupMember: [{ Id: '011000000000001AAA', GroupId: '00G000000000009AAA', UserOrGroupId: ANA }],
    };
    // when
    const result = run(await opened(), records);
    // then
    expect(result.read).toEqual({
      Get_Queue: ['00G000000000009AAA'],
      Get_Members: ['011000000000001AAA', NIGHT_SHIFT_MEMBER, groupMemberIdOf('Escalations', 'Role', 'Support_Lead')],
      Get_Membership: ['011000000000001AAA'],
    });
  });

  it('no flow reads GroupMember: the members are not read, though the queues are (a flow reads Group)', () => {
    // given: the step flow's two GroupMember look-ups read Contact instead
    const files = queueMembershipFiles().map((f) => (f.path.endsWith('Check_Escalation_Member.flow-meta.xml') ? { ...f, text: f.text.replaceAll('<object>GroupMember</object>', '<object>Contact</object>') } : f));
    // when
    const project = projectFromFiles(files);
    // then
    expect([project.groups?.map((g) => g.DeveloperName), project.groupMembers]).toEqual([['Night_Shift', 'Escalations'], undefined]);
  });

  it('a flow that reads GroupMember and not Group still gets the queues: a member belongs to its queue by the queue\'s Id', () => {
    // given
    const files = queueMembershipFiles().map((f) => (f.path.endsWith('Check_Escalation_Member.flow-meta.xml') ? { ...f, text: f.text.replace('<object>Group</object>', '<object>Contact</object>') } : f));
    // when
    const project = projectFromFiles(files);
    // then
    expect([project.groups?.map((g) => g.DeveloperName), project.groupMembers?.length]).toEqual([['Night_Shift', 'Escalations'], 4]);
  });

  it('untrusted input: a Username that is no email-like text of at most 80 characters, or a group or role that is no API name, is left out; a public group file declares no member', () => {
    // given
    const queue = `<Queue><name>Q</name><queueMembers><users><user>not a username</user><user>${'a'.repeat(75)}@x.example</user><user> ok@x.example </user></users><publicGroups><publicGroup>__proto__</publicGroup><publicGroup>Good_Group</publicGroup></publicGroups><roles><role>Bad-Role</role></roles></queueMembers></Queue>`;
    // when
    const read = readProjectQueueMembers([
      { path: 'queues/Q.queue-meta.xml', text: queue },
      { path: 'groups/G.group-meta.xml', text: '<Group><name>G</name><queueMembers><users><user>x@x.example</user></users></queueMembers></Group>' },
    ]);
    // then
    expect([read.records.map((r) => `${String(r.MemberType)} ${String(r.Member)}`), read.problems]).toEqual([['User ok@x.example', 'Regular Good_Group'], []]);
  });
});
