// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { STRONG_CANDIDATE } from '../../io/project/testing/recruitingScenario';
import { resetStores } from '../testing/renderPanel';
import { showProjectRun } from '../testing/showProjectRun';
import { useAppStore } from '../../store/appStore';
import { FlowRunSection } from './FlowRunSection';

/** The recruiting demo's scenario without the Automated Process User, whose $User.Id the first step's flow looks up. */
const withoutProcessUser: Scenario = {
  ...STRONG_CANDIDATE,
  records: { ...STRONG_CANDIDATE.records, User: STRONG_CANDIDATE.records!.User!.filter((u) => u.Username !== '$AutomatedProcessUser') },
};

/** The recruiting demo run under `scenario` (the design's only one), shown at its end. */
const showRecruitingRun = (scenario: Scenario) => showProjectRun(recruitingFiles(), 'Recruiting_Orchestration_v6', scenario);

/** A frame for focusNextFrame (ui/focusLater.ts). */
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

beforeEach(() => resetStores());

it('the running user\'s missing User record is one click from its note: the scenario gets it, the run is computed again, and the flow run keeps the focus (recruiting demo: Get_Usernames)', async () => {
  // given the run whose first step's flow faulted on Get_System_User_Record, its $User.Id null
  await showRecruitingRun(withoutProcessUser);
  render(<FlowRunSection selected="Get_Usernames_Step" />);
  const flowRun = screen.getByRole('article', { name: 'Flow run Get_Usernames' });
  expect(flowRun).toHaveTextContent('Get_System_User_Record has no record');
  expect(flowRun).toHaveTextContent('the user the step runs as, the Automated Process User, has no User record in the simulated org');
  // when the admin presses the button under the note (by keyboard: focus is on it)
  const give = screen.getByRole('button', { name: 'Add the User record of the Automated Process User' });
  give.focus();
  fireEvent.click(give);
  await nextFrame();
  // then the design's scenario has the user, with an Id as Scenarios gives an added record
  const users = useAppStore.getState().scenarios[0]!.records!.User!;
  expect(users.at(-1)).toEqual({ Id: '005SCN000000000001', Username: '$AutomatedProcessUser' });
  expect(useAppStore.getState().runScenario?.records?.User).toEqual(users);
  // and the flow run now finds the record: no note, no button, the flow completed
  const again = screen.getByRole('article', { name: 'Flow run Get_Usernames' });
  expect(again).not.toHaveTextContent('has no User record');
  expect(again).toHaveTextContent('Get_System_User_Record: User 005SCN000000000001');
  expect(useAppStore.getState().trace!.flowRuns!.find((r) => r.flow === 'Get_Usernames')!.status).toBe('completed');
  expect(screen.queryByRole('button', { name: /Add the User record/ })).toBeNull();
  // and the focus, whose button went, is on the flow run it acted on
  expect(document.activeElement).toBe(again);
});

it('a flow run whose running user has a record offers nothing to add', async () => {
  // given the demo's own scenario, which gives the Automated Process User
  await showRecruitingRun(STRONG_CANDIDATE);
  render(<FlowRunSection selected="Get_Usernames_Step" />);
  // then
  expect(screen.getByRole('article', { name: 'Flow run Get_Usernames' })).not.toHaveTextContent('has no User record');
  expect(screen.queryByRole('button', { name: /Add the User record/ })).toBeNull();
});

it('a run read from a trace file keeps the note but offers no button: it has no scenario to give the record to', async () => {
  // given the faulted run, shown as if read from a file
  await showRecruitingRun(withoutProcessUser);
  act(() => useAppStore.setState({ traceFromFile: true }));
  render(<FlowRunSection selected="Get_Usernames_Step" />);
  // then
  expect(screen.getByRole('article', { name: 'Flow run Get_Usernames' })).toHaveTextContent('has no User record');
  expect(screen.queryByRole('button', { name: /Add the User record/ })).toBeNull();
});
