import { describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import { pathKeys, scenarioPlaceWords, scenarioProblemInWords } from './scenarioPlace';
import type { Orchestration, Scenario } from './types';
import { validateScenario } from './validateScenario';

const doc = onboarding as unknown as Orchestration;

describe('a scenario problem\'s place in the words of the Scenarios dialog', () => {
  it('a record of Other records of the org is named as its box titles it, the path after it (docs/scenarios.md, chosen)', () => {
    // given a scenario whose second User reuses the first one's Id
    const scenario: Scenario = { format: 'stageflow.scenario', version: 1, records: { User: [{ Id: '005A' }, { Id: '005A' }] } };
    const problem = validateScenario(scenario, doc).find((p) => p.path === 'records.User[1].Id')!;
    // when / then
    expect(scenarioProblemInWords(doc, problem)).toBe('Other records of the org, User 2 (records.User[1].Id): the Id "005A" is already used by User 1 (records.User[0]): Ids are unique across the whole org');
  });

  it('each box of the dialog by its title, and the row inside it: a step and a flow by label, an event and an expectation by number', () => {
    expect(scenarioPlaceWords(doc, 'steps.Buddy.outcome')).toBe('Step behaviour, step “Assign buddy”');
    expect(scenarioPlaceWords(doc, 'steps.Buddy.screenValues.answer')).toBe('Screen answers, step “Assign buddy”');
    expect(scenarioPlaceWords(doc, 'steps.Nope')).toBe('Step behaviour, step “Nope”');
    expect(scenarioPlaceWords(doc, 'evaluationFlows.Hire_Confirmed')).toBe('Evaluation flow results, flow “Hire confirmed?”');
    expect(scenarioPlaceWords(doc, 'events[2].step')).toBe('Timed events, event 3');
    expect(scenarioPlaceWords(doc, 'expectations[0].status')).toBe('Expected outcome, expectation 1');
    expect(scenarioPlaceWords(doc, 'record.Id')).toBe('Triggering record ($Record)');
    expect(scenarioPlaceWords(doc, 'save.prior.Status')).toBe('Triggering record ($Record), Before the update ($Record__Prior)');
    expect(scenarioPlaceWords(doc, 'inputs.hire')).toBe('Launch, input hire');
    expect(scenarioPlaceWords(doc, 'startAt')).toBe('Launch, The run starts at (UTC)');
    expect(scenarioPlaceWords(doc, 'limits.maxTimeMs')).toBe('Launch, Time limit');
    expect(scenarioPlaceWords(doc, 'actions.Send_Email.fault')).toBe('Actions the flows call, Send_Email');
    expect(scenarioPlaceWords(doc, 'records["My Object"][0]')).toBe('Other records of the org, My Object 1');
  });

  it('the whole scenario is "The scenario"; a key the dialog has no box for keeps its path alone', () => {
    expect(scenarioProblemInWords(doc, { path: '', message: 'not a scenario' })).toBe('The scenario: not a scenario');
    expect(scenarioProblemInWords(doc, { path: 'colour', message: 'unknown field' })).toBe('colour: unknown field');
  });

  it('reads a path\'s keys, quoted ones included', () => {
    expect(pathKeys('records.User[1].Id')).toEqual(['records', 'User', 1, 'Id']);
    expect(pathKeys('steps["a.b"].outcome')).toEqual(['steps', 'a.b', 'outcome']);
  });
});
