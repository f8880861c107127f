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

  it('recordCreates: an InvalidDraft that reads is run with a warning that Salesforce cannot run it, so a stop such as a Create Records without an object is not taken for the simulator\'s (survey 11)', async () => {
    // given a draft saved with errors: a Create Records element whose object was never chosen
    const saved = (status: string) => `<Flow><processType>AutoLaunchedFlow</processType><status>${status}</status>
  <start><connector><targetReference>Create_Records_4</targetReference></connector></start>
  <recordCreates><name>Create_Records_4</name><label>Create Records 4</label></recordCreates>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Prefs.flow-meta.xml': saved('InvalidDraft') });
    const other = memoryIo({ 'f/Other.flow-meta.xml': saved('Draft') });
    // when
    const code = await main(['f/Prefs.flow-meta.xml'], io);
    const otherCode = await main(['f/Other.flow-meta.xml'], other.io);
    // then the run is reported as before, and stderr says why it may stop
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'faulted', fault: { element: 'Create_Records_4', message: 'Create_Records_4: no object to create a record of' } });
    expect(out.stderr).toBe('f/Prefs.flow-meta.xml: status: warning: Salesforce saved this flow as an InvalidDraft (a draft with errors, which it cannot run): this run is of the file as saved, and where it stops may be one of those errors; fix them in Flow Builder\n');
    expect(otherCode).toBe(0);
    expect(other.out.stderr).toBe('');
  });
});
