import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

// A managed package's project: sfdx-project.json declares "namespace": "animalshelters", its files
// name objects and fields without the prefix, and its flows write the prefix on some names and not
// on others, as SalesforceLabs/AnimalShelterStarter's do (survey 8; written here, not copied)
const trigger = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Name_It</targetReference></connector><object>animalshelters__Animal__c</object><triggerType>RecordBeforeSave</triggerType><recordTriggerType>Create</recordTriggerType></start>
  <formulas><name>GeneratedName</name><dataType>String</dataType><expression>{!$Setup.animalshelters__Shelter_Settings__c.animalshelters__Name_Prefix__c} + '-' + {!$Record.Name} + '-' + {!$Record.animalshelters__Type__c}</expression></formulas>
  <assignments><name>Name_It</name><connector><targetReference>Tasks</targetReference></connector><assignmentItems><assignToReference>$Record.animalshelters__Animal_Name__c</assignToReference><operator>Assign</operator><value><elementReference>GeneratedName</elementReference></value></assignmentItems></assignments>
  <subflows><name>Tasks</name><flowName>animalshelters__Generate_Tasks</flowName><inputAssignments><name>animalName</name><value><elementReference>$Record.Animal_Name__c</elementReference></value></inputAssignments></subflows>
</Flow>`;
const subflow = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Make</targetReference></connector></start>
  <recordCreates><name>Make</name><inputAssignments><field>Subject</field><value><elementReference>animalName</elementReference></value></inputAssignments><object>Task</object></recordCreates>
  <variables><name>animalName</name><dataType>String</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput></variables>
</Flow>`;
const prefixField = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Name_Prefix__c</fullName><defaultValue>&quot;SH&quot;</defaultValue><label>Name Prefix</label><length>10</length><type>Text</type></CustomField>`;

const project = (sfdxProject: string) => memoryIo({
  'app/sfdx-project.json': sfdxProject,
  'app/force-app/main/default/flows/Name_Animal.flow-meta.xml': trigger,
  'app/force-app/main/default/flows/Generate_Tasks.flow-meta.xml': subflow,
  'app/force-app/main/default/objects/Shelter_Settings__c/fields/Name_Prefix__c.field-meta.xml': prefixField,
  'rec.json': '{ "Animal__c": [{ "Id": "a01000000000001AAA", "Name": "Rex", "Type__c": "Dog" }] }',
});
const run = ['app/force-app/main/default/flows/Name_Animal.flow-meta.xml', '--records', 'rec.json', '--record', 'a01000000000001AAA'];

describe('stageflow flow in a namespaced project', () => {
  it('names written with the project\'s own prefix (sfdx-project.json "namespace") are the project\'s: $Setup defaults, $Record fields, the trigger object, a subflow', async () => {
    // given
    const { io, out } = project('{ "packageDirectories": [{ "path": "force-app", "default": true }], "namespace": "animalshelters" }');
    // when
    const code = await main(run, io);
    // then
    expect(code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed).toMatchObject({ status: 'completed' });
    expect(printed.assignments).toEqual([expect.objectContaining({ element: 'Name_It', variable: '$Record.Animal_Name__c', value: 'SH-Rex-Dog' })]);
    expect(printed.recordChanges).toEqual([expect.objectContaining({ operation: 'create', object: 'Task', after: expect.objectContaining({ Subject: 'SH-Rex-Dog' }) })]);
    // the record given is of the object the flow is triggered on: no warning that it is not
    expect(out.stderr).not.toContain('warning: this is');
  });

  it('without a namespace the prefixed names stay what they are: the setting is not the project\'s', async () => {
    // given
    const { io, out } = project('{ "packageDirectories": [{ "path": "force-app", "default": true }] }');
    // when
    await main(run, io);
    // then
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'unsupported', unsupported: { message: expect.stringContaining('animalshelters__Shelter_Settings__c') } });
    expect(out.stderr).toContain('rec.json: Animal__c[0]: warning: --record a01000000000001AAA is an Animal__c record; the flow is triggered on animalshelters__Animal__c');
  });
});
