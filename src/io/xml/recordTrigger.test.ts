import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';

function withStart(start: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>58.0</apiVersion>
    <interviewLabel>Case Watch {!$Flow.CurrentDateTime}</interviewLabel>
    <label>Case Watch</label>
    <orchestratedStages>
        <name>Only</name>
        <label>Only</label>
        <locationX>176</locationX>
        <locationY>134</locationY>
        <exitConditionLogic>and</exitConditionLogic>
    </orchestratedStages>
    <processMetadataValues>
        <name>BuilderType</name>
        <value>
            <stringValue>LightningFlowBuilder</stringValue>
        </value>
    </processMetadataValues>
    <processMetadataValues>
        <name>CanvasMode</name>
        <value>
            <stringValue>AUTO_LAYOUT_CANVAS</stringValue>
        </value>
    </processMetadataValues>
    <processMetadataValues>
        <name>OriginBuilderType</name>
        <value>
            <stringValue>LightningFlowBuilder</stringValue>
        </value>
    </processMetadataValues>
    <processType>Orchestrator</processType>
    <start>
        <locationX>50</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Only</targetReference>
        </connector>
${start}
        <triggerType>RecordAfterSave</triggerType>
    </start>
    <status>Draft</status>
</Flow>
`;
}

const ROWS = `        <doesRequireRecordChangedToMeetCriteria>true</doesRequireRecordChangedToMeetCriteria>
        <filterLogic>1 AND (2 OR 3)</filterLogic>
        <filters>
            <field>Status</field>
            <operator>EqualTo</operator>
            <value>
                <stringValue>Escalated</stringValue>
            </value>
        </filters>
        <filters>
            <field>Priority</field>
            <operator>IsChanged</operator>
            <value>
                <booleanValue>true</booleanValue>
            </value>
        </filters>
        <filters>
            <field>Amount__c</field>
            <operator>GreaterThan</operator>
            <value>
                <numberValue>100.0</numberValue>
            </value>
        </filters>
        <object>Case</object>
        <recordTriggerType>Update</recordTriggerType>`;

const FORMULA = `        <filterFormula>ISCHANGED({!$Record.Status})</filterFormula>
        <object>Case</object>
        <recordTriggerType>CreateAndUpdate</recordTriggerType>`;

function imported(text: string): Orchestration {
  const result = importFlowXml(text, { name: 'Case_Watch' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}

describe('record-triggered start in XML, both ways', () => {
  it('reads when it fires, entry condition rows with their logic, and "only when updated to meet"', () => {
    // given / when
    const doc = imported(withStart(ROWS));
    // then
    expect(doc.trigger).toEqual({
      type: 'recordTriggered', object: 'Case', when: 'update', onlyWhenChangedToMeet: true,
      entryConditions: {
        logic: '1 AND (2 OR 3)',
        filters: [
          { field: 'Status', operator: 'EqualTo', value: { string: 'Escalated' } },
          { field: 'Priority', operator: 'IsChanged', value: { boolean: true } },
          { field: 'Amount__c', operator: 'GreaterThan', value: { number: 100 } },
        ],
      },
    });
    expect(doc.extensions ?? []).toEqual([]);
  });

  it('reads a formula entry condition', () => {
    expect(imported(withStart(FORMULA)).trigger).toEqual({ type: 'recordTriggered', object: 'Case', when: 'createAndUpdate', entryFormula: 'ISCHANGED({!$Record.Status})' });
  });

  it.each([['rows', ROWS], ['formula', FORMULA]])('writes the %s start back byte for byte', (_what, start) => {
    const text = withStart(start);
    expect(exportFlowXml(imported(text)).xml).toBe(text);
  });

  it('keeps a filter it cannot model verbatim, with the rest of the conditions', () => {
    // given an operator the model lacks
    const text = withStart(ROWS.replace('<operator>IsChanged</operator>', '<operator>In</operator>'));
    // when
    const doc = imported(text);
    // then
    expect(doc.trigger).toMatchObject({ when: 'update', onlyWhenChangedToMeet: true });
    expect(doc.trigger).not.toHaveProperty('entryConditions');
    expect(exportFlowXml(doc).xml).toBe(text);
  });

  it('a start kept verbatim says its position is the start element\'s, not a stage\'s: "<locationX> of <start>"', () => {
    // given a start drawn somewhere other than where Flow Builder puts it (kept as it is, written back)
    const result = importFlowXml(withStart(ROWS).replace('<locationX>50</locationX>', '<locationX>0</locationX>'), { name: 'Case_Watch' });
    // then
    if (!result.ok) throw new Error('not imported');
    const messages = result.warnings.map((w) => w.message);
    expect(messages).toContain('<locationX> of <start> has no place in the model; kept verbatim in extensions');
    expect(messages.some((m) => m.startsWith('<locationX> has no place'))).toBe(false);
  });

  it('writes a new record-triggered design as "A record is created" (the safe default), never on every save unseen', () => {
    const doc = imported(withStart(ROWS));
    const fresh: Orchestration = { ...doc, trigger: { type: 'recordTriggered', object: 'Case' } };
    const xml = exportFlowXml(fresh).xml;
    expect(xml).toContain('<recordTriggerType>Create</recordTriggerType>');
    expect(xml).not.toContain('<filters>');
  });
});
