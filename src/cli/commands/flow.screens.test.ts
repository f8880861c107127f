import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

describe('stageflow flow --screens', () => {
  it('--screens: an answer to a field a visibility rule hid is not taken, and a warning says so', async () => {
    // given a screen whose Reason box is shown only when closing
    const screenFlow = `<Flow><processType>Flow</processType><status>Active</status>
  <start><connector><targetReference>Ask</targetReference></connector></start>
  <screens><name>Ask</name><connector><targetReference>Copy</targetReference></connector>
    <fields><name>Close_It</name><dataType>Boolean</dataType><fieldType>InputField</fieldType><isRequired>false</isRequired></fields>
    <fields><name>Reason</name><fieldType>LargeTextArea</fieldType><isRequired>true</isRequired>
      <visibilityRule><conditionLogic>and</conditionLogic><conditions><leftValueReference>Close_It</leftValueReference><operator>EqualTo</operator><rightValue><booleanValue>true</booleanValue></rightValue></conditions></visibilityRule></fields></screens>
  <assignments><name>Copy</name><assignmentItems><assignToReference>reason</assignToReference><operator>Assign</operator><value><elementReference>Reason</elementReference></value></assignmentItems></assignments>
  <variables><name>reason</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
    // and a flow that shows it as a subflow
    const caller = `<Flow><processType>Flow</processType><status>Active</status>
  <start><connector><targetReference>Call</targetReference></connector></start>
  <subflows><name>Call</name><flowName>Ask</flowName></subflows>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Ask.flow-meta.xml': screenFlow, 'f/Caller.flow-meta.xml': caller, 'open.json': '{ "Close_It": false, "Reason": "typed anyway" }' });
    // when
    const code = await main(['f/Ask.flow-meta.xml', '--screens', 'open.json'], io);
    const run = JSON.parse(out.stdout);
    const direct = out.stderr;
    out.stderr = '';
    await main(['f/Caller.flow-meta.xml', '--screens', 'open.json'], io);
    // then
    expect(code).toBe(0);
    expect(run.outputs).toEqual({ reason: null });
    expect(direct).toBe('open.json: Reason: warning: not taken: screen Ask hid this field (a visibility rule), so it holds null\n');
    expect(out.stderr).toContain('open.json: Reason: warning: not taken: screen Call/Ask hid this field (a visibility rule), so it holds null\n');
  });

  it('--screens gives a screen flow the values entered on its screens; a field its screens lack is a warning (a subflow\'s screen may have it)', async () => {
    // given a screen flow whose decision reads a checkbox
    const screenFlow = `<Flow><processType>Flow</processType><status>Active</status>
  <start><connector><targetReference>Ask</targetReference></connector></start>
  <screens><name>Ask</name><connector><targetReference>Copy</targetReference></connector>
    <fields><name>Close_It</name><dataType>Boolean</dataType><fieldText>Close it?</fieldText><fieldType>InputField</fieldType><isRequired>false</isRequired></fields></screens>
  <assignments><name>Copy</name><assignmentItems><assignToReference>closing</assignToReference><operator>Assign</operator><value><elementReference>Close_It</elementReference></value></assignmentItems></assignments>
  <variables><name>closing</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Ask.flow-meta.xml': screenFlow, 'ticked.json': '{ "close_it": true }', 'typo.json': '{ "Close": true }' });
    // when
    const ticked = await main(['f/Ask.flow-meta.xml', '--screens', 'ticked.json'], io);
    const tickedRun = JSON.parse(out.stdout);
    out.stdout = '';
    const untouched = await main(['f/Ask.flow-meta.xml'], io);
    const untouchedRun = JSON.parse(out.stdout);
    const typo = await main(['f/Ask.flow-meta.xml', '--screens', 'typo.json'], io);
    // then: ticked is true; left alone, an unrequired checkbox is false; a name no screen has is said
    expect([ticked, untouched, typo]).toEqual([0, 0, 0]);
    expect(tickedRun.outputs).toEqual({ closing: true });
    expect(untouchedRun.outputs).toEqual({ closing: false });
    expect(out.stderr).toBe('typo.json: Close: warning: no screen of this flow has a field of this name (it is used if a subflow\'s screen has one)\n');
  });

  it('--screens: a Repeater\'s child field answered at the top level is a warning saying to answer it in the Repeater\'s list of items (it is not taken)', async () => {
    // given a screen whose Repeater of tasks holds a Subject box
    const repeaterFlow = `<Flow><processType>Flow</processType><status>Active</status>
  <start><connector><targetReference>Tasks</targetReference></connector></start>
  <screens><name>Tasks</name><connector><targetReference>Count</targetReference></connector>
    <fields><name>TaskRepeater</name><fieldType>Repeater</fieldType>
      <fields><name>Subject</name><dataType>String</dataType><fieldType>InputField</fieldType><isRequired>false</isRequired></fields></fields></screens>
  <assignments><name>Count</name><assignmentItems><assignToReference>items</assignToReference><operator>Assign</operator><value><elementReference>TaskRepeater.AllItems</elementReference></value></assignmentItems></assignments>
  <variables><name>items</name><dataType>Apex</dataType><isCollection>true</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Tasks.flow-meta.xml': repeaterFlow, 'flat.json': '{ "Subject": "Call back" }', 'nested.json': '{ "TaskRepeater": [{ "Subject": "Call back" }] }' });
    // when
    const flat = await main(['f/Tasks.flow-meta.xml', '--screens', 'flat.json'], io);
    const flatRun = JSON.parse(out.stdout);
    const flatWarnings = out.stderr;
    out.stdout = '';
    out.stderr = '';
    const nested = await main(['f/Tasks.flow-meta.xml', '--screens', 'nested.json'], io);
    // then: the flat answer is not the item's; nested, it is, and nothing is said
    expect([flat, nested]).toEqual([0, 0]);
    expect(flatRun.outputs.items).toEqual([{ Subject: null }]);
    expect(flatWarnings).toBe('flat.json: Subject: warning: not taken: this field is inside screen Tasks\'s Repeater TaskRepeater; answer it in each item of the Repeater\'s list (TaskRepeater: [{ "Subject": … }])\n');
    expect(JSON.parse(out.stdout).outputs.items).toEqual([{ Subject: 'Call back' }]);
    expect(out.stderr).toBe('');
  });

  it('--screens: a name in a Repeater\'s items that none of its children has is one warning naming the Repeater and the items that give it', async () => {
    // given the Repeater of tasks above, answered with a misspelt Subject in items 1 and 3
    const repeaterFlow = `<Flow><processType>Flow</processType><status>Active</status>
  <start><connector><targetReference>Tasks</targetReference></connector></start>
  <screens><name>Tasks</name>
    <fields><name>TaskRepeater</name><fieldType>Repeater</fieldType>
      <fields><name>Subject</name><dataType>String</dataType><fieldType>InputField</fieldType><isRequired>false</isRequired></fields></fields></screens>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Tasks.flow-meta.xml': repeaterFlow, 'typo.json': '{ "TaskRepeater": [{ "Subjet": "Call" }, { "subject": "Email" }, { "Subjet": "Visit" }] }' });
    // when
    const code = await main(['f/Tasks.flow-meta.xml', '--screens', 'typo.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toBe('typo.json: TaskRepeater: Subjet: warning: not taken: the Repeater TaskRepeater has no field of this name (given in items 1, 3)\n');
  });
});
