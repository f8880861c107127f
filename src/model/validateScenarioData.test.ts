import { describe, expect, it } from 'vitest';
import type { Orchestration } from './types';
import { describeProblems, orchestration, scenario } from './testing/fixtures';
import { validateScenario } from './validateScenario';

const onCase: Orchestration = orchestration({ trigger: { type: 'recordTriggered', object: 'Case' } });
const launched: Orchestration = orchestration({ variables: [{ name: 'recordId', type: 'Text', input: true }, { name: 'curUser', type: 'Record', object: 'User', input: true }, { name: 'count', type: 'Number' }] });

describe('validateScenario: records, the triggering record, the save and inputs', () => {
  it('accepts records by object, a triggering record, an update save and input values', () => {
    // given / when / then
    expect(validateScenario(scenario({
      records: { User: [{ Id: '005A', Username: 'a@example.com' }], Case: [{ Id: '500A' }] },
      record: { Id: '500A', Status: 'New' },
      save: { operation: 'update', prior: { Status: 'Draft' } },
    }), onCase)).toEqual([]);
    expect(validateScenario(scenario({ inputs: { recordId: '005A', curUser: { Id: '005A' } } }), launched)).toEqual([]);
  });

  it('refuses a startAt on a day that does not exist (JavaScript would start the run on 2 March), naming the day', () => {
    expect(describeProblems(validateScenario(scenario({ startAt: '2025-02-30T09:00:00Z' }), launched))).toEqual([
      'startAt: "2025-02-30T09:00:00Z" is not a date: February 2025 has 28 days',
    ]);
    expect(validateScenario(scenario({ startAt: '2024-02-29T09:00:00Z' }), launched)).toEqual([]);
  });

  it('refuses duplicate Ids, non-text Ids and object names that are not API names, at their paths', () => {
    const problems = describeProblems(validateScenario(scenario({
      records: { User: [{ Id: '005A' }, { Id: '005A' }], 'Bad Object': [{ Id: 5 }] },
    }), onCase));
    expect(problems).toEqual([
      // the other record as the scenario editor titles it, its path after it (docs/scenarios.md, chosen)
      'records.User[1].Id: the Id "005A" is already used by User 1 (records.User[0]): Ids are unique across the whole org',
      'records["Bad Object"]: "Bad Object" is not an object\'s API name (such as Case or Invoice__c)',
      'records["Bad Object"][0].Id: a record Id is text, such as "500000000000001AAA"',
    ]);
  });

  it('refuses a triggering record whose Id belongs to a record of another object', () => {
    expect(describeProblems(validateScenario(scenario({ records: { User: [{ Id: '005A' }] }, record: { Id: '005A' } }), onCase))).toEqual([
      'record.Id: the triggering record is a Case, but the Id "005A" belongs to User 1 (records.User[0])',
    ]);
  });

  it('refuses a triggering record and a save for an orchestration that is not record-triggered', () => {
    expect(describeProblems(validateScenario(scenario({ record: { Status: 'New' }, save: { operation: 'create' } }), launched))).toEqual([
      'record: this orchestration is not record-triggered, so it has no triggering record ($Record); put records it reads in "records"',
      'save: only a record-triggered orchestration starts with a record save; this one is launched directly',
    ]);
  });

  it('refuses values before the save for a created record', () => {
    expect(describeProblems(validateScenario(scenario({ save: { operation: 'create', prior: { Status: 'New' } } }), onCase))).toEqual([
      'save.prior: a created record has no values before the save: remove "prior" or make the save an update',
    ]);
  });

  it('checks inputs: only input variables, with values of their type', () => {
    expect(describeProblems(validateScenario(scenario({ inputs: { count: 3, recordId: 5, curUser: 'x' } }), launched))).toEqual([
      'inputs.count: "count" is not an input variable of this orchestration (available for input: recordId, curUser)',
      'inputs.recordId: recordId is a Text variable: give text, not 5',
      'inputs.curUser: curUser is a Record variable: give a record: an object of field values, not "x"',
    ]);
  });

  it('reports a structure problem in the save with its path', () => {
    expect(describeProblems(validateScenario({ format: 'stageflow.scenario', version: 1, save: { operation: 'delete' } }, onCase))[0]).toMatch(/^save\.operation: /);
  });
});
