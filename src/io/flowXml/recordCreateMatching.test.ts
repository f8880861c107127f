/**
 * Create Records with "Check for Matching Records" (Salesforce Summer '24, API 61.0+): the element's
 * conditions find the records it would duplicate, and its operations create, update or skip
 * (RecruiterPortalProject's Create_ALC_Record checks a name and creates only when none matches; it
 * made a duplicate here, as the matching fields were dropped). The flows are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { runFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { readFlowDefinition } from './readFlowDefinition';
import { definitionOf, flowText } from './testing/flowText';

const at = '<locationX>0</locationX><locationY>0</locationY>';
const text = (name: string, io = 'isInput'): string => `<variables><name>${name}</name><dataType>String</dataType><isCollection>false</isCollection><isInput>${io === 'isInput'}</isInput><isOutput>true</isOutput></variables>`;

interface Options { one?: string; many?: string; zero?: string; logic?: string; filters?: string; output?: string }

/** Registers a volunteer by Name with a Shift: creates, updates or skips as `options` say. */
function register(options: Options = {}): string {
  const filters = options.filters ?? '<filters><field>Name</field><operator>EqualTo</operator><value><elementReference>who</elementReference></value></filters>';
  return flowText(`<apiVersion>61.0</apiVersion>
    <label>Register volunteer</label>
    <processType>AutoLaunchedFlow</processType>
    <recordCreates><name>Register_Volunteer</name><label>Register Volunteer</label>${at}
        ${options.output ?? '<assignRecordIdToReference>volunteerId</assignRecordIdToReference>'}
        ${options.logic ? `<filterLogic>${options.logic}</filterLogic>` : '<filterLogic>and</filterLogic>'}
        ${filters}
        <inputAssignments><field>Name</field><value><elementReference>who</elementReference></value></inputAssignments>
        <inputAssignments><field>Shift__c</field><value><elementReference>shift</elementReference></value></inputAssignments>
        <object>Volunteer__c</object>
        ${options.many ? `<operationMultMatchingRecords>${options.many}</operationMultMatchingRecords>` : ''}
        ${options.one ? `<operationOneMatchingRecord>${options.one}</operationOneMatchingRecord>` : ''}
        <operationZeroMatchingRecords>${options.zero ?? 'AddRecord'}</operationZeroMatchingRecords>
    </recordCreates>
    <start>${at}<connector><targetReference>Register_Volunteer</targetReference></connector></start>
    <status>Active</status>
    ${text('shift')}${text('volunteerId', 'out')}${text('who')}`);
}

const volunteers = (...rows: [string, string, string?][]): SimulatedOrg =>
  SimulatedOrg.from({ Volunteer__c: rows.map(([Name, Shift__c, LastModifiedDate]) => ({ Name, Shift__c, ...(LastModifiedDate ? { LastModifiedDate } : {}) })) });

function runRegister(xml: string, org: SimulatedOrg, who = 'Ada', shift = 'Late') {
  const result = runFlow(definitionOf(xml), { org, inputs: { who, shift } });
  const { run } = result;
  const rows = result.org.recordsOf('Volunteer__c').map((r) => [r.fields.Id, r.fields.Name, r.fields.Shift__c]);
  return { run, rows };
}

describe('recordCreate: check for matching records', () => {
  it('recordCreate: check for matching records — no match creates the record', () => {
    const org = volunteers(['Grace', 'Early']);
    const { run, rows } = runRegister(register({ one: 'None', many: 'None' }), org);
    expect(rows.map((r) => r.slice(1))).toEqual([['Grace', 'Early'], ['Ada', 'Late']]);
    expect(run.outputs.volunteerId).toBe(rows[1]![0]);
    // the check is a query of the org, shown among the records the run read
    expect(run.recordsRead).toEqual([{ element: 'Register_Volunteer', object: 'Volunteer__c', ids: [] }]);
  });

  it('recordCreate: check for matching records — one match updated (UpdateAllRecords), its Id given back', () => {
    const org = volunteers(['Grace', 'Early'], ['Ada', 'Early']);
    const { run, rows } = runRegister(register({ one: 'UpdateAllRecords' }), org);
    expect(rows.map((r) => r.slice(1))).toEqual([['Grace', 'Early'], ['Ada', 'Late']]);
    expect(run.outputs.volunteerId).toBe(rows[1]![0]);
    expect(run.recordChanges.map((c) => [c.element, c.operation])).toEqual([['Register_Volunteer', 'update']]);
  });

  it('recordCreate: check for matching records — one match skipped (None): nothing written, the Id is null', () => {
    const org = volunteers(['Ada', 'Early']);
    const { run, rows } = runRegister(register({ one: 'None' }), org);
    expect(rows.map((r) => r.slice(1))).toEqual([['Ada', 'Early']]);
    expect(run.recordChanges).toEqual([]);
    expect(run.outputs.volunteerId).toBeNull();
  });

  it('recordCreate: check for matching records — several matches all updated (UpdateAllRecords)', () => {
    const org = volunteers(['Ada', 'Early'], ['ada', 'Night']);
    const { rows } = runRegister(register({ many: 'UpdateAllRecords' }), org);
    expect(rows.map((r) => r[2])).toEqual(['Late', 'Late']);
  });

  it('recordCreate: check for matching records — several matches: the most recently modified updated (UpdateLatestRecord)', () => {
    const org = volunteers(['Ada', 'Early', '2024-06-02T10:00:00.000Z'], ['Ada', 'Night', '2024-05-01T10:00:00.000Z'], ['Ada', 'Day']);
    const { run, rows } = runRegister(register({ many: 'UpdateLatestRecord' }), org);
    expect(rows.map((r) => r[2])).toEqual(['Late', 'Night', 'Day']);
    expect(run.outputs.volunteerId).toBe(rows[0]![0]);
  });

  it('recordCreate: check for matching records — several matches without dates: the one added last counts as the latest (chosen)', () => {
    const org = volunteers(['Ada', 'Early'], ['Ada', 'Night']);
    const { rows } = runRegister(register({ many: 'UpdateLatestRecord' }), org);
    expect(rows.map((r) => r[2])).toEqual(['Early', 'Late']);
  });

  it('recordCreate: check for matching records — the latest is read from LastModifiedDate strictly, as every date of a run is: a date that does not exist as none, a date-time without a zone in UTC whatever the machine\'s time zone', () => {
    // given Day's 31 June, which Date.parse rolls over to 1 July
    const rolled = volunteers(['Ada', 'Early', '2024-06-02T10:00:00Z'], ['Ada', 'Night', '2024-06-03T10:00:00Z'], ['Ada', 'Day', '2024-06-31T00:00:00Z']);
    // when / then Night is the most recently modified
    expect(runRegister(register({ many: 'UpdateLatestRecord' }), rolled).rows.map((r) => r[2])).toEqual(['Early', 'Late', 'Day']);
    // given Night's date-time without a zone, an hour after Early's in UTC, on a machine in India (UTC+5:30),
    // where Date.parse reads it 4 h 30 min before Early's
    const zoneless = volunteers(['Ada', 'Early', '2024-06-02T10:00:00Z'], ['Ada', 'Night', '2024-06-02T11:00:00']);
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Kolkata';
    try {
      // when / then Night is still the most recently modified
      expect(runRegister(register({ many: 'UpdateLatestRecord' }), zoneless).rows.map((r) => r[2])).toEqual(['Early', 'Late']);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('recordCreate: check for matching records — several matches skipped (None)', () => {
    const org = volunteers(['Ada', 'Early'], ['Ada', 'Night']);
    const { run, rows } = runRegister(register({ many: 'None' }), org);
    expect(rows.map((r) => r[2])).toEqual(['Early', 'Night']);
    expect(run.outputs.volunteerId).toBeNull();
  });

  it('recordCreate: check for matching records — filterLogic or: either condition matches', () => {
    const filters = `<filters><field>Name</field><operator>EqualTo</operator><value><elementReference>who</elementReference></value></filters>
        <filters><field>Shift__c</field><operator>EqualTo</operator><value><elementReference>shift</elementReference></value></filters>`;
    const org = volunteers(['Grace', 'Late']);
    const { rows } = runRegister(register({ logic: 'or', filters, one: 'None' }), org);
    expect(rows.map((r) => r.slice(1))).toEqual([['Grace', 'Late']]);
  });

  it('recordCreate: check for matching records — custom filterLogic 1 AND (2 OR 3)', () => {
    const filters = `<filters><field>Name</field><operator>EqualTo</operator><value><elementReference>who</elementReference></value></filters>
        <filters><field>Shift__c</field><operator>EqualTo</operator><value><stringValue>Night</stringValue></value></filters>
        <filters><field>Shift__c</field><operator>EqualTo</operator><value><stringValue>Day</stringValue></value></filters>`;
    const org = volunteers(['Ada', 'Early'], ['Ada', 'Day']);
    const { run, rows } = runRegister(register({ logic: '1 AND (2 OR 3)', filters, one: 'UpdateAllRecords' }), org);
    expect(rows.map((r) => r[2])).toEqual(['Early', 'Late']);
    expect(run.outputs.volunteerId).toBe(rows[1]![0]);
  });

  it('recordCreate: check for matching records — the automatic output is the updated record', () => {
    const org = volunteers(['Ada', 'Early']);
    const xml = register({ one: 'UpdateAllRecords', output: '<storeOutputAutomatically>true</storeOutputAutomatically>' })
      .replace('<start>', `<assignments><name>Keep</name><label>Keep</label>${at}<assignmentItems><assignToReference>volunteerId</assignToReference><operator>Assign</operator><value><elementReference>Register_Volunteer</elementReference></value></assignmentItems></assignments><start>`)
      .replace('</recordCreates>', '<connector><targetReference>Keep</targetReference></connector></recordCreates>');
    const { run, rows } = runRegister(xml, org);
    expect(run.outputs.volunteerId).toBe(rows[0]![0]);
  });

  it('recordCreate: check for matching records — a matching query that fails takes the fault connector', () => {
    const org = volunteers(['Ada', 'Early']);
    const xml = register({ logic: '1 AND 2', one: 'UpdateAllRecords' })
      .replace('<start>', `<assignments><name>Note_Fault</name><label>Note Fault</label>${at}<assignmentItems><assignToReference>volunteerId</assignToReference><operator>Assign</operator><value><elementReference>$Flow.FaultMessage</elementReference></value></assignmentItems></assignments><start>`)
      .replace('</recordCreates>', '<faultConnector><targetReference>Note_Fault</targetReference></faultConnector></recordCreates>');
    const { run, rows } = runRegister(xml, org);
    expect(rows).toHaveLength(1);
    expect(String(run.outputs.volunteerId)).toContain('Register_Volunteer: filter logic "1 AND 2"');
  });

  it('recordCreate: check for matching records — an unknown operation is refused, naming the element and field', () => {
    const read = readFlowDefinition(register({ many: 'UpdateLatestRecords' }));
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'recordCreates[0].operationMultMatchingRecords: Register_Volunteer: "UpdateLatestRecords" is not one of None, UpdateAllRecords, UpdateLatestRecord; did you mean "UpdateLatestRecord"?',
    ]);
  });
});
