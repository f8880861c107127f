import { describe, expect, it } from 'vitest';
import type { Flow } from '../../model/types';
import { openOrchestration } from './openOrchestration';
import { projectFlowOffer } from './projectFlowOffer';
import { projectFromFiles } from './projectFromFiles';
import { autolaunchedXml, flowFile, orchestrationXml, recruitingFiles } from './testing/projectFiles';

const ORCHESTRATION = 'Recruiting_Orchestration_v6';
const ORCHESTRATION_PATH = `orchestrator/main/default/flows/${ORCHESTRATION}.flow-meta.xml`;

describe('projectFlowOffer: the project\'s flows a design opened from it may call', () => {
  const project = projectFromFiles(recruitingFiles());
  const offer = projectFlowOffer(project, 'recruiting', ORCHESTRATION_PATH);

  it('lists every flow a step or condition can call, typed, by label — the orchestration itself not among them', () => {
    expect(offer.project).toBe('recruiting');
    expect(offer.flows.map((f) => [f.name, f.type, f.active]).sort()).toEqual([
      ['Create_and_Email_Offer', 'screen', true],
      ['Enter_Job_Application', 'screen', true],
      ['Get_Position_Owner_Username', 'autolaunched', true],
      ['Get_Usernames', 'autolaunched', true],
      ['Hiring_Manager_Review', 'screen', true],
      ['Interview_Scheduled', 'autolaunched', true],
      ['Phone_Screening_Scheduled', 'autolaunched', true],
      ['Recruiter_Phone_Screen', 'screen', true],
      ['Thank_You_For_Your_Interest', 'autolaunched', true],
    ]);
    const labels = offer.flows.map((f) => f.label ?? f.name);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('leaves out the flows a trigger starts (record-triggered, scheduled, platform event), which no step can call', () => {
    // given an autolaunched flow with no trigger, and three started by a trigger
    const triggered = (name: string, trigger: string) => flowFile(name, autolaunchedXml(name).replace('    </start>', `${trigger}\n    </start>`));
    const files = [
      flowFile('Orchestration', orchestrationXml('Orchestration', 'Step_Flow')),
      flowFile('Step_Flow', autolaunchedXml('Step flow')),
      flowFile('Plain', autolaunchedXml('Plain')),
      triggered('On_Case_Save', '        <object>Case</object>\n        <recordTriggerType>Update</recordTriggerType>\n        <triggerType>RecordAfterSave</triggerType>'),
      triggered('Nightly', '        <triggerType>Scheduled</triggerType>'),
      triggered('On_Event', '        <triggerType>PlatformEvent</triggerType>'),
    ];
    // when
    const offered = projectFlowOffer(projectFromFiles(files), 'small', 'force-app/main/default/flows/Orchestration.flow-meta.xml').flows;
    // then
    expect(offered.map((f) => f.name).sort()).toEqual(['Plain', 'Step_Flow']);
  });

  it('keeps each offered flow\'s file status, which the Flow pickers show beside "inactive"', () => {
    // given a Draft and an Obsolete flow beside an active one
    const files = [
      flowFile('Orchestration', orchestrationXml('Orchestration', 'Step_Flow')),
      flowFile('Step_Flow', autolaunchedXml('Step flow')),
      flowFile('Drafted', autolaunchedXml('Drafted', { status: 'Draft' })),
      flowFile('Retired', autolaunchedXml('Retired', { status: 'Obsolete' })),
    ];
    // when
    const offered = projectFlowOffer(projectFromFiles(files), 'small', 'force-app/main/default/flows/Orchestration.flow-meta.xml').flows;
    // then
    expect(offered.map((f) => [f.name, f.active, f.status])).toEqual([['Drafted', false, 'Draft'], ['Retired', false, 'Obsolete'], ['Step_Flow', true, 'Active']]);
  });

  it('links a flow the orchestration does not call: read from its file, with its definition, read-only (a source)', () => {
    // given the design as opened: Get_Position_Owner_Username is in the project but called by no step
    const opened = openOrchestration(project, ORCHESTRATION);
    if (!opened.ok) throw new Error(JSON.stringify(opened.report));
    expect((opened.doc.flows ?? []).some((f) => f.name === 'Get_Position_Owner_Username')).toBe(false);
    // when
    const link = offer.link('Get_Position_Owner_Username', opened.doc.flows ?? []);
    // then
    if (!link.ok) throw new Error(link.message);
    expect(link.flows.map((f) => [f.name, f.type, f.active, f.source?.path])).toEqual([
      ['Get_Position_Owner_Username', 'autolaunched', true, 'force-app/main/default/flows/Get_Position_Owner_Username.flow-meta.xml'],
    ]);
    expect(link.flows[0]!.definition).toBeDefined();
    expect(link.flows[0]!.inputs).toContain('vRecord');
  });

  it('adds the subflows a linked flow calls, except those the design has, and a Draft file is inactive', () => {
    // given a flow calling a subflow, the subflow already in the design, and a Draft flow
    const files = [
      flowFile('Orchestration', orchestrationXml('Orchestration', 'Step_Flow')),
      flowFile('Step_Flow', autolaunchedXml('Step flow')),
      flowFile('Caller', autolaunchedXml('Caller', { subflow: 'Callee' })),
      flowFile('Callee', autolaunchedXml('Callee', { subflow: 'Deepest' })),
      flowFile('Deepest', autolaunchedXml('Deepest')),
      flowFile('Drafted', autolaunchedXml('Drafted', { status: 'Draft' })),
    ];
    const small = projectFlowOffer(projectFromFiles(files), 'small', 'force-app/main/default/flows/Orchestration.flow-meta.xml');
    const have = [{ name: 'Deepest', type: 'autolaunched' } as Flow];
    // when
    const link = small.link('Caller', have);
    // then: Caller and Callee, not Deepest again; Drafted offered as inactive
    if (!link.ok) throw new Error(link.message);
    expect(link.flows.map((f) => f.name)).toEqual(['Caller', 'Callee']);
    expect(small.flows.find((f) => f.name === 'Drafted')?.active).toBe(false);
    const drafted = small.link('Drafted', []);
    expect(drafted.ok && drafted.flows[0]!.active).toBe(false);
  });

  it('says why a flow whose file cannot be used is not linked', () => {
    // given a flow file that is not a readable flow definition
    const files = [
      flowFile('Orchestration', orchestrationXml('Orchestration', 'Step_Flow')),
      flowFile('Step_Flow', autolaunchedXml('Step flow')),
      flowFile('Broken', autolaunchedXml('Broken').replace('<processType>AutoLaunchedFlow</processType>', '<processType>AutoLaunchedFlow</processType><decisions><name>D</name><rules><name>R</name><conditionLogic>1 AND</conditionLogic><connector><targetReference>Nowhere</targetReference></connector></rules></decisions>')),
    ];
    const broken = projectFlowOffer(projectFromFiles(files), 'small', 'force-app/main/default/flows/Orchestration.flow-meta.xml');
    // when
    const link = broken.link('Broken', []);
    // then
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.message).toMatch(/Broken/);
  });
});
