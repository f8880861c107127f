/**
 * `stageflow flow` on a flow file Salesforce saved as an InvalidDraft (a draft with errors). Survey 10:
 * vendetta-web/Encalm_Project's draft milestone trigger has a decision row with operator None and no
 * resource; the refusal named the row but not why a real file had it.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const draft = (status: string) => `<Flow><processType>AutoLaunchedFlow</processType><status>${status}</status>
  <start><connector><targetReference>Check</targetReference></connector></start>
  <decisions><name>Check</name><defaultConnectorLabel>Default</defaultConnectorLabel>
    <rules><name>Done</name><conditionLogic>and</conditionLogic><conditions><operator>None</operator></conditions><label>Done</label></rules>
  </decisions>
</Flow>`;

describe('stageflow flow: a flow saved as an InvalidDraft', () => {
  it('decisions: a row without its resource in an InvalidDraft is refused, naming the row and saying the file is a draft with errors', async () => {
    // given
    const { io, out } = memoryIo({ 'f/Close.flow-meta.xml': draft('InvalidDraft') });
    // when
    const code = await main(['f/Close.flow-meta.xml'], io);
    const other = memoryIo({ 'f/Other.flow-meta.xml': draft('Draft') });
    const otherCode = await main(['f/Other.flow-meta.xml'], other.io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('f/Close.flow-meta.xml: decisions[0].rules[0].conditions[0].leftValueReference: leftValueReference is missing\n'
      + 'f/Close.flow-meta.xml: status: Salesforce saved this flow as an InvalidDraft (a draft with errors, which it cannot run either): fix it in Flow Builder\n');
    expect(otherCode).toBe(2);
    expect(other.out.stderr).toBe('f/Other.flow-meta.xml: decisions[0].rules[0].conditions[0].leftValueReference: leftValueReference is missing\n');
  });
});
