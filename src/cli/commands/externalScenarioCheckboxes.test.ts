/**
 * A scenario from outside the project (a stageflow.config.json's `scenarios`) giving a record of an
 * object no pass of the project's reading read — no orchestration reads Lid__c, no flow of
 * CrateIntake creates it, no scenario file of the project gives one: its stored Checkbox omitted
 * holds false, its field files read when the scenario runs (io/project/scenarioCheckboxes.ts).
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles, customFieldXml } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as test } from './test';

const field = customFieldXml;

const LID = 'p/force-app/main/default/objects/Lid__c/fields';

describe('stageflow test: a scenario outside the project giving records of an object the project\'s reading did not read', () => {
  it('Lid__c\'s stored Checkbox omitted is false at the run\'s end (its Text field beside it is no Checkbox)', async () => {
    // given
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'a lid from outside', record: { Id: 'a01SIM000000000101', Name: 'North' },
      records: { Lid__c: [{ Name: 'Top' }] },
      expectations: [{ kind: 'recordField', object: 'Lid__c', where: { Name: 'Top' }, field: 'Tight__c', value: false }] };
    const config = { tests: [{ project: 'p', orchestration: 'Crate_Intake', scenarios: ['tests/lid.json'] }] };
    const { io, out } = memoryIo({
      ...filesUnder('p', crateIntakeFiles()),
      [`${LID}/Tight__c.field-meta.xml`]: field('Tight__c', 'Checkbox'),
      [`${LID}/Colour__c.field-meta.xml`]: field('Colour__c', 'Text'),
      'tests/lid.json': JSON.stringify(scenario),
      'stageflow.config.json': JSON.stringify(config),
    });
    // when
    const code = await test([], io);
    // then
    expect([code, out.stderr, out.stdout]).toEqual([0, '', expect.stringMatching(/a lid from outside/)]);
  });
});
