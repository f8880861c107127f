import { describe, expect, it } from 'vitest';
import { FlowDefinition } from '../../flows/definition';
import { flowFixture, flowFixtures } from './fixtures';
import { resumeFlow, runFlow } from '../../flows/interpreter';
import { MAX_FLOW_ELEMENTS, readFlowDefinition } from './readFlowDefinition';
import { definitionOf, flowText } from './testing/flowText';

const flow = flowText;

describe('readFlowDefinition on real files', () => {
  it('reads every fixture into a definition that its own schema accepts and that survives JSON', () => {
    for (const fixture of [...flowFixtures('DeactivateUser'), ...flowFixtures('OrchestratorResources')]) {
      // given / when
      const definition = definitionOf(fixture.text);
      // then
      expect(FlowDefinition.safeParse(definition).success, fixture.path).toBe(true);
      expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
    }
  });

  it('reads a Get Records element: object, filter, first record, stored automatically, and its connector', () => {
    // given / when
    const definition = definitionOf(flowFixture('DeactivateUser', 'Load_User').text);
    // then
    expect(definition.start.connector).toBe('Load_User');
    expect(definition.elements.Load_User).toMatchObject({
      kind: 'recordLookup', object: 'User', filterLogic: 'and', getFirstRecordOnly: true, storeOutputAutomatically: true,
      filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }], connector: 'Make_User_Available_to_Orchestration',
    });
    expect(definition.elements.Make_User_Available_to_Orchestration).toMatchObject({
      kind: 'assignment', items: [{ ref: 'curUser', operator: 'Assign', value: { ref: 'Load_User' } }],
    });
  });

  it('reads a decision rule with its conditions, typed right values and default outcome label', () => {
    // given / when
    const definition = definitionOf(flowFixture('DeactivateUser', 'Evaluate_Stage_for_Completion').text);
    // then
    expect(definition.processType).toBe('EvaluationFlow');
    expect(definition.elements.Should_Stage_Be_Marked_Complete).toMatchObject({
      kind: 'decision', defaultLabel: 'No',
      rules: [{ name: 'Yes', logic: 'and', connector: 'Set_Completion_to_True', conditions: [
        { left: 'DidWaitingPeriodElapse', operator: 'EqualTo', right: { ref: 'DidWaitingPeriodElapse' } },
        { left: 'DidUserRespondToMessage', operator: 'EqualTo', right: { boolean: false } },
      ] }],
    });
  });

  it('reads a wait element: an AlarmEvent with its base time, offset and unit', () => {
    // given / when
    const definition = definitionOf(flowFixture('DeactivateUser', 'Wait_3_Days').text);
    // then
    expect(definition.elements.Wait_3_Days).toMatchObject({
      kind: 'wait', events: [{ name: 'configWait_3_Days', eventType: 'AlarmEvent', connector: 'Set_WaitingPeriodElapsed_to_True', inputParameters: [
        { name: 'AlarmTime', value: { ref: '$Flow.InterviewStartTime' } },
        { name: 'TimeOffset', value: { number: 3 } },
        { name: 'TimeOffsetUnit', value: { string: 'Days' } },
      ] }],
    });
  });

  it('reads a "Wait for Amount of Time" element (WaitDuration) whose event has no <name>, as Flow Builder saves it, and runs it: waiting 10 minutes, then its connector', () => {
    // given: the shape Flow Builder (API 61) saves: one waitEvents with a label, an offset and a connector, no name
    const text = flow(`<apiVersion>61.0</apiVersion><processType>AutoLaunchedFlow</processType><status>Active</status>
      <start><connector><targetReference>Wait_10_Minutes</targetReference></connector></start>
      <variables><name>done</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
      <assignments><name>Mark_Done</name><label>Mark Done</label><assignmentItems><assignToReference>done</assignToReference><operator>Assign</operator><value><booleanValue>true</booleanValue></value></assignmentItems></assignments>
      <waits><name>Wait_10_Minutes</name><elementSubtype>WaitDuration</elementSubtype><label>Wait 10 Minutes</label><defaultConnectorLabel>Default Path</defaultConnectorLabel>
        <waitEvents><conditionLogic>and</conditionLogic><connector><targetReference>Mark_Done</targetReference></connector><label>el_0</label><offset>10</offset><offsetUnit>Minutes</offsetUnit></waitEvents>
      </waits>`);
    // when
    const definition = definitionOf(text);
    const first = runFlow(definition, { now: 0 }).run;
    const later = first.waiting ? resumeFlow(definition, first.waiting.state, { now: first.waiting.until! }).run : undefined;
    // then: no name is made up in the definition; the run calls the event by its label
    expect(definition.elements.Wait_10_Minutes).toMatchObject({ kind: 'wait', subtype: 'WaitDuration', events: [{ label: 'el_0', offset: 10, offsetUnit: 'Minutes', connector: 'Mark_Done' }] });
    expect(definition.elements.Wait_10_Minutes).not.toHaveProperty('events.0.name');
    expect(first).toMatchObject({ status: 'waiting', waiting: { element: 'Wait_10_Minutes', until: 600_000 } });
    expect(later).toMatchObject({ status: 'completed', outputs: { done: true } });
    expect(later?.path).toContainEqual({ element: 'Wait_10_Minutes', kind: 'wait', outcome: 'el_0' });
  });

  it('a wait event that has a <name> still needs a valid one', () => {
    // given
    const text = flow(`<processType>AutoLaunchedFlow</processType><waits><name>W</name><waitEvents><name>__proto__</name><eventType>AlarmEvent</eventType></waitEvents></waits>`);
    // when
    const read = readFlowDefinition(text);
    // then
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`)).toContain('waits[0].waitEvents[0].name: "__proto__" is not a valid API name');
  });

  it('reads a loop, an action with outputs, Update Records by reference and a scheduled start', () => {
    // given / when
    const definition = definitionOf(flowFixture('OrchestratorResources', 'Scheduled_Recommendations').text);
    // then
    expect(definition.start).toMatchObject({ connector: 'Get_Accounts', triggerType: 'Scheduled' });
    expect(definition.elements.Check_Each_Account).toMatchObject({ kind: 'loop', collection: 'Get_Accounts', order: 'Asc', nextValue: 'Execute_NBA', noMoreValues: 'Update_Accounts' });
    expect(definition.elements.Execute_NBA).toMatchObject({ kind: 'actionCall', actionName: 'ExecuteNBAStrategy', actionType: 'apex', outputParameters: [{ name: 'curRecs', ref: 'recommendationResponseData' }, { name: 'recCount', ref: 'recCount' }] });
    expect(definition.elements.Update_Accounts).toMatchObject({ kind: 'recordUpdate', inputReference: 'ModifiedAccountList' });
    expect(definition.variables.find((v) => v.name === 'ModifiedAccountList')).toEqual({ name: 'ModifiedAccountList', dataType: 'SObject', objectType: 'Account', isCollection: true, isInput: false, isOutput: true });
  });

  it('reads a subflow with its input assignments, Create Records and screen fields', () => {
    // given / when
    const order = definitionOf(flowFixture('OrchestratorResources', 'OrderManager').text);
    const ask = definitionOf(flowFixture('DeactivateUser', 'Ask_About_User_Account').text);
    // then
    expect(order.elements.Initialize_Products).toMatchObject({ kind: 'subflow', flowName: 'Initialize_Products' });
    expect(Object.values(order.elements).filter((e) => e.kind === 'recordCreate')).toHaveLength(2);
    const screen = ask.elements.Account_Deactivation_Warning;
    expect(screen?.kind).toBe('screen');
    if (screen?.kind === 'screen') expect(screen.fields.map((f) => [f.name, f.fieldType, f.dataType])).toEqual([['dispInactive', 'DisplayText', undefined], ['Keep_Account_Active', 'InputField', 'Boolean']]);
    expect(ask.choices.length).toBe(3);
  });

  it('keeps an orchestration\'s stages as unsupported elements, named', () => {
    // given / when
    const definition = definitionOf(flowFixture('DeactivateUser', 'sampleautoorch').text);
    // then
    expect(definition.elements.Stage_1).toMatchObject({ kind: 'unsupported', tag: 'orchestratedStages' });
  });
});

describe('readFlowDefinition: a collection filter written as a formula', () => {
  it('collectionProcessors: reads the formula (entities decoded) and the interpreter runs it on each item', () => {
    // given: the shape Flow Builder writes for "Formula Evaluates to True"
    const text = flow(`<apiVersion>60.0</apiVersion>
    <collectionProcessors>
        <name>Big_Deals</name>
        <elementSubtype>FilterCollectionProcessor</elementSubtype>
        <label>Big Deals</label>
        <locationX>176</locationX>
        <locationY>242</locationY>
        <assignNextValueToReference>currentItem_Big_Deals</assignNextValueToReference>
        <collectionProcessorType>FilterCollectionProcessor</collectionProcessorType>
        <collectionReference>deals</collectionReference>
        <conditionLogic>formula_evaluates_to_true</conditionLogic>
        <formula>{!currentItem_Big_Deals.Amount} &gt;= {!threshold} &amp;&amp; NOT(ISPICKVAL({!currentItem_Big_Deals.StageName}, &apos;Closed Lost&apos;))</formula>
        <connector><targetReference>Keep</targetReference></connector>
    </collectionProcessors>
    <assignments>
        <name>Keep</name>
        <label>Keep</label>
        <locationX>176</locationX>
        <locationY>350</locationY>
        <assignmentItems><assignToReference>kept</assignToReference><operator>Assign</operator><value><elementReference>Big_Deals</elementReference></value></assignmentItems>
    </assignments>
    <label>Filter by formula</label>
    <processType>AutoLaunchedFlow</processType>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Big_Deals</targetReference></connector></start>
    <status>Active</status>
    <variables><name>deals</name><dataType>SObject</dataType><isCollection>true</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Opportunity</objectType></variables>
    <variables><name>kept</name><dataType>SObject</dataType><isCollection>true</isCollection><isInput>false</isInput><isOutput>true</isOutput><objectType>Opportunity</objectType></variables>
    <variables><name>threshold</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><scale>2</scale></variables>`);
    // when
    const definition = definitionOf(text);
    const deals = [{ Name: 'A', Amount: 5000, StageName: 'Prospecting' }, { Name: 'B', Amount: 90000, StageName: 'Closed Lost' }, { Name: 'C', Amount: 70000, StageName: 'Negotiation' }];
    const { run } = runFlow(definition, { inputs: { deals, threshold: 10000 } });
    // then
    expect(definition.elements.Big_Deals).toMatchObject({ kind: 'collectionProcessor', conditionLogic: 'formula_evaluates_to_true', conditions: [],
      formula: "{!currentItem_Big_Deals.Amount} >= {!threshold} && NOT(ISPICKVAL({!currentItem_Big_Deals.StageName}, 'Closed Lost'))" });
    expect(run.status).toBe('completed');
    expect((run.outputs.kept as { Name: string }[]).map((d) => d.Name)).toEqual(['C']);
  });
});

describe('readFlowDefinition: Custom Error and Roll Back Records', () => {
  it('customErrors and recordRollbacks: read with their messages and connector, and run', () => {
    // given: a fault path that rolls back, then refuses with a custom error
    const text = flow(`<apiVersion>61.0</apiVersion>
    <customErrors>
        <name>Refuse</name>
        <label>Refuse</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <customErrorMessages>
            <errorMessage>Amount must be positive, not {!amount}.</errorMessage>
            <fieldSelection>Amount</fieldSelection>
            <isFieldError>true</isFieldError>
        </customErrorMessages>
    </customErrors>
    <decisions>
        <name>Negative</name>
        <label>Negative?</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <defaultConnectorLabel>Default Outcome</defaultConnectorLabel>
        <rules>
            <name>Yes</name>
            <conditionLogic>and</conditionLogic>
            <conditions><leftValueReference>amount</leftValueReference><operator>LessThan</operator><rightValue><numberValue>0</numberValue></rightValue></conditions>
            <connector><targetReference>Undo_Changes</targetReference></connector>
            <label>Yes</label>
        </rules>
    </decisions>
    <label>Refuse negative</label>
    <processType>AutoLaunchedFlow</processType>
    <recordRollbacks>
        <name>Undo_Changes</name>
        <label>Undo Changes</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector><targetReference>Refuse</targetReference></connector>
    </recordRollbacks>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Negative</targetReference></connector></start>
    <status>Active</status>
    <variables><name>amount</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><scale>0</scale></variables>`);
    // when
    const definition = definitionOf(text);
    // then
    expect(definition.elements.Refuse).toEqual({ kind: 'customError', name: 'Refuse', label: 'Refuse', messages: [{ message: 'Amount must be positive, not {!amount}.', isFieldError: true, field: 'Amount' }] });
    expect(definition.elements.Undo_Changes).toEqual({ kind: 'recordRollback', name: 'Undo_Changes', label: 'Undo Changes', connector: 'Refuse' });
    expect(runFlow(definition, { inputs: { amount: -5 } }).run.fault).toEqual({ message: 'Refuse: Amount: Amount must be positive, not -5.', element: 'Refuse' });
    expect(runFlow(definition, { inputs: { amount: 5 } }).run.status).toBe('completed');
  });
});

describe('readFlowDefinition: a record-triggered start', () => {
  it('start: reads the entry conditions and "only when a record is updated to meet them" (doesRequireRecordChangedToMeetCriteria)', () => {
    // given
    const text = flow(`<processType>AutoLaunchedFlow</processType>
    <start><locationX>50</locationX><locationY>0</locationY><doesRequireRecordChangedToMeetCriteria>true</doesRequireRecordChangedToMeetCriteria>
        <filterLogic>and</filterLogic><filters><field>Status</field><operator>EqualTo</operator><value><stringValue>Closed</stringValue></value></filters>
        <object>Case</object><recordTriggerType>Update</recordTriggerType><triggerType>RecordAfterSave</triggerType></start>
    <status>Active</status>`);
    // when / then
    expect(definitionOf(text).start).toEqual({ object: 'Case', triggerType: 'RecordAfterSave', recordTriggerType: 'Update', filterLogic: 'and',
      filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'Closed' } }], requireChangeToMeet: true });
  });
});

describe('readFlowDefinition on bad files', () => {
  it('malformed XML is reported at line:col', () => {
    // given / when
    const read = readFlowDefinition('<Flow>\n  <processType>Flow</processType>\n  <label>x</lab>\n</Flow>');
    // then
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ line: 3 });
  });

  it('a root other than <Flow> is refused', () => {
    // given / when
    const read = readFlowDefinition('<CustomObject><label>x</label></CustomObject>');
    // then
    expect(read).toEqual({ ok: false, problems: [{ path: 'CustomObject', message: expect.stringContaining('not Flow metadata') }] });
  });

  it('a missing processType is reported at its path', () => {
    // given / when
    const read = readFlowDefinition(flow('<label>x</label>'));
    // then
    expect(!read.ok && read.problems).toEqual([{ path: 'processType', message: expect.stringContaining('processType is missing') }]);
  });

  it('an element without a name, a duplicate name and a dangling connector are each reported with a path', () => {
    // given
    const body = `<processType>AutoLaunchedFlow</processType>
      <assignments><label>no name</label></assignments>`;
    const dup = `<processType>AutoLaunchedFlow</processType>
      <assignments><name>A</name></assignments><decisions><name>a</name></decisions>`;
    const dangling = `<processType>AutoLaunchedFlow</processType><start><connector><targetReference>Nowhere</targetReference></connector></start>
      <assignments><name>A</name><connector><targetReference>B</targetReference></connector></assignments>`;
    // when
    const [noName, twice, nowhere] = [body, dup, dangling].map((b) => readFlowDefinition(flow(b)));
    // then
    expect(!noName!.ok && noName!.problems).toEqual([{ path: 'assignments[0].name', message: 'name is missing' }]);
    expect(!twice!.ok && twice!.problems).toEqual([{ path: 'elements[a].name', message: '"a" is also the name of elements[A]' }]);
    expect(!nowhere!.ok && nowhere!.problems.map((p) => p.path)).toEqual(['start.connector', 'elements[A]']);
  });

  it('a prototype name as an element name is refused, never used as a key', () => {
    // given / when
    const read = readFlowDefinition(flow('<processType>AutoLaunchedFlow</processType><assignments><name>__proto__</name></assignments>'));
    // then
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toEqual({ path: 'assignments[0].name', message: '"__proto__" is not a valid API name' });
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('a prototype name as a record field (Create Records, Get Records outputs, a Transform target field) is refused, never a key of a record', () => {
    // given fields that would be keys of the record the element builds
    const read = readFlowDefinition(flow(`<processType>AutoLaunchedFlow</processType>
      <recordCreates><name>Make</name><object>Account</object><inputAssignments><field>__proto__</field><value><stringValue>x</stringValue></value></inputAssignments></recordCreates>
      <recordLookups><name>Get</name><object>Account</object><outputAssignments><assignToReference>v</assignToReference><field>constructor</field></outputAssignments></recordLookups>
      <transforms><name>T</name><dataType>SObject</dataType><isCollection>false</isCollection><objectType>Account</objectType><transformValues><transformValueActions><outputFieldApiName>prototype</outputFieldApiName><transformType>Map</transformType><value><stringValue>z</stringValue></value></transformValueActions></transformValues></transforms>`));
    // then each is named where it is written
    expect(read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'recordCreates[0].inputAssignments[0].field: "__proto__" is not a valid API name',
      'recordLookups[0].outputAssignments[0].field: "constructor" is not a valid API name',
      'transforms[0].transformValues[0].transformValueActions[0].outputFieldApiName: "prototype" is not a valid API name',
    ]);
  });

  it('a connector given twice is reported at the element, never guessed (which one a run took would change the flow)', () => {
    // given / when: an update with two <connector>, a decision rule with two
    const read = readFlowDefinition(flow(`<processType>AutoLaunchedFlow</processType>
      <assignments><name>A</name></assignments><assignments><name>B</name></assignments>
      <recordUpdates><name>U</name><object>Case</object><connector><targetReference>A</targetReference></connector><connector><targetReference>B</targetReference></connector></recordUpdates>
      <decisions><name>D</name><rules><name>R</name><connector><targetReference>A</targetReference></connector><connector><targetReference>B</targetReference></connector></rules></decisions>`));
    // then
    expect(!read.ok && read.problems).toEqual([
      { path: 'recordUpdates[0].connector', message: '<connector> is given 2 times; it goes to one element' },
      { path: 'decisions[0].rules[0].connector', message: '<connector> is given 2 times; it goes to one element' },
    ]);
  });

  it('a wrong boolean or number is reported at its field', () => {
    // given / when
    const read = readFlowDefinition(flow(`<processType>AutoLaunchedFlow</processType><apiVersion>sixty</apiVersion>
      <recordLookups><name>G</name><object>Case</object><getFirstRecordOnly>yes</getFirstRecordOnly></recordLookups>`));
    // then
    expect(!read.ok && read.problems).toEqual([
      { path: 'apiVersion', message: '"sixty" is not a number' },
      { path: 'recordLookups[0].getFirstRecordOnly', message: '"yes" is not true or false' },
    ]);
  });

  it(`more than ${MAX_FLOW_ELEMENTS} elements are refused`, () => {
    // given
    const many = Array.from({ length: MAX_FLOW_ELEMENTS + 1 }, (_, i) => `<assignments><name>A${i}</name></assignments>`).join('');
    // when
    const read = readFlowDefinition(flow(`<processType>AutoLaunchedFlow</processType>${many}`));
    // then
    expect(!read.ok && read.problems[0]?.message).toMatch(/more than 10000 elements/);
  });

  it('an older flow\'s startElementReference is its start connector', () => {
    // given / when
    const definition = definitionOf(flow('<processType>AutoLaunchedFlow</processType><startElementReference>A</startElementReference><assignments><name>A</name></assignments>'));
    // then
    expect(definition.start.connector).toBe('A');
  });
});
