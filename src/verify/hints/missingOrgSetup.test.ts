import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { STRONG_CANDIDATE } from '../../io/project/testing/recruitingScenario';
import type { Scenario } from '../../model/types';
import { lookupSites } from './lookupSites';
import { giveMissingOrgSetup, missingOrgSetup } from './missingOrgSetup';

describe('what a failed run\'s steps looked for in the org and did not find (the run banner\'s one-click fix)', () => {
  const opened = openOrchestration(projectFromFiles(recruitingFiles()), 'Recruiting_Orchestration_v6');
  if (!opened.ok) throw new Error('not opened');
  const doc = opened.doc;
  const sites = lookupSites(doc);
  const bare: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Default behaviour', events: [] };

  it('names the running user\'s User record and the user looked up by name when the default scenario fails at 0 ms (recruiting demo: Get_Usernames)', () => {
    // given the recruiting demo run with the default scenario: no records at all
    const trace = simulate(doc, bare);
    expect(trace.run.status).toBe('Error');
    // when the failed steps' flow runs are read
    const missing = missingOrgSetup(doc, bare, trace, sites);
    // then the Automated Process User's record and Nicki Sanchez, in the order the flow looked them up
    expect(missing.map((m) => (m.kind === 'runningUser' ? m.user : `${m.site.object} ${m.site.fields.map(([f, v]) => `${f}=${String(v)}`).join(' ')}`)))
      .toEqual(['$AutomatedProcessUser', 'User FirstName=Nicki LastName=Sanchez']);
  });

  it('gives them all in one edit, so the step that failed completes and the run goes past it', () => {
    // given the records the failed run lacked, given to the scenario
    const first = simulate(doc, bare);
    const given = giveMissingOrgSetup(bare, missingOrgSetup(doc, bare, first, sites));
    expect(given.records?.User).toEqual([
      { Id: '005SCN000000000001', Username: '$AutomatedProcessUser' },
      { Id: '005SCN000000000002', FirstName: 'Nicki', LastName: 'Sanchez' },
    ]);
    // when it runs again
    const again = simulate(doc, given);
    // then Get_Usernames completes, and nothing more is missing from the org (the next failure is the record's owner, a field of the triggering record)
    expect(again.steps.Get_Usernames_Step?.status).toBe('Completed');
    expect(missingOrgSetup(doc, given, again, sites)).toEqual([]);
  });

  it('gives no record twice: one the scenario got in Scenarios after the run failed is not added again', () => {
    // given the failed run's missing records, and the scenario since edited to hold the running user and a Nicki Sanchez of its own
    const first = simulate(doc, bare);
    const missing = missingOrgSetup(doc, bare, first, sites);
    const edited: Scenario = { ...bare, records: { User: [{ Id: '005SCN000000000007', Username: '$AutomatedProcessUser' }, { Id: '005SCN000000000008', FirstName: 'NICKI', LastName: 'sanchez' }] } };
    // when the banner's button gives them to the scenario as it is now
    const given = giveMissingOrgSetup(edited, missing);
    // then the scenario's records are as the admin left them: no second user of that Username, no second Nicki Sanchez
    expect(given.records?.User).toEqual(edited.records?.User);
    // and a scenario that has only one of them gets the other
    const half: Scenario = { ...bare, records: { User: [edited.records!.User![0]!] } };
    expect(giveMissingOrgSetup(half, missing).records?.User).toEqual([edited.records!.User![0], { Id: '005SCN000000000001', FirstName: 'Nicki', LastName: 'Sanchez' }]);
  });

  it('lists one record once when two lookups ask for it, one by fixed values and one by a value a step passes', () => {
    // given a failed step whose two flows looked up the same User and found none: one by a value written in the flow, one by the step's input
    const nicki: [string, string][] = [['FirstName', 'Nicki'], ['LastName', 'Sanchez']];
    const twoSites = [
      { object: 'User', fields: nicki, elements: ['Find_By_Name.Get_Nicki'] },
      { object: 'User', fields: nicki, elements: ['Find_Person.Get_Person'], steps: ['Look_Up'] },
    ];
    const trace = {
      steps: { Look_Up: { status: 'Error' } },
      flowRuns: [
        { flow: 'Find_By_Name', step: 'Look_Up', recordsRead: [{ element: 'Get_Nicki', ids: [] }] },
        { flow: 'Find_Person', step: 'Look_Up', recordsRead: [{ element: 'Get_Person', ids: [] }] },
      ],
    } as unknown as Parameters<typeof missingOrgSetup>[2];
    // when what the org lacked is listed
    const missing = missingOrgSetup(doc, bare, trace, twoSites);
    // then the User is listed once (the banner's list and its button's count), and given once
    expect(missing).toHaveLength(1);
    expect(giveMissingOrgSetup(bare, missing).records?.User).toHaveLength(1);
  });

  it('is empty for a run whose steps did not fail, and leaves out a record the scenario already has', () => {
    // given the demo's own scenario, which has every user
    const trace = simulate(doc, STRONG_CANDIDATE);
    expect(missingOrgSetup(doc, STRONG_CANDIDATE, trace, sites)).toEqual([]);
    // and a scenario that gives Nicki Sanchez but not the running user
    const withNicki: Scenario = { ...bare, records: { User: [{ Id: '005SCN000000000009', FirstName: 'nicki', LastName: 'SANCHEZ' }] } };
    const failed = simulate(doc, withNicki);
    expect(missingOrgSetup(doc, withNicki, failed, sites).map((m) => m.kind)).toEqual(['runningUser']);
  });
});
