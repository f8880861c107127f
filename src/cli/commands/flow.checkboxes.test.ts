/**
 * `stageflow flow`: a record of --records given without a Checkbox field the project declares holds
 * false, as in Salesforce, which never stores null in a Checkbox. Survey 17: triggers that test
 * `Skip_Automation__c EqualTo false` read an omitted field as null and took the "skip" path. The
 * project below is written anew, names ours.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const trigger = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Not_Skipped</targetReference></connector><object>Lead</object><recordTriggerType>Create</recordTriggerType><triggerType>RecordAfterSave</triggerType></start>
  <decisions><name>Not_Skipped</name><defaultConnector><targetReference>Say_Skipped</targetReference></defaultConnector>
    <rules><name>Runs</name><conditionLogic>and</conditionLogic>
      <conditions><leftValueReference>$Record.Skip_Automation__c</leftValueReference><operator>EqualTo</operator><rightValue><booleanValue>false</booleanValue></rightValue></conditions>
      <connector><targetReference>Say_Ran</targetReference></connector></rules></decisions>
  <assignments><name>Say_Ran</name><assignmentItems><assignToReference>result</assignToReference><operator>Assign</operator><value><stringValue>ran</stringValue></value></assignmentItems></assignments>
  <assignments><name>Say_Skipped</name><assignmentItems><assignToReference>result</assignToReference><operator>Assign</operator><value><stringValue>skipped</stringValue></value></assignmentItems></assignments>
  <variables><name>result</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
const checkbox = `<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Skip_Automation__c</fullName><defaultValue>false</defaultValue><label>Skip automation</label><type>Checkbox</type></CustomField>`;
const text = `<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Nickname__c</fullName><label>Nickname</label><type>Text</type></CustomField>`;
const project = (records: object) => ({
  'p/flows/Lead_Welcome.flow-meta.xml': trigger,
  'p/objects/Lead/fields/Skip_Automation__c.field-meta.xml': checkbox,
  'p/objects/Lead/fields/Nickname__c.field-meta.xml': text,
  'rec.json': JSON.stringify(records),
});

describe('stageflow flow: a Checkbox field a record was given without', () => {
  it('Checkbox: a field the project declares a Checkbox, omitted from the --records record, is false (the decision takes the "not skipped" outcome)', async () => {
    const { io, out } = memoryIo(project({ Lead: [{ Id: '00QS17000000001AAA', LastName: 'Okafor' }] }));
    expect(await main(['p/flows/Lead_Welcome.flow-meta.xml', '--records', 'rec.json', '--record', '00QS17000000001AAA'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { result: 'ran' } });
  });

  it('Checkbox: a value given is kept, and a field of another type omitted stays null', async () => {
    const { io, out } = memoryIo(project({ Lead: [{ Id: '00QS17000000001AAA', skip_automation__c: true }] }));
    await main(['p/flows/Lead_Welcome.flow-meta.xml', '--records', 'rec.json', '--record', '00QS17000000001AAA'], io);
    expect(JSON.parse(out.stdout).outputs).toEqual({ result: 'skipped' });
    const { io: io2, out: out2 } = memoryIo({ ...project({ Lead: [{ Id: '00QS17000000001AAA' }] }), 'p/flows/Lead_Welcome.flow-meta.xml': trigger.replace('Skip_Automation__c</leftValueReference><operator>EqualTo</operator><rightValue><booleanValue>false</booleanValue>', 'Nickname__c</leftValueReference><operator>IsNull</operator><rightValue><booleanValue>true</booleanValue>') });
    await main(['p/flows/Lead_Welcome.flow-meta.xml', '--records', 'rec.json', '--record', '00QS17000000001AAA'], io2);
    expect(JSON.parse(out2.stdout).outputs).toEqual({ result: 'ran' });
  });

  it('Checkbox: a formula Checkbox (<formula>) is computed, not stored, so a record given without it is not filled in (it stays null)', async () => {
    const formula = checkbox.replace('<defaultValue>false</defaultValue>', '<formula>ISBLANK(Company)</formula>');
    const { io, out } = memoryIo({ ...project({ Lead: [{ Id: '00QS17000000001AAA' }] }), 'p/objects/Lead/fields/Skip_Automation__c.field-meta.xml': formula });
    await main(['p/flows/Lead_Welcome.flow-meta.xml', '--records', 'rec.json', '--record', '00QS17000000001AAA'], io);
    expect(JSON.parse(out.stdout).outputs).toEqual({ result: 'skipped' });
  });
});

describe('stageflow flow: an object field file that cannot be read', () => {
  it('is one warning in the shape FORMAT.md §5 gives, "<file>: <line>:<col>: warning: …", as validate and simulate print it', async () => {
    // given the Nickname field's file broken at its second line
    const broken = text.replace('<label>', '\n<<oops/><label>');
    const { io, out } = memoryIo({ ...project({ Lead: [{ Id: '00QS17000000001AAA' }] }), 'p/objects/Lead/fields/Nickname__c.field-meta.xml': broken });
    // when
    await main(['p/flows/Lead_Welcome.flow-meta.xml', '--records', 'rec.json', '--record', '00QS17000000001AAA'], io);
    // then
    const lines = out.stderr.split('\n').filter((line) => line.startsWith('p/objects/Lead/fields/Nickname__c.field-meta.xml'));
    expect(lines).toEqual([expect.stringMatching(/^p\/objects\/Lead\/fields\/Nickname__c\.field-meta\.xml: 2:\d+: warning: /)]);
  });
});
