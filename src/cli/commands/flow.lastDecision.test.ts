/**
 * `stageflow flow`: the run's JSON says what its last decision compared (`lastDecision`), as the
 * app's why does for an evaluation flow — the command asks the interpreter for it (explainDecisions),
 * which a step flow's run inside a simulation does not. The flow below is written anew.
 */
import { expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const flow = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Is_Big</targetReference></connector></start>
  <decisions><name>Is_Big</name><defaultConnector><targetReference>Say_Small</targetReference></defaultConnector>
    <rules><name>Big</name><conditionLogic>and</conditionLogic>
      <conditions><leftValueReference>amount</leftValueReference><operator>GreaterThan</operator><rightValue><numberValue>1000</numberValue></rightValue></conditions>
      <connector><targetReference>Say_Small</targetReference></connector></rules></decisions>
  <assignments><name>Say_Small</name><assignmentItems><assignToReference>size</assignToReference><operator>Assign</operator><value><stringValue>small</stringValue></value></assignmentItems></assignments>
  <variables><name>amount</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><scale>0</scale></variables>
  <variables><name>size</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

it('decision: the flow command prints the outcome taken and the rows of the outcomes before it that did not hold, with the values read', async () => {
  // given an amount of 500 against a "Big" outcome of more than 1000
  const { io, out } = memoryIo({ 'Size.flow-meta.xml': flow, 'in.json': JSON.stringify({ amount: 500 }) });
  // when
  expect(await main(['Size.flow-meta.xml', '--inputs', 'in.json'], io)).toBe(0);
  // then
  expect(JSON.parse(out.stdout).lastDecision).toEqual({
    element: 'Is_Big', outcome: 'default', notMet: [{ outcome: 'Big', rows: [{ left: 'amount', operator: 'GreaterThan', value: 500, expected: 1000 }] }],
  });
});
