/**
 * Create Records from a record variable or a record collection that checks for matching records:
 * one record matches by the element's conditions; a collection matches each record by a key field
 * (`upsertExternalIdField`), as Salesforce's upsert does. The flows are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { runFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { definitionOf, flowText } from './testing/flowText';

const at = '<locationX>0</locationX><locationY>0</locationY>';

/** Creates {!badges} (a Badge__c record, or a collection of them) with `check` as its matching settings. */
function saveBadges(collection: boolean, check: string): string {
  return flowText(`<apiVersion>62.0</apiVersion>
    <assignments><name>Note_Fault</name><label>Note Fault</label>${at}
        <assignmentItems><assignToReference>failure</assignToReference><operator>Assign</operator><value><elementReference>$Flow.FaultMessage</elementReference></value></assignmentItems>
    </assignments>
    <label>Save badges</label>
    <processType>AutoLaunchedFlow</processType>
    <recordCreates><name>Save_Badges</name><label>Save Badges</label>${at}
        <faultConnector><targetReference>Note_Fault</targetReference></faultConnector>
        ${check}
        <inputReference>badges</inputReference>
    </recordCreates>
    <start>${at}<connector><targetReference>Save_Badges</targetReference></connector></start>
    <status>Active</status>
    <variables><name>badges</name><dataType>SObject</dataType><isCollection>${collection}</isCollection><isInput>true</isInput><isOutput>true</isOutput><objectType>Badge__c</objectType></variables>
    <variables><name>failure</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`);
}

const byCode = `<filterLogic>and</filterLogic>
        <filters><field>Code__c</field><operator>EqualTo</operator><value><stringValue>B-7</stringValue></value></filters>
        <operationMultMatchingRecords>None</operationMultMatchingRecords>
        <operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <operationZeroMatchingRecords>AddRecord</operationZeroMatchingRecords>`;

const org = (): SimulatedOrg => SimulatedOrg.from({ Badge__c: [{ Code__c: 'B-7', Colour__c: 'Red' }, { Code__c: 'B-9', Colour__c: 'Blue' }] });

describe('recordCreate: check for matching records, from a record variable or a collection', () => {
  it('recordCreate: check for matching records — a record variable\'s one match updated with its fields; the variable gets that Id', () => {
    const { run, org: after } = runFlow(definitionOf(saveBadges(false, byCode)), { org: org(), inputs: { badges: { Code__c: 'B-7', Colour__c: 'Green' } } });
    const rows = after.recordsOf('Badge__c').map((r) => [r.fields.Id, r.fields.Code__c, r.fields.Colour__c]);
    expect(rows.map((r) => r.slice(1))).toEqual([['B-7', 'Green'], ['B-9', 'Blue']]);
    expect(run.outputs.badges).toEqual({ Code__c: 'B-7', Colour__c: 'Green', Id: rows[0]![0] });
  });

  it('recordCreate: check for matching records — conditions on a collection are refused at run time, saying to match by a key field (chosen)', () => {
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, byCode)), { org: org(), inputs: { badges: [{ Code__c: 'B-7', Colour__c: 'Green' }] } });
    expect(after.recordsOf('Badge__c')).toHaveLength(2);
    expect(run.outputs.failure).toContain('Save_Badges: Check for Matching Records with conditions applies when one record is created, and {!badges} is a collection');
  });

  it('recordCreate: check for matching records — a collection upserted by upsertExternalIdField: the match updated, the others created', () => {
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertExternalIdField>Code__c</upsertExternalIdField>`;
    const badges = [{ Code__c: 'B-9', Colour__c: 'Gold' }, { Code__c: 'B-11', Colour__c: 'Grey' }];
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: org(), inputs: { badges } });
    const rows = after.recordsOf('Badge__c').map((r) => [r.fields.Id, r.fields.Code__c, r.fields.Colour__c]);
    expect(rows.map((r) => r.slice(1))).toEqual([['B-7', 'Red'], ['B-9', 'Gold'], ['B-11', 'Grey']]);
    expect((run.outputs.badges as { Id: string }[]).map((b) => b.Id)).toEqual([rows[1]![0], rows[2]![0]]);
  });

  it('recordCreate: check for matching records — a collection upserted by upsertStandardIdField Id: a record with an existing Id updates it, one without is created', () => {
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertStandardIdField>Id</upsertStandardIdField>`;
    const before = org();
    const known = String(before.recordsOf('Badge__c')[0]!.fields.Id);
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: before, inputs: { badges: [{ Id: known, Colour__c: 'Green' }, { Code__c: 'B-12', Colour__c: 'White' }] } });
    expect(run.outputs.failure).toBeNull();
    expect(after.recordsOf('Badge__c').map((r) => [r.fields.Code__c, r.fields.Colour__c])).toEqual([['B-7', 'Green'], ['B-9', 'Blue'], ['B-12', 'White']]);
  });

  it('recordCreate: check for matching records — a collection upserted by upsertExternalIdField matches a key value as the conditions do: case-insensitively, a number given as text', () => {
    // given a key spelt in other case, and a number key given as text
    const byCode = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertExternalIdField>Code__c</upsertExternalIdField>`;
    const numbered = SimulatedOrg.from({ Badge__c: [{ Code__c: 'B-7', Colour__c: 'Red', Rank__c: 5 }] });
    // when
    const { org: afterCode } = runFlow(definitionOf(saveBadges(true, byCode)), { org: org(), inputs: { badges: [{ Code__c: 'b-9', Colour__c: 'Gold' }] } });
    const { org: afterRank } = runFlow(definitionOf(saveBadges(true, byCode.replace('Code__c', 'Rank__c'))), { org: numbered, inputs: { badges: [{ Rank__c: '5', Colour__c: 'Gold' }] } });
    // then each updated the record it names (with the value as given), where a duplicate was created
    expect(afterCode.recordsOf('Badge__c').map((r) => [r.fields.Code__c, r.fields.Colour__c])).toEqual([['B-7', 'Red'], ['b-9', 'Gold']]);
    expect(afterRank.recordsOf('Badge__c').map((r) => r.fields.Colour__c)).toEqual(['Gold']);
  });

  it('recordCreate: check for matching records — a key given twice in the collection fails the element, creating and updating none (Salesforce: "Duplicate external id specified")', () => {
    // given two badges of one code, "b-11" and "B-11", one of them new
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertExternalIdField>Code__c</upsertExternalIdField>`;
    const badges = [{ Code__c: 'B-9', Colour__c: 'Gold' }, { Code__c: 'b-11', Colour__c: 'Grey' }, { Code__c: 'B-11', Colour__c: 'Pink' }];
    // when
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: org(), inputs: { badges } });
    // then the fault path is taken, naming the two records and the key, and the org is as it was
    expect(run.outputs.failure).toBe('Save_Badges: records 2 and 3 of {!badges} hold the same Code__c, "b-11": Salesforce\'s upsert fails on a key given twice ("Duplicate external id specified"), so nothing was created or updated');
    expect(after.recordsOf('Badge__c').map((r) => [r.fields.Code__c, r.fields.Colour__c])).toEqual([['B-7', 'Red'], ['B-9', 'Blue']]);
    expect(run.recordChanges).toEqual([]);
  });

  it('recordCreate: check for matching records — an external Id several records hold fails the element, creating and updating none (Salesforce\'s upsert: a key matched multiple times is an error)', () => {
    // given two badges coded B-9 in the org, whatever the operation for several matches says
    const check = `<operationMultMatchingRecords>UpdateAllRecords</operationMultMatchingRecords>
        <operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertExternalIdField>Code__c</upsertExternalIdField>`;
    const twice = SimulatedOrg.from({ Badge__c: [{ Code__c: 'B-9', Colour__c: 'Blue' }, { Code__c: 'b-9', Colour__c: 'Navy' }] });
    const ids = twice.recordsOf('Badge__c').map((r) => r.fields.Id).join(', ');
    // when
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: twice, inputs: { badges: [{ Code__c: 'B-12', Colour__c: 'White' }, { Code__c: 'B-9', Colour__c: 'Gold' }] } });
    // then
    expect(run.outputs.failure).toBe(`Save_Badges: Code__c "B-9" of {!badges} matches 2 Badge__c records (${ids}): Salesforce's upsert updates the record a key matches once and fails when it matches several, so nothing was created or updated`);
    expect(after.recordsOf('Badge__c').map((r) => r.fields.Colour__c)).toEqual(['Blue', 'Navy']);
  });

  it('recordCreate: check for matching records — upsertStandardIdField Id: an Id that names no record fails the element, nothing created (chosen: a flow gives no record its Id)', () => {
    // given a badge whose Id names no record of the org (deleted, or from another org)
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertStandardIdField>Id</upsertStandardIdField>`;
    const badges = [{ Code__c: 'B-12', Colour__c: 'White' }, { Id: 'a00000000000999AAA', Colour__c: 'Green' }];
    // when
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: org(), inputs: { badges } });
    // then
    expect(run.outputs.failure).toBe('Save_Badges: a record of {!badges} has the Id "a00000000000999AAA", which names no Badge__c record (it does not exist or was deleted): matched by Id, a record is updated by its Id, and one without an Id is created, so nothing was created or updated');
    expect(after.recordsOf('Badge__c')).toHaveLength(2);
  });

  it('recordCreate: check for matching records — upsertStandardIdField Id: a record whose Id is empty text has no Id, so it is created, as one without an Id is', () => {
    // given a badge whose Id was assigned empty text (a flow's empty text is no value, as null)
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertStandardIdField>Id</upsertStandardIdField>`;
    // when
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: org(), inputs: { badges: [{ Id: '', Code__c: 'B-12', Colour__c: 'White' }] } });
    // then it is created, where the element faulted 'has the Id "", which names no Badge__c record'
    expect(run.outputs.failure).toBeNull();
    expect(after.recordsOf('Badge__c').map((r) => [r.fields.Code__c, r.fields.Colour__c])).toEqual([['B-7', 'Red'], ['B-9', 'Blue'], ['B-12', 'White']]);
    const created = after.recordsOf('Badge__c')[2]!.fields.Id;
    expect((run.outputs.badges as { Id: string }[])[0]!.Id).toBe(created);
  });

  it('recordCreate: check for matching records — upsertStandardIdField Id: a 15-character Id is case-sensitive, an 18-character one is not, and a 15-character Id names the record its 18-character form names', () => {
    // given two badges whose Ids differ only in case: a005g00000AbCdE (kept in its 15-character form)
    // and a005g00000ABCDE (kept as a005g00000ABCDEAA5: the suffix AA5 spells the case of the fifteen)
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertStandardIdField>Id</upsertStandardIdField>`;
    const before = SimulatedOrg.from({ Badge__c: [{ Id: 'a005g00000AbCdE', Code__c: 'B-1', Colour__c: 'Red' }, { Id: 'a005g00000ABCDEAA5', Code__c: 'B-2', Colour__c: 'Blue' }] });
    // when the flow names the second by its 15-character Id and the first by its 18-character Id, lower-cased
    const badges = [{ Id: 'a005g00000ABCDE', Colour__c: 'Gold' }, { Id: 'a005g00000abcdeaav', Colour__c: 'Green' }];
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: before, inputs: { badges } });
    // then each updates its own badge; compared case-insensitively, a005g00000ABCDE updated B-1 and the 18-character Id named no record
    expect(run.outputs.failure).toBeNull();
    expect(after.recordsOf('Badge__c').map((r) => [r.fields.Code__c, r.fields.Colour__c])).toEqual([['B-1', 'Green'], ['B-2', 'Gold']]);
  });

  it('recordCreate: check for matching records — of several keys given twice, the fault names the earliest record that has a twin, and its first twin', () => {
    // given B-12 at 2 and 4, B-9 at 1, 5 and 6 (written as b-9 and B-9), and a new B-13
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertExternalIdField>Code__c</upsertExternalIdField>`;
    const badges = ['B-9', 'B-12', 'B-13', 'b-12', 'b-9', 'B-9'].map((Code__c) => ({ Code__c, Colour__c: 'Gold' }));
    // when
    const { run } = runFlow(definitionOf(saveBadges(true, check)), { org: org(), inputs: { badges } });
    // then records 1 and 5 are named (not 2 and 4, which share a key too, nor 1 and 6)
    expect(run.outputs.failure).toMatch(/^Save_Badges: records 1 and 5 of \{!badges\} hold the same Code__c, "B-9": /);
  });

  it('recordCreate: check for matching records — a collection of 3,000 upserted against 3,000 records: each key matched once updates its record, the others created', () => {
    // given 3,000 badges in the org, B-0 … B-2999, and 3,000 to save: the odd ones of those (as b-…) and 1,500 new ones
    const existing = Array.from({ length: 3000 }, (_, i) => ({ Code__c: `B-${i}`, Colour__c: 'Red' }));
    const badges = Array.from({ length: 3000 }, (_, i) => ({ Code__c: i % 2 === 1 ? `b-${i}` : `N-${i}`, Colour__c: 'Gold' }));
    const check = `<operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <upsertExternalIdField>Code__c</upsertExternalIdField>`;
    // when
    const { run, org: after } = runFlow(definitionOf(saveBadges(true, check)), { org: SimulatedOrg.from({ Badge__c: existing }), inputs: { badges } });
    // then 1,500 records updated, 1,500 created, the rest as they were
    expect(run.outputs.failure ?? null).toBeNull();
    const rows = after.recordsOf('Badge__c');
    expect(rows).toHaveLength(4500);
    expect(rows.filter((r) => r.fields.Colour__c === 'Gold')).toHaveLength(3000);
    // (an updated record takes the code as the flow wrote it, b-1)
    expect(rows.find((r) => String(r.fields.Code__c).toLowerCase() === 'b-1')?.fields.Code__c).toBe('b-1');
    expect(rows.filter((r) => String(r.fields.Code__c).toLowerCase() === 'b-1').map((r) => r.fields.Colour__c)).toEqual(['Gold']);
    expect(rows.find((r) => r.fields.Code__c === 'B-2')?.fields.Colour__c).toBe('Red');
  });
});
