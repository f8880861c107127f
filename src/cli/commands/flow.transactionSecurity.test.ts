/**
 * `stageflow flow` and a transaction security policy's flow (processType TransactionSecurityFlow:
 * the flow Condition Builder saves for an Enhanced Transaction Security policy), which Salesforce
 * runs on the event the policy watches (a ReportEvent, a LoginEvent…) handed as its input
 * `myVariable_myEvent`, and whose Boolean `EvaluationOutcome` says whether the policy's action
 * fires. Survey 17: such a flow faulted at its first decision, "myVariable_myEvent has no record",
 * with nothing saying what to give, and --record was not handed to it. The flow below is written
 * anew in the shape Condition Builder saves, names ours.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const policy = `<Flow><processType>TransactionSecurityFlow</processType><status>Active</status>
  <startElementReference>Big_Export</startElementReference>
  <decisions><name>Big_Export</name><defaultConnector><targetReference>Let_It_Be</targetReference></defaultConnector>
    <rules><name>Too_Many_Rows</name><conditionLogic>and</conditionLogic>
      <conditions><leftValueReference>myVariable_myEvent.RowsProcessed</leftValueReference><operator>GreaterThan</operator><rightValue><numberValue>500.0</numberValue></rightValue></conditions>
      <connector><targetReference>Block_It</targetReference></connector></rules></decisions>
  <assignments><name>Block_It</name><assignmentItems><assignToReference>EvaluationOutcome</assignToReference><operator>Assign</operator><value><booleanValue>true</booleanValue></value></assignmentItems></assignments>
  <assignments><name>Let_It_Be</name><assignmentItems><assignToReference>EvaluationOutcome</assignToReference><operator>Assign</operator><value><booleanValue>false</booleanValue></value></assignmentItems></assignments>
  <variables><name>EvaluationOutcome</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>myVariable_myEvent</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>ReportEvent</objectType></variables>
</Flow>`;
const events = JSON.stringify({ ReportEvent: [{ Id: '0ODS17000000001AAA', RowsProcessed: 12000 }], Account: [{ Id: '001S17000000001AAA' }] });

describe('stageflow flow: a transaction security policy\'s flow (processType TransactionSecurityFlow)', () => {
  it('TransactionSecurityFlow: --record hands the flow the event its policy watches as the input myVariable_myEvent', async () => {
    const { io, out } = memoryIo({ 'f/Export_Guard.flow-meta.xml': policy, 'rec.json': events });
    expect(await main(['f/Export_Guard.flow-meta.xml', '--records', 'rec.json', '--record', '0ODS17000000001AAA'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { EvaluationOutcome: true } });
    expect(out.stderr).toBe('');
  });

  it('TransactionSecurityFlow: without the event a warning says what to give; a record of another object is a warning too', async () => {
    const { io, out } = memoryIo({ 'f/Export_Guard.flow-meta.xml': policy, 'rec.json': events });
    await main(['f/Export_Guard.flow-meta.xml'], io);
    expect(out.stderr).toBe('f/Export_Guard.flow-meta.xml: (root): warning: this transaction security policy\'s flow runs on the ReportEvent event its policy watches, its input myVariable_myEvent; give the event with --records and --record <Id>\n');
    out.stderr = '';
    await main(['f/Export_Guard.flow-meta.xml', '--records', 'rec.json', '--record', '001S17000000001AAA'], io);
    expect(out.stderr).toBe('rec.json: Account[0]: warning: --record 001S17000000001AAA is an Account record; the policy\'s flow runs on a ReportEvent event\n');
  });
});
