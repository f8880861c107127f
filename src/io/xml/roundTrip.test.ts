import { describe, expect, it } from 'vitest';
import { exportFlowXml } from './exportFlowXml';
import { xmlFixtures } from './fixtures';
import { importFlowXml } from './importFlowXml';

const fixtures = [...xmlFixtures('real'), ...xmlFixtures('own')];

function importOk(text: string, name: string) {
  const result = importFlowXml(text, { name });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('XML → model → XML', () => {
  it('has real and own fixtures to check', () => {
    // given / when / then
    expect(xmlFixtures('real').length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('%s: a second export equals the first', (_id, fixture) => {
    // given
    const first = exportFlowXml(importOk(fixture.text, fixture.name).doc).xml;
    // when
    const second = exportFlowXml(importOk(first, fixture.name).doc).xml;
    // then
    expect(first).toContain('<processType>Orchestrator</processType>');
    expect(second).toBe(first);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('%s: the export is the original file, byte for byte', (_id, fixture) => {
    // given
    const { doc } = importOk(fixture.text, fixture.name);
    // when
    const { xml } = exportFlowXml(doc);
    // then
    expect(xml).toBe(fixture.text);
  });
});

describe('a file saved otherwise than Salesforce writes it (Windows line endings, no final line break)', () => {
  it.each(fixtures.map((f) => [f.id, f] as const))('%s with CRLF line endings: exported back byte for byte, from a document like the LF one', (_id, fixture) => {
    // given the file as a Windows checkout (git's autocrlf) has it
    const crlf = fixture.text.replace(/\n/g, '\r\n');
    // when
    const { doc } = importOk(crlf, fixture.name);
    // then
    expect(exportFlowXml(doc).xml).toBe(crlf);
    expect(doc.extensions).toContainEqual({ kind: 'xmlText', lineEnding: 'crlf' });
    const lf = importOk(fixture.text, fixture.name).doc;
    expect({ ...doc, extensions: doc.extensions?.filter((e) => (e as { kind?: string }).kind !== 'xmlText') }).toEqual({ ...lf, extensions: lf.extensions ?? [] });
  });

  it('the file as Salesforce writes it (LF, a final line break) gets no mark; one without its final line break is written back without it', () => {
    const fixture = fixtures[0]!;
    expect(JSON.stringify(importOk(fixture.text, fixture.name).doc.extensions ?? [])).not.toContain('xmlText');
    const cut = fixture.text.replace(/\n$/, '');
    const { doc } = importOk(cut, fixture.name);
    expect(doc.extensions).toContainEqual({ kind: 'xmlText', finalNewline: false });
    expect(exportFlowXml(doc).xml).toBe(cut);
    const both = cut.replace(/\n/g, '\r\n');
    expect(exportFlowXml(importOk(both, fixture.name).doc).xml).toBe(both);
  });
});

describe('a <start> with no connector (a draft)', () => {
  const draft = xmlFixtures('own').find((f) => f.name === 'Unconnected_Draft')!;

  it('an InvalidDraft is written back without the connector, and the import says the simulation starts at the first stage', () => {
    const result = importOk(draft.text, draft.name);
    expect(result.doc.start).toBeUndefined();
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^<start> has no connector .*the simulation starts at the first stage/));
    expect(exportFlowXml(result.doc).xml).not.toMatch(/<start>[\s\S]*<connector>[\s\S]*<\/start>/);
  });

  it('once the design names its first element, the connector is written', () => {
    const { doc } = importOk(draft.text, draft.name);
    expect(exportFlowXml({ ...doc, start: 'Reassign_User_Resources' }).xml).toMatch(/<start>\s*<locationX>50<\/locationX>\s*<locationY>0<\/locationY>\s*<connector>\s*<targetReference>Reassign_User_Resources<\/targetReference>/);
  });

  it('a stage-less draft is not marked: stages added to it later are started from the first one', () => {
    const stageless = xmlFixtures('real').find((f) => f.name === 'Orchestration_Two_Level_Approval_Demo_Opportunity')!;
    const { doc } = importOk(stageless.text, stageless.name);
    expect(JSON.stringify(doc.extensions)).not.toContain('xmlStartUnconnected');
    const withStage = { ...doc, stages: [{ name: 'First', steps: [] }] };
    expect(exportFlowXml(withStage).xml).toMatch(/<connector>\s*<targetReference>First<\/targetReference>/);
  });

  it('a file of another status gains the connector to the first stage (only an InvalidDraft may start nothing)', () => {
    const { doc } = importOk(draft.text.replace('<status>InvalidDraft</status>', '<status>Obsolete</status>'), draft.name);
    expect(exportFlowXml(doc).xml).toMatch(/<connector>\s*<targetReference>Reassign_User_Resources<\/targetReference>\s*<\/connector>\s*<doesRequireRecordChangedToMeetCriteria>/);
  });
});

describe('<apiVersion> as a hand-written file spells it', () => {
  const real = xmlFixtures('real').find((f) => /<apiVersion>\d\d\.0<\/apiVersion>/.test(f.text))!;
  const version = Number(/<apiVersion>(\d\d)\.0<\/apiVersion>/.exec(real.text)![1]);

  it('reads `NN` as version NN (the rules that depend on it follow it) and writes the file back as it was', () => {
    // given the real file with `55` for `55.0`
    const text = real.text.replace(/<apiVersion>(\d\d)\.0<\/apiVersion>/, '<apiVersion>$1</apiVersion>');
    // when
    const result = importOk(text, real.name);
    // then
    expect(result.doc.apiVersion).toBe(version);
    expect(result.warnings.map((w) => w.message).join('\n')).not.toMatch(/apiVersion/);
    expect(exportFlowXml(result.doc).xml).toBe(text);
  });

  it('writes the version the design has once it is changed, in Salesforce\'s spelling', () => {
    const text = real.text.replace(/<apiVersion>(\d\d)\.0<\/apiVersion>/, '<apiVersion>$1</apiVersion>');
    const { doc } = importOk(text, real.name);
    const other = version === 60 ? 61 : 60;
    expect(exportFlowXml({ ...doc, apiVersion: other }).xml).toContain(`<apiVersion>${other}.0</apiVersion>`);
  });

  it('says a version outside 50–66 is not simulated, runs it as 66 and keeps the file\'s version', () => {
    const text = real.text.replace(/<apiVersion>\d\d\.0<\/apiVersion>/, '<apiVersion>67.0</apiVersion>');
    const result = importOk(text, real.name);
    expect(result.doc.apiVersion).toBeUndefined();
    expect(result.warnings.map((w) => w.message)).toContain('<apiVersion>67.0</apiVersion> is not a version Stageflow simulates (50.0–66.0): the design runs as API 66.0 and the file keeps its version when written back');
    const written = exportFlowXml(result.doc).xml;
    expect(written).toContain('<apiVersion>67.0</apiVersion>');
    expect(exportFlowXml(importOk(written, real.name).doc).xml).toBe(written);
  });

  it('keeps a damaged file\'s second <apiVersion> as it is, and the first one\'s place for the version (found by the XML fuzz test)', () => {
    // given a file whose first <apiVersion> holds an element and whose second holds the version
    const text = real.text.replace(/<apiVersion>\d\d\.0<\/apiVersion>/, '<apiVersion><orchestratedStages>and</orchestratedStages></apiVersion><apiVersion>63.0</apiVersion>');
    const { doc } = importOk(text, real.name);
    // when it is written back, then both are there, in their order
    const written = exportFlowXml(doc).xml;
    expect(written).toMatch(/<apiVersion>\s*<orchestratedStages>and<\/orchestratedStages>\s*<\/apiVersion>\s*<apiVersion>63\.0<\/apiVersion>/);
    expect(exportFlowXml(importOk(written, real.name).doc).xml).toBe(written);
    // and once the design is given a version, it is written in the first one's place; the second stays
    const changed = exportFlowXml({ ...doc, apiVersion: 60 }).xml;
    expect([...changed.matchAll(/<apiVersion>([^<]*)<\/apiVersion>/g)].map((m) => m[1])).toEqual(['60.0', '63.0']);
  });

  it('writes a damaged file\'s two versions back as they were, neither being the default (the file keeps its version)', () => {
    const text = real.text.replace(/<apiVersion>\d\d\.0<\/apiVersion>/, '<apiVersion>55.0</apiVersion><apiVersion>58.0</apiVersion>');
    const { doc } = importOk(text, real.name);
    const written = exportFlowXml(doc).xml;
    expect([...written.matchAll(/<apiVersion>([^<]*)<\/apiVersion>/g)].map((m) => m[1])).toEqual(['55.0', '58.0']);
  });
});

describe('an element Stageflow keeps verbatim', () => {
  it('a "Wait for Amount of Time" element whose wait event has no <name> (as Flow Builder saves it) is written back byte for byte, no name added', () => {
    // given: an orchestration file with such a wait (kept in the document's extensions)
    const fixture = xmlFixtures('own')[0]!;
    const wait = ['    <waits>', '        <name>Wait_10_Minutes</name>', '        <elementSubtype>WaitDuration</elementSubtype>', '        <label>Wait 10 Minutes</label>',
      '        <waitEvents>', '            <conditionLogic>and</conditionLogic>', '            <label>el_0</label>', '            <offset>10</offset>', '            <offsetUnit>Minutes</offsetUnit>',
      '        </waitEvents>', '    </waits>', ''].join('\n');
    const text = fixture.text.replace('</Flow>', `${wait}</Flow>`);
    // when
    const { xml } = exportFlowXml(importOk(text, fixture.name).doc);
    // then
    expect(xml).toBe(text);
  });

  it('an evaluation flow written without its …ConditionLogic (step entry, step completion, stage exit) is written back without it', () => {
    // given: Case_Review's three evaluation-flow conditions as SFDC-Assets' incident orchestration
    // writes one of its own (an exitActionName with no exitConditionLogic beside it)
    const fixture = xmlFixtures('own').find((f) => f.id === 'own/Case_Review')!;
    const text = fixture.text.replace(/(<(entry|exit)ActionType>evaluationFlow<\/\2ActionType>\n)\s*<\2ConditionLogic>and<\/\2ConditionLogic>\n/g, '$1');
    expect(fixture.text.length - text.length).toBeGreaterThan(3 * '<exitConditionLogic>and</exitConditionLogic>'.length);
    // when
    const { doc } = importOk(text, fixture.name);
    // then
    expect(exportFlowXml(doc).xml).toBe(text);
    // and a condition changed to requirements gets its logic again
    const step = doc.stages.flatMap((stage) => stage.steps).find((s) => s.complete?.mode === 'evaluationFlow')!;
    step.complete = { mode: 'requirements', requirements: [{ left: 'Review.Status', operator: 'EqualTo', right: { string: 'Completed' } }] };
    expect(exportFlowXml(doc).xml.split('<exitConditionLogic>').length).toBe(text.split('<exitConditionLogic>').length + 1);
  });

  it('a screen whose input field has a validation rule (a rich-text error message, escaped) is written back byte for byte', () => {
    // given: an orchestration file with such a screen, where Salesforce writes it (kept in the document's extensions)
    const fixture = xmlFixtures('own')[0]!;
    const screen = ['    <screens>', '        <name>Company_Details</name>', '        <label>Company Details</label>', '        <fields>',
      '            <name>CompanyNameInput</name>', '            <dataType>String</dataType>', '            <fieldType>InputField</fieldType>',
      '            <validationRule>', '                <errorMessage>&lt;p&gt;Company Name is &lt;b&gt;required&lt;/b&gt; &amp;amp; short&lt;/p&gt;</errorMessage>',
      '                <formulaExpression>LEN({!CompanyNameInput}) &gt; 1</formulaExpression>', '            </validationRule>',
      '        </fields>', '    </screens>', ''].join('\n');
    const text = fixture.text.replace('    <processType>Orchestrator</processType>\n', `    <processType>Orchestrator</processType>\n${screen}`);
    expect(text).toContain('<validationRule>');
    // when
    const { xml } = exportFlowXml(importOk(text, fixture.name).doc);
    // then
    expect(xml).toBe(text);
  });
});
