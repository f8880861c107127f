/**
 * A scenario's record of an object that no orchestration reads and no flow creates holds `false` in
 * each stored Checkbox the project declares on it, as `stageflow flow` fills in its `--records`'
 * objects (docs/projects.md): `stageflow test` on CrateIntake with a scenario giving a Lid__c record
 * without Tight__c, and Lid__c's field file beside the project's.
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as test } from './test';

const SCENARIO = 'p/force-app/main/default/flows/Crate_Intake.scenarios/new-depot.json';
const TIGHT = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Tight__c</fullName>
    <defaultValue>false</defaultValue>
    <label>Tight</label>
    <type>Checkbox</type>
</CustomField>
`;

describe('stageflow test on a project: a scenario record\'s stored Checkbox the project declares', () => {
  it('Lid__c, an object only the scenario gives records of: Tight__c omitted is false at the run\'s end', async () => {
    // given
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'the lid given without Tight__c', record: { Id: 'a01SIM000000000101', Name: 'North' },
      records: { Lid__c: [{ Name: 'Top' }] },
      expectations: [{ kind: 'recordField', object: 'Lid__c', where: { Name: 'Top' }, field: 'Tight__c', value: false }] };
    const { io, out } = memoryIo({ ...filesUnder('p', crateIntakeFiles()), [SCENARIO]: JSON.stringify(scenario), 'p/force-app/main/default/objects/Lid__c/fields/Tight__c.field-meta.xml': TIGHT });
    // when
    const code = await test(['p'], io);
    // then
    expect([code, out.stdout]).toEqual([0, expect.stringMatching(/the lid given without Tight__c/)]);
  });
});
