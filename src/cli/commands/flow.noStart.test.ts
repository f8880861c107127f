/**
 * `stageflow flow` on a flow file that reads `$Record` but has no `<start>` trigger, only the
 * `startElementReference` of older files. Survey 10: ten Active flows of caranquiz/aus-elixir-salesforce
 * are saved this way (no `<start>`, no `apiVersion`), and their runs stopped at "this run has no
 * $Record" with nothing saying the file cannot tell which object or save triggers it.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const withoutStart = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <recordUpdates><name>Set_Type</name>
    <inputAssignments><field>Type__c</field><value><stringValue>Loan</stringValue></value></inputAssignments>
    <inputReference>$Record</inputReference>
  </recordUpdates>
  <startElementReference>Set_Type</startElementReference>
</Flow>`;

describe('stageflow flow: a flow file without a <start> trigger that reads $Record', () => {
  it('start: a warning says the file has no trigger and how to give $Record; given it, the run goes on', async () => {
    // given
    const records = JSON.stringify({ Collateral__c: [{ Id: 'a00000000000001AAA', Type__c: null }] });
    const bare = memoryIo({ 'f/Set_Type.flow-meta.xml': withoutStart });
    const given = memoryIo({ 'f/Set_Type.flow-meta.xml': withoutStart, 'rec.json': records });
    // when
    await main(['f/Set_Type.flow-meta.xml'], bare.io);
    await main(['f/Set_Type.flow-meta.xml', '--records', 'rec.json', '--record', 'a00000000000001AAA'], given.io);
    // then
    expect(bare.out.stderr).toBe('f/Set_Type.flow-meta.xml: start: warning: this flow reads $Record, but its file has no trigger (no <start> with an object and trigger type); give its $Record with --records and --record <Id>\n');
    expect(JSON.parse(bare.out.stdout)).toMatchObject({ status: 'unsupported' });
    expect(given.out.stderr).toBe('');
    expect(JSON.parse(given.out.stdout)).toMatchObject({ status: 'completed', recordChanges: [{ element: 'Set_Type', operation: 'update', id: 'a00000000000001AAA', after: { Type__c: 'Loan' } }] });
  });
});
