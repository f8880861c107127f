import { describe, expect, it } from 'vitest';
import { Flow as FlowSchema } from '../../model/schema';
import { flowCatalogEntry } from './flowCatalogEntry';
import { flowFixture, flowFixtures } from './fixtures';
import { readFlowDefinition } from './readFlowDefinition';

function entryOf(project: 'DeactivateUser' | 'OrchestratorResources', name: string) {
  const fixture = flowFixture(project, name);
  const read = readFlowDefinition(fixture.text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return flowCatalogEntry(read.definition, { name, path: `force-app/main/default/flows/${name}.flow-meta.xml` });
}

function flowOf(project: 'DeactivateUser' | 'OrchestratorResources', name: string) {
  const entry = entryOf(project, name);
  if (!entry.ok) throw new Error(entry.message);
  return entry.flow;
}

describe('flowCatalogEntry of real project flows', () => {
  it('an evaluation flow: type evaluation, its Boolean inputs and isOrchestrationConditionMet output', () => {
    // given / when
    const flow = flowOf('DeactivateUser', 'Evaluate_Stage_for_Completion');
    // then
    expect(flow.type).toBe('evaluation');
    expect(flow.active).toBe(true);
    expect(flow.apiVersion).toBe(55);
    expect(flow.inputs).toEqual(['DidUserRespondToMessage', 'DidWaitingPeriodElapse']);
    expect(flow.outputs).toEqual(['isOrchestrationConditionMet']);
    expect(flow.parameters).toContainEqual({ name: 'DidWaitingPeriodElapse', direction: 'input', dataType: 'Boolean' });
    expect(flow.elements).toEqual(['Assignment', 'Decision']);
    expect(flow.source).toEqual({ path: 'force-app/main/default/flows/Evaluate_Stage_for_Completion.flow-meta.xml' });
  });

  it('an autolaunched flow with Get Records only: sync-relevant elements, a typed SObject output', () => {
    // given / when
    const flow = flowOf('DeactivateUser', 'Load_User');
    // then
    expect(flow.type).toBe('autolaunched');
    expect(flow.runMode).toBe('default');
    expect(flow.elements).toEqual(['Assignment', 'GetRecords']);
    expect(flow.inputs).toEqual(['recordId']);
    expect(flow.outputs).toEqual(['curUser']);
    expect(flow.parameters).toEqual([
      { name: 'curUser', direction: 'output', dataType: 'SObject', objectType: 'User' },
      { name: 'recordId', direction: 'input', dataType: 'String' },
    ]);
  });

  it('an action, a wait or a subflow is listed with the words R20 reads as async', () => {
    // given / when
    const notify = flowOf('DeactivateUser', 'Notify_account_owner');
    const wait = flowOf('DeactivateUser', 'Wait_3_Days');
    const order = flowOf('OrchestratorResources', 'OrderManager');
    // then
    expect(notify.elements).toContain('Action');
    expect(notify.inputs).toEqual(['recipientId', 'targetId']);
    expect(wait.elements).toContain('Wait');
    expect(order.elements).toContain('Subflow');
  });

  it('a screen flow is type screen; a Draft is inactive', () => {
    // given / when
    const ask = flowOf('DeactivateUser', 'Ask_About_User_Account');
    const draft = flowOf('DeactivateUser', 'Deactivate_User');
    // then
    expect(ask.type).toBe('screen');
    expect(ask.outputs).toEqual(['booleanKeepAccountActive']);
    expect(ask.elements).toEqual(['Assignment', 'Screen']);
    expect(draft.type).toBe('screen');
    expect(draft.active).toBe(false);
  });

  it('an orchestration is not a catalog flow, and the message says so', () => {
    // given / when
    const entry = entryOf('DeactivateUser', 'Handle_User_Deactivation');
    // then
    expect(entry.ok).toBe(false);
    if (!entry.ok) expect(entry.message).toMatch(/Handle_User_Deactivation.flow-meta.xml is an orchestration/);
  });

  it('every catalog entry of the fixtures satisfies the FORMAT schema and keeps its definition', () => {
    for (const fixture of [...flowFixtures('DeactivateUser'), ...flowFixtures('OrchestratorResources')]) {
      // given
      const read = readFlowDefinition(fixture.text);
      expect(read.ok, fixture.path).toBe(true);
      if (!read.ok) continue;
      // when
      const entry = flowCatalogEntry(read.definition, { name: fixture.name, path: fixture.path });
      // then
      if (!entry.ok) { expect(read.definition.processType).toBe('Orchestrator'); continue; }
      expect(FlowSchema.safeParse(entry.flow).success, fixture.path).toBe(true);
      expect(entry.flow.definition).toBe(read.definition);
    }
  });
});

describe('flowCatalogEntry mapping', () => {
  const minimal = (extra: string) => {
    const read = readFlowDefinition(`<Flow>${extra}</Flow>`);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    return flowCatalogEntry(read.definition, { name: 'F', path: 'F.flow-meta.xml' });
  };

  it('runInMode maps to the catalog runMode', () => {
    // given / when
    const withSharing = minimal('<processType>AutoLaunchedFlow</processType><runInMode>SystemModeWithSharing</runInMode>');
    const without = minimal('<processType>AutoLaunchedFlow</processType><runInMode>SystemModeWithoutSharing</runInMode>');
    // then
    expect(withSharing.ok && withSharing.flow.runMode).toBe('systemWithSharing');
    expect(without.ok && without.flow.runMode).toBe('systemWithoutSharing');
  });

  it('an input-and-output variable is an inputOutput parameter with its literal default', () => {
    // given / when
    const entry = minimal(`<processType>AutoLaunchedFlow</processType><status>Active</status>
      <variables><name>count</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>true</isOutput><scale>0</scale><value><numberValue>3.0</numberValue></value></variables>`);
    // then
    expect(entry.ok && entry.flow.parameters).toEqual([{ name: 'count', direction: 'inputOutput', dataType: 'Number', defaultValue: 3 }]);
    expect(entry.ok && entry.flow.active).toBe(true);
  });

  it('a Workflow process is refused with its processType named', () => {
    // given / when
    const entry = minimal('<processType>Workflow</processType>');
    // then
    expect(entry).toEqual({ ok: false, message: expect.stringContaining('processType "Workflow"') });
  });

  it('an element kind the interpreter does not run is still listed, by its metadata name', () => {
    // given / when
    const entry = minimal('<processType>AutoLaunchedFlow</processType><apexPluginCalls><name>P</name><apexClass>X</apexClass></apexPluginCalls>');
    // then
    expect(entry.ok && entry.flow.elements).toEqual(['ApexPluginCall']);
  });
});
