/**
 * A real orchestration, from SFDC-Assets' recruiting demo (`__fixtures__/RecruitingOrchestrator`),
 * runs through its own nine flows: a new position's recruiter enters a job application, a recruiter
 * screens the candidate by phone (a score worked out by the screen flow's formula), and the
 * orchestration's decisions on those step outputs send the candidate to the hiring manager and an
 * offer, or to a thank-you note.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import type { Orchestration, Trace } from '../../model/types';
import { validateOrchestration } from '../../model/validate';
import { validateScenario } from '../../model/validateScenario';
import { exportFlowXml } from '../xml/exportFlowXml';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { recruitingFiles } from './testing/projectFiles';
import { CANDIDATE, STRONG_CANDIDATE, WEAK_CANDIDATE } from './testing/recruitingScenario';

const ORCHESTRATION = 'Recruiting_Orchestration_v6';
const ORCHESTRATION_PATH = `orchestrator/main/default/flows/${ORCHESTRATION}.flow-meta.xml`;

function openRecruiting(): Orchestration {
  const opened = openOrchestration(projectFromFiles(recruitingFiles()), ORCHESTRATION);
  if (!opened.ok) throw new Error(JSON.stringify(opened.report));
  return opened.doc;
}

const stagesStarted = (trace: Trace): string[] => trace.events.filter((e) => e.type === 'stageStarted').map((e) => e.stage!);
const assignees = (trace: Trace): string[] => trace.events.filter((e) => e.type === 'workItemAssigned').map((e) => `${e.step} → ${e.assignee}`);
const runOf = (trace: Trace, flow: string) => (trace.flowRuns ?? []).find((r) => r.flow === flow);

describe('RecruitingOrchestrator: a real orchestration runs through its own flows', () => {
  const doc = openRecruiting();

  it('opens from its orchestrator package directory with the nine flows of force-app, none a placeholder', () => {
    expect((doc.flows ?? []).map((f) => [f.name, f.type, f.source?.path]).sort()).toEqual([
      ['Create_and_Email_Offer', 'screen', 'force-app/main/default/flows/Create_and_Email_Offer.flow-meta.xml'],
      ['Enter_Job_Application', 'screen', 'force-app/main/default/flows/Enter_Job_Application.flow-meta.xml'],
      ['Get_Usernames', 'autolaunched', 'force-app/main/default/flows/Get_Usernames.flow-meta.xml'],
      ['Hiring_Manager_Review', 'screen', 'force-app/main/default/flows/Hiring_Manager_Review.flow-meta.xml'],
      ['Interview_Scheduled', 'autolaunched', 'force-app/main/default/flows/Interview_Scheduled.flow-meta.xml'],
      ['Phone_Screening_Scheduled', 'autolaunched', 'force-app/main/default/flows/Phone_Screening_Scheduled.flow-meta.xml'],
      ['Recruiter_Phone_Screen', 'screen', 'force-app/main/default/flows/Recruiter_Phone_Screen.flow-meta.xml'],
      ['Thank_You_For_Your_Interest', 'autolaunched', 'force-app/main/default/flows/Thank_You_For_Your_Interest.flow-meta.xml'],
    ]);
    expect((doc.flows ?? []).every((f) => f.definition !== undefined)).toBe(true);
  });

  it('validates without errors: the polymorphic owner $Record.Owner:User.Username is an assignee', () => {
    expect(validateOrchestration(doc).filter((p) => p.severity === 'error')).toEqual([]);
    const enter = doc.stages.flatMap((s) => s.steps).find((s) => s.name === 'Enter_Job_Application')!;
    expect(enter.kind === 'interactive' && enter.assignee).toEqual({ type: 'user', name: '$Record.Owner:User.Username' });
    expect(validateScenario(STRONG_CANDIDATE, doc)).toEqual([]);
  });

  it('is written back unchanged, byte for byte', () => {
    const text = recruitingFiles().find((f) => f.path === ORCHESTRATION_PATH)!.text;
    expect(exportFlowXml(doc).xml).toBe(text);
  });

  it('a strong phone screen (score 4 ≥ 3) goes to the hiring manager, whose review (4.75 ≥ 4) leads to an offer', () => {
    // when
    const trace = simulate(doc, STRONG_CANDIDATE);
    // then
    expect(trace.run.status).toBe('Completed');
    expect(stagesStarted(trace)).toEqual(['Get_Usernames', 'Initial_Screening', 'Hiring_Manager_Interview_Stage', 'Create_and_Send_Offer_Stage']);
    expect(trace.events.filter((e) => e.type === 'decisionTaken').map((e) => [e.decision, e.outcome])).toEqual([['Advance_to_Next_Round', 'Yes'], ['Make_Offer', 'Yes_1']]);
    expect(assignees(trace)).toEqual([
      'Enter_Job_Application → recruiter@example.com', // $Record.Owner:User.Username
      'Recruiter_Phone_Screen → nicki@example.com', // Get_Usernames_Step.Outputs.varNickSanchezUsername
      'Hiring_Manager_Interview → manager@example.com', // $Record.Hiring_Manager__r.Username
      'Create_and_Send_Offer → manager@example.com',
    ]);
    expect(runOf(trace, 'Recruiter_Phone_Screen')?.outputs).toMatchObject({ varReviewScore: 4 });
    expect(runOf(trace, 'Hiring_Manager_Review')?.outputs).toMatchObject({ continueWithNextStage: true });
  });

  it('the job application the recruiter creates is the one the reviews and the offer are written against', () => {
    // when
    const trace = simulate(doc, STRONG_CANDIDATE);
    // then
    const application = runOf(trace, 'Enter_Job_Application')!.outputs!.varJobApplicationId;
    const created = (trace.flowRuns ?? []).flatMap((r) => r.recordChanges.map((c) => [r.flow, c.object, c.after?.Job_Application__c ?? c.after?.Candidate__c]));
    expect(created).toEqual([
      ['Enter_Job_Application', 'Job_Application__c', CANDIDATE],
      ['Recruiter_Phone_Screen', 'Review__c', application],
      ['Hiring_Manager_Review', 'Review__c', application],
      ['Create_and_Email_Offer', 'Offer__c', application],
    ]);
  });

  it('R43, R44: a background step after a completed work item runs as the user who completed it; before any, as the Automated Process User', () => {
    const trace = simulate(doc, STRONG_CANDIDATE);
    expect(trace.steps.Get_Usernames_Step?.runAs?.user).toBe('$AutomatedProcessUser');
    expect(trace.steps.Phone_Screen_Scheduled?.runAs).toMatchObject({ user: 'recruiter@example.com', context: 'system' });
    expect(trace.steps.Interview_Scheduled?.runAs).toMatchObject({ user: 'nicki@example.com', context: 'system' });
  });

  it('a weak phone screen (score 1.25 < 3) ends with the thank-you note, and no offer is made', () => {
    // when
    const trace = simulate(doc, WEAK_CANDIDATE);
    // then
    expect(trace.run.status).toBe('Completed');
    expect(stagesStarted(trace)).toEqual(['Get_Usernames', 'Initial_Screening', 'Candidate_Rejected']);
    expect(runOf(trace, 'Recruiter_Phone_Screen')?.outputs).toMatchObject({ varReviewScore: 1.25 });
    expect(runOf(trace, 'Thank_You_For_Your_Interest')?.status).toBe('completed');
    expect(runOf(trace, 'Create_and_Email_Offer')).toBeUndefined();
  });
});
