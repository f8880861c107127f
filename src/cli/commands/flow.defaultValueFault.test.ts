/**
 * `stageflow flow --inputs` on a flow whose variable's default value faults as the run starts.
 * Survey 16 (kure1111/p2gProdu, no licence, so written anew): a Date variable defaults to
 * `DATE(2024, MONTH(TODAY()) - 1, 1)`, which has no day in January. A fault before the first element
 * was taken for the inputs' own and refused as bad input, naming the inputs file.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const flow = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>out</assignToReference><operator>Assign</operator>
    <value><elementReference>First_Of_Last_Month</elementReference></value></assignmentItems></assignments>
  <formulas><name>Last_Month_Start</name><dataType>Date</dataType><expression>DATE(2024, MONTH(TODAY()) - 1, 1)</expression></formulas>
  <variables><name>First_Of_Last_Month</name><dataType>Date</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>false</isOutput>
    <value><elementReference>Last_Month_Start</elementReference></value></variables>
  <variables><name>out</name><dataType>Date</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>recordId</name><dataType>String</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput></variables>
</Flow>`;

describe('stageflow flow: a variable default value that faults', () => {
  it('is the flow\'s fault, naming the variable, and not blamed on --inputs', async () => {
    // given
    const { io, out } = memoryIo({ 'f/Monthly.flow-meta.xml': flow, 'inputs.json': '{ "recordId": "001000000000001AAA" }' });
    // when
    const code = await main(['f/Monthly.flow-meta.xml', '--inputs', 'inputs.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toBe('');
    const run = JSON.parse(out.stdout);
    expect(run.status).toBe('faulted');
    expect(run.fault).toEqual({ message: "variable First_Of_Last_Month's default value: formula Last_Month_Start: position 1: DATE: 2024-0-1 is not a valid date (years 1700-4000)" });
  });

  it('an input the flow does not have is still the inputs\' fault', async () => {
    const { io, out } = memoryIo({ 'f/Monthly.flow-meta.xml': flow, 'inputs.json': '{ "caseId": "500000000000001AAA" }' });
    expect(await main(['f/Monthly.flow-meta.xml', '--inputs', 'inputs.json'], io)).toBe(2);
    expect(out.stderr).toBe('inputs.json: "caseId" is not an input variable of this flow (its inputs: recordId)\n');
  });
});
