import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { STRONG_CANDIDATE } from '../../io/project/testing/recruitingScenario';
import type { Scenario } from '../../model/types';
import { runningUserNote, screenLoopNote } from './runningUserNote';

describe('the run view\'s note on a flow whose $User has no User record', () => {
  const opened = openOrchestration(projectFromFiles(recruitingFiles()), 'Recruiting_Orchestration_v6');
  if (!opened.ok) throw new Error('not opened');
  const doc = opened.doc;

  it('names the running user when the scenario gives no User with its Username (recruiting demo: Get_Usernames looks up User where Id = $User.Id)', () => {
    // given the default scenario: no users in the org
    const scenario: Scenario = { format: 'stageflow.scenario', version: 1 };
    const trace = simulate(doc, scenario);
    const run = trace.flowRuns!.find((r) => r.flow === 'Get_Usernames')!;
    // then the note says whose record is missing and what to give
    expect(run.status).toBe('faulted');
    expect(runningUserNote(run, doc, scenario, trace)).toBe('This flow reads $User: the user the step runs as, the Automated Process User, has no User record in the simulated org, so $User.Id and its other fields are null (a Get Records by $User.Id finds nothing). Give the scenario a User with Username "$AutomatedProcessUser" in Scenarios, under Other records of the org.');
  });

  it('says nothing once the scenario gives that user, nor for a flow that does not read $User', () => {
    const trace = simulate(doc, STRONG_CANDIDATE);
    expect(runningUserNote(trace.flowRuns!.find((r) => r.flow === 'Get_Usernames')!, doc, STRONG_CANDIDATE, trace)).toBeNull();
    const bare: Scenario = { format: 'stageflow.scenario', version: 1 };
    expect(runningUserNote({ flow: 'Create_and_Email_Offer', step: 'Create_and_Send_Offer' }, doc, bare, { steps: { Create_and_Send_Offer: { runAs: { user: 'x@example.com' } } } } as never)).toBeNull();
  });

  it('a step whose screen flow loops on the same answers is told where the app takes screen answers', () => {
    const message = 'Update_Incident_Screen: the run executed more than 100000 elements (a loop that never ends?): the screen Update_Incident_Screen was shown 12500 times, answered with the same values each time; a user leaves such a loop by answering differently, so give the screen values that do';
    expect(screenLoopNote({ step: 'Stage_3b_Update_Incident', message })).toBe('Answer Update_Incident_Screen as the user would to leave the loop: in Scenarios, under Screen answers of this step.');
    expect(screenLoopNote({ step: 'Stage_3b_Update_Incident', message: 'Get_Incident: no record' })).toBeNull();
  });
});
