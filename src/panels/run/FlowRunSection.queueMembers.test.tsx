// @vitest-environment jsdom
/**
 * The Flow runs panel names the members a project's queue declares that the scenario's records do
 * not resolve, under a run of a flow that read GroupMember (verify/hints/queueMembersNote.ts):
 * QueueMembership fixture, whose step flow asks whether the case's creator is in the queue.
 */
import { render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { queueMembershipFiles } from '../../io/project/testing/projectFiles';
import { resetStores } from '../testing/renderPanel';
import { showProjectRun } from '../testing/showProjectRun';
import { FlowRunSection } from './FlowRunSection';

const ANA = '005000000000001AAA';

const showRun = (scenario: Scenario) => showProjectRun(queueMembershipFiles(), 'Escalation_Intake', scenario);

const scenario = (records: Scenario['records']): Scenario => ({ format: 'stageflow.scenario', version: 1, name: 'creator', record: { Id: '500SIM000000000401', Subject: 'Outage', CreatedById: ANA }, records });

beforeEach(() => resetStores());

it('names the queue members the scenario does not give, and where to give them', async () => {
  // given: ana is given, bo.lind and the role Support_Lead are not
  await showRun(scenario({ User: [{ Id: ANA, Username: 'ana.ruiz@acme.example' }] }));
  render(<FlowRunSection selected="Check_Member" />);
  // then
  const run = screen.getByRole('article', { name: 'Flow run Check_Escalation_Member' });
  expect(run).toHaveTextContent('so the simulated org has no GroupMember for them: the user bo.lind@acme.example of the queue Escalations, the role Support_Lead of the queue Escalations. A real org has them: give the scenario a User with that Username, or a Group of that Type and DeveloperName, in Scenarios, under Other records of the org.');
  expect(run).toHaveTextContent('Get_Membership: GroupMember 011PRJ');
});

it('says nothing once every declared member is given', async () => {
  // given
  await showRun(scenario({
    User: [{ Id: ANA, Username: 'ana.ruiz@acme.example' }, { Id: '005000000000002AAA', Username: 'bo.lind@acme.example' }],
    Group: [{ Id: '00G000000000007AAA', DeveloperName: 'Support_Lead', Name: 'Support Lead', Type: 'Role' }],
  }));
  render(<FlowRunSection selected="Check_Member" />);
  // then
  expect(screen.getByRole('article', { name: 'Flow run Check_Escalation_Member' })).not.toHaveTextContent('no GroupMember');
});
