/**
 * Test support: the scenario the recruiting demo (`__fixtures__/RecruitingOrchestrator`) runs under,
 * shared by its unit test and its e2e test. A new position owned by the recruiter, with a hiring
 * manager; the org's users (Get_Usernames looks up the running user by Id, and Nicki Sanchez by name)
 * and one candidate; each reviewer's answers.
 */
import type { Scenario } from '../../../model/types';

export const CANDIDATE = 'a01SIM000000000001';

/** A slider score for each of the three ratings and the "Recommend for Hire?" toggle, as a reviewer enters them. */
export function review(experience: number, leadership: number, values: number, recommend: boolean) {
  return { screenValues: { Experience: { value: experience }, Leadership_Skills: { value: leadership }, CompanyValues: { value: values }, RecommendForHire: { value: recommend } } };
}

/** A new position whose recruiter's phone screen scores `phoneScreen`; the hiring manager's review scores 4.75. */
export function newPosition(phoneScreen: ReturnType<typeof review>, name?: string): Scenario {
  return {
    format: 'stageflow.scenario', version: 1, ...(name ? { name } : {}),
    record: { Id: 'a02SIM000000000001', Name: 'Senior Engineer', OwnerId: '005SIM00000000REC1', Hiring_Manager__c: '005SIM000000000HM1', Department__c: 'Engineering' },
    records: {
      User: [
        { Id: '005SIM00000000REC1', Username: 'recruiter@example.com', FirstName: 'Rita', LastName: 'Recruiter', IsActive: true },
        { Id: '005SIM000000000HM1', Username: 'manager@example.com', FirstName: 'Hank', LastName: 'Manager', IsActive: true },
        { Id: '005SIM00000000NIC1', Username: 'nicki@example.com', FirstName: 'Nicki', LastName: 'Sanchez', IsActive: true },
        // the identity a record-triggered orchestration's first steps run as before API 60 (R42)
        { Id: '005SIM00000000APU1', Username: '$AutomatedProcessUser', FirstName: 'Automated', LastName: 'Process', IsActive: true },
      ],
      Candidate__c: [{ Id: CANDIDATE, Last_Name__c: 'Lovelace' }],
    },
    steps: {
      Enter_Job_Application: { screenValues: { Candidate: CANDIDATE } },
      Recruiter_Phone_Screen: phoneScreen,
      Hiring_Manager_Interview: review(5, 4, 5, true),
      Create_and_Send_Offer: { screenValues: { Amount: 150000, Expiration_Date: '2027-01-31' } },
    },
  };
}

/** A phone screen scoring 4 (≥ 3): the candidate goes on to the hiring manager and an offer. */
export const STRONG_CANDIDATE = newPosition(review(4, 3, 4, true), 'Strong candidate');
/** A phone screen scoring 1.25 (< 3): the thank-you note. */
export const WEAK_CANDIDATE = newPosition(review(1, 2, 1, false), 'Weak candidate');
