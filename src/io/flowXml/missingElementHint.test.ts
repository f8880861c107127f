import { describe, expect, it } from 'vitest';
import { readFlowDefinition } from './readFlowDefinition';
import { flowText } from './testing/flowText';

/** An after-save Quote trigger whose Update Records has a fault path to `Show_Error`, with `extra` beside it. */
const trigger = (apiVersion: string, extra = ''): string => flowText(`${apiVersion}
    <label>Quote sync</label>
    <processType>AutoLaunchedFlow</processType>
    <recordUpdates>
        <name>Sync_Opportunity</name>
        <label>Sync Opportunity</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <faultConnector><targetReference>Show_Error</targetReference></faultConnector>
        <inputReference>$Record</inputReference>
    </recordUpdates>${extra}
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector><targetReference>Sync_Opportunity</targetReference></connector>
        <object>Quote</object>
        <recordTriggerType>Update</recordTriggerType>
        <triggerType>RecordAfterSave</triggerType>
    </start>
    <status>Active</status>`);

const problemsOf = (text: string): string[] => {
  const read = readFlowDefinition(text);
  return read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('readFlowDefinition: a connector to an element the file lacks (missingElementHint)', () => {
  it('Update Records faultConnector to a missing element of an API 62.0 flow with no Custom Error: refused, saying a retrieve before 61.0 leaves Custom Errors out', () => {
    // survey 18: sourceApiVersion 58.0 dropped each flow's <customErrors>, leaving its fault path dangling;
    // survey 19: a manifest's <version>56.0 did, where sfdx-project.json said 62.0, so both are named
    expect(problemsOf(trigger('<apiVersion>62.0</apiVersion>'))).toEqual([
      'elements[Sync_Opportunity]: the connector goes to "Show_Error", which is not an element of this flow; if it was a Custom Error element, the file was retrieved at an API version before 61.0, which leaves Custom Errors out: retrieve the flow again at 61.0 or later (sourceApiVersion in sfdx-project.json, and the <version> of a package.xml manifest the retrieve uses)',
    ]);
    // no apiVersion: it may be any, so the hint stays
    expect(problemsOf(trigger(''))[0]).toContain('retrieved at an API version before 61.0');
  });

  it('the hint whatever the flow\'s own apiVersion: a flow keeps the version it was created at when a Custom Error is added (survey 19: an Active API 60.0 trigger)', () => {
    for (const version of ['54.0', '60.0']) {
      expect(problemsOf(trigger(`<apiVersion>${version}</apiVersion>`))[0]).toContain('retrieved at an API version before 61.0');
    }
  });

  it('no hint where a Custom Error cannot be what is missing: a flow that is not record-triggered, or a file that kept its Custom Errors', () => {
    const plain = 'elements[Sync_Opportunity]: the connector goes to "Show_Error", which is not an element of this flow';
    const autolaunched = trigger('<apiVersion>62.0</apiVersion>').replace(/<object>Quote<\/object>[\s\S]*?<triggerType>RecordAfterSave<\/triggerType>/, '');
    expect(autolaunched).not.toContain('triggerType');
    expect(problemsOf(autolaunched)).toEqual([plain]);
    const kept = `
    <customErrors>
        <name>Refuse</name>
        <label>Refuse</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <customErrorMessages><errorMessage>No.</errorMessage><isFieldError>false</isFieldError></customErrorMessages>
    </customErrors>`;
    expect(problemsOf(trigger('<apiVersion>62.0</apiVersion>', kept))).toEqual([plain]);
  });
});

/** A daily scheduled flow that looks up the audit entry, maps it to log records and creates them, without `transforms`. */
const scheduledAudit = (apiVersion: string, extra = ''): string => flowText(`${apiVersion}
    <label>Audit to log</label>
    <processType>AutoLaunchedFlow</processType>
    <recordCreates>
        <name>Create_Logs</name>
        <label>Create Logs</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <inputReference>Map_Audit_To_Log</inputReference>
    </recordCreates>
    <recordLookups>
        <name>Get_Audit</name>
        <label>Get Audit</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector><targetReference>Map_Audit_To_Log</targetReference></connector>
        <filterLogic>and</filterLogic>
        <filters><field>Id</field><operator>EqualTo</operator><value><elementReference>$Record.Id</elementReference></value></filters>
        <getFirstRecordOnly>true</getFirstRecordOnly>
        <object>SetupAuditTrail</object>
        <storeOutputAutomatically>true</storeOutputAutomatically>
    </recordLookups>${extra}
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector><targetReference>Get_Audit</targetReference></connector>
        <object>SetupAuditTrail</object>
        <schedule><frequency>Daily</frequency><startDate>2026-02-01</startDate><startTime>02:00:00.000Z</startTime></schedule>
        <triggerType>Scheduled</triggerType>
    </start>
    <status>Active</status>`);

describe('readFlowDefinition: a connector to a missing Transform element (missingElementHint)', () => {
  it('Transform: a missing element whose name the flow reads as a value (Create Records of its output) is refused, saying a retrieve older than the flow leaves Transforms out', () => {
    // survey 21: an Active API 65.0 scheduled flow of a project at sourceApiVersion 55.0 had lost its Transform
    expect(problemsOf(scheduledAudit('<apiVersion>65.0</apiVersion>'))).toEqual([
      'elements[Get_Audit]: the connector goes to "Map_Audit_To_Log", which is not an element of this flow; the flow also reads {!Map_Audit_To_Log} as a value, so the missing element stored an output — most likely a Transform element, which a retrieve at an API version older than the flow\'s leaves out: retrieve the flow again at 65.0, the flow\'s own apiVersion, or later (sourceApiVersion in sfdx-project.json, and the <version> of a package.xml manifest the retrieve uses)',
    ]);
    expect(problemsOf(scheduledAudit(''))[0]).toContain('retrieve the flow again at the flow\'s own apiVersion or later');
  });

  it('Transform: read in a merge field of a record trigger, the Transform hint replaces the Custom Error one (a Custom Error has no output)', () => {
    const read = trigger('<apiVersion>62.0</apiVersion>', `
    <textTemplates>
        <name>Error_Text</name>
        <isViewedAsPlainText>true</isViewedAsPlainText>
        <text>Could not sync {!Show_Error.Name}</text>
    </textTemplates>`);
    const [problem] = problemsOf(read);
    expect(problem).toContain('the flow also reads {!Show_Error} as a value');
    expect(problem).not.toContain('Custom Error');
  });

  it('Transform: no hint when the file kept a Transform element: the missing one is missing for another reason', () => {
    const kept = `
    <transforms>
        <name>Other_Map</name>
        <label>Other Map</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <dataType>String</dataType>
        <isCollection>false</isCollection>
        <scale>0</scale>
        <storeOutputAutomatically>true</storeOutputAutomatically>
    </transforms>`;
    expect(problemsOf(scheduledAudit('<apiVersion>65.0</apiVersion>', kept))).toEqual([
      'elements[Get_Audit]: the connector goes to "Map_Audit_To_Log", which is not an element of this flow',
    ]);
  });
});
