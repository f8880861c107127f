import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration, Scenario } from '../model/types';
import { runAsUserWords } from './runAsUserWords';

const userTriggered: Orchestration = {
  ...emptyOrchestration(),
  trigger: { type: 'recordTriggered', object: 'User', when: 'createAndUpdate' },
} as Orchestration;

describe('who a step runs as, in the Why panel', () => {
  it('names the triggering User of a User-triggered run given without an Id ($Record.Id as assignee), not the Id the simulated org made', () => {
    // given the DeactivateUser case: the work item assigned to $Record.Id, the scenario's User without Id or Username
    // when / then
    expect(runAsUserWords('005SIM000000000001', userTriggered, {})).toBe('the triggering User ($Record)');
    expect(runAsUserWords('005SIM000000000001', userTriggered, { record: { FirstName: 'Dana', LastName: 'Reyes' } })).toBe('Dana Reyes, the triggering User ($Record)');
  });

  it('names a User record of the scenario by its name and Username, matching a 15-character Id to an 18-character one', () => {
    const scenario: Pick<Scenario, 'records'> = { records: { User: [{ Id: '005SCN000000000001', Name: 'Lee Manager', Username: 'lee@example.com' }, { Id: '005Hs00000AbCdEFGH', Username: 'ops@example.com' }] } };
    expect(runAsUserWords('005SCN000000000001', userTriggered, scenario)).toBe('Lee Manager (lee@example.com)');
    expect(runAsUserWords('005Hs00000AbCdE', userTriggered, scenario)).toBe('ops@example.com');
  });

  it('keeps the Id when nothing else is known, and a username or the Automated Process User as before', () => {
    const caseTriggered = { ...userTriggered, trigger: { type: 'recordTriggered', object: 'Case', when: 'create' } } as Orchestration;
    expect(runAsUserWords('005SIM000000000001', caseTriggered, {})).toBe('005SIM000000000001');
    expect(runAsUserWords('005SCN000000000009', userTriggered, { record: { Id: '005SCN000000000003' } })).toBe('005SCN000000000009');
    expect(runAsUserWords('mgr_lee', userTriggered, {})).toBe('mgr_lee');
    expect(runAsUserWords('$AutomatedProcessUser', userTriggered, {})).toBe('Automated Process User');
  });
});
