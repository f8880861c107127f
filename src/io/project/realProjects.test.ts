/**
 * The done-criterion of real projects: every real orchestration kept as a fixture (public SFDX
 * projects, see __fixtures__/README.md) that Salesforce accepted opens from its folder with its
 * flows, validates and simulates; its step and evaluation flows are in the catalog with the inputs,
 * outputs and type their files declare, and no placeholder stands for a flow that is in the folder;
 * written back unchanged it is byte for byte the file.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import type { Flow, Orchestration, Scenario } from '../../model/types';
import { validateOrchestration } from '../../model/validate';
import { validateScenario } from '../../model/validateScenario';
import { exportFlowXml } from '../xml/exportFlowXml';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { REAL_PROJECTS, realProjectFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';

const MANAGER = { Id: '005MGR000000000001', Username: 'manager@example.com', Email: 'manager@example.com' };
const LEAVING = { Id: '005USR000000000001', Username: 'leaving@example.com', ManagerId: MANAGER.Id, Reassignment_Requested__c: true };
const scenario = (extra: Partial<Scenario>): Scenario => ({ format: 'stageflow.scenario', version: 1, ...extra });
/** Long enough for Wait_for_User_to_Responsd's three-day wait to resume on the virtual clock. */
const THIRTY_DAYS = { maxTimeMs: 30 * 86_400_000 };
/** The custom notification type Notify_account_owner looks up (without it the flow faults, as in an org). */
const NOTIFICATION_TYPE = { DeveloperName: 'account_reassignment' };
/** A user asks for reassignment: the save that launches the DeactivateUser orchestrations. */
const REASSIGNMENT_SAVE = scenario({
  limits: THIRTY_DAYS, records: { User: [MANAGER], CustomNotificationType: [NOTIFICATION_TYPE] }, record: LEAVING,
  save: { operation: 'update', prior: { Reassignment_Requested__c: false } },
});

/** The scenario each orchestration runs under (default: none) and the run's expected end. */
const RUNS: Readonly<Record<string, { scenario?: Scenario; status: string; stalled?: boolean }>> = {
  // the entry flow runs its own elements: nobody approved (the screens' radio buttons have no value)
  Orchestration_Parallel_Approvals: { status: 'InProgress', stalled: true },
  // Evaluate_Stage_for_Completion needs the owner's answer "false"; the screen gives none, so the
  // stage waits after the three-day wait elapsed, as it would in the org
  Handle_User_Deactivation: { scenario: REASSIGNMENT_SAVE, status: 'InProgress', stalled: true },
  Handle_User_Deactivation_auto: {
    scenario: scenario({ limits: THIRTY_DAYS, records: { User: [MANAGER, LEAVING] }, inputs: { recordId: LEAVING.Id, curUser: { Id: LEAVING.Id, Username: LEAVING.Username, ManagerId: MANAGER.Id } } }),
    status: 'InProgress', stalled: true,
  },
  User_deactivation_orchestration: { scenario: REASSIGNMENT_SAVE, status: 'Completed' },
};

/** Inputs and outputs a flow file declares (`isInput`/`isOutput` variables), read independently. */
function declared(text: string): { inputs: string[]; outputs: string[] } {
  const variables = [...text.matchAll(/<variables>([\s\S]*?)<\/variables>/g)].map((m) => m[1]!);
  const name = (v: string): string => /<name>([^<]*)<\/name>/.exec(v)![1]!;
  return {
    inputs: variables.filter((v) => v.includes('<isInput>true</isInput>')).map(name),
    outputs: variables.filter((v) => v.includes('<isOutput>true</isOutput>')).map(name),
  };
}

const CATALOG_TYPE: Readonly<Record<string, Flow['type']>> = { AutoLaunchedFlow: 'autolaunched', Flow: 'screen', EvaluationFlow: 'evaluation' };

interface Case { id: string; apiName: string; files: ProjectFile[]; text: string; doc: Orchestration }

const cases: Case[] = REAL_PROJECTS.flatMap((name) => {
  const files = realProjectFiles(name);
  const project = projectFromFiles(files);
  return project.orchestrations.filter((o) => o.stageCount > 0).map((o) => {
    const opened = openOrchestration(project, o.apiName);
    if (!opened.ok) throw new Error(`${o.apiName}: ${JSON.stringify(opened.report)}`);
    return { id: `${name}/${o.apiName}`, apiName: o.apiName, files, text: files.find((f) => f.path === o.path)!.text, doc: opened.doc };
  });
});

const each = cases.map((c) => [c.id, c] as const);

describe('real orchestrations from public SFDX projects', () => {
  it('has every real orchestration of the fixtures (16 with stages, from three projects)', () => {
    expect(cases.map((c) => c.apiName).sort()).toEqual([
      'Handle_User_Deactivation', 'Handle_User_Deactivation_auto', 'Orch_Contract_2', 'Orchestration_Case', 'Orchestration_Contract_Approval',
      'Orchestration_Contract_Processing', 'Orchestration_Manage_Contract_Creation', 'Orchestration_Parallel_Approvals', 'Orchestrator_Opportunity_Demo_3',
      'Orchestrator_Order_Demo', 'Test_Orch3', 'Test_Orch_With_Opportunity', 'Test_Orchestration', 'User_deactivation_orchestration', 'order4demo', 'sampleautoorch',
    ].sort());
  });

  it.each(each)('%s: every flow it calls comes from its folder, none is a placeholder', (_id, c) => {
    for (const flow of c.doc.flows ?? []) expect(flow.source?.path, flow.name).toMatch(new RegExp(`/${flow.name}\\.flow-meta\\.xml$`));
  });

  it.each(each)('%s: each flow in the catalog has the type, inputs and outputs its file declares', (_id, c) => {
    for (const flow of c.doc.flows ?? []) {
      const text = c.files.find((f) => f.path === flow.source!.path)!.text;
      const processType = /<processType>([^<]*)<\/processType>/.exec(text)![1]!;
      expect({ type: flow.type, inputs: flow.inputs, outputs: flow.outputs }, flow.name).toEqual({ type: CATALOG_TYPE[processType], ...declared(text) });
    }
  });

  it.each(each)('%s: validates without errors', (_id, c) => {
    expect(validateOrchestration(c.doc).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(each)('%s: simulates', (_id, c) => {
    // given the orchestration's scenario, if it needs one
    const run = RUNS[c.apiName] ?? { status: 'Completed' };
    if (run.scenario) expect(validateScenario(run.scenario, c.doc)).toEqual([]);
    // when
    const trace = simulate(c.doc, run.scenario);
    // then
    expect({ status: trace.run.status, stalled: trace.run.stalled }).toEqual({ status: run.status, stalled: run.stalled ?? false });
    expect(trace.events.filter((e) => e.type === 'stepErrored')).toEqual([]);
  });

  it.each(each)('%s: written back unchanged, byte for byte', (_id, c) => {
    expect(exportFlowXml(c.doc).xml).toBe(c.text);
  });

  it('R20: sync or async comes from the flow\'s own elements (an Action or a Wait makes a step async from API 63)', () => {
    // given the DeactivateUser orchestration at API 63, where the flow decides
    const doc = cases.find((c) => c.apiName === 'Handle_User_Deactivation_auto')!.doc;
    const byFlow = new Map((doc.flows ?? []).map((f) => [f.name, f.elements]));
    // when
    const trace = simulate({ ...doc, apiVersion: 63 }, RUNS.Handle_User_Deactivation_auto!.scenario);
    // then
    expect(byFlow.get('Wait_for_User_to_Responsd')).toContain('Wait');
    expect(byFlow.get('Load_User')).not.toContain('Action');
    expect(trace.steps.Wait_for_User_to_Respond?.mode).toBe('async');
    expect(trace.steps.Load_User?.mode).toBe('sync');
  });

  it('Wait_for_User_to_Respond\'s own Wait element pauses its step for three days on the virtual clock, then its flow sets the output', () => {
    // given
    const doc = cases.find((c) => c.apiName === 'Handle_User_Deactivation')!.doc;
    // when
    const trace = simulate(doc, RUNS.Handle_User_Deactivation!.scenario);
    // then
    const waits = (trace.flowRuns ?? []).filter((r) => r.flow === 'Wait_for_User_to_Responsd');
    expect(waits.map((r) => r.status)).toEqual(['waiting', 'completed']);
    // the waiting run says what it waits for: its Wait element, until three days after the flow started
    expect(waits[0]!.waiting).toEqual({ element: 'Wait_3_Days', until: waits[0]!.t + 3 * 86_400_000 });
    expect(waits[1]!.waiting).toBeUndefined();
    expect(trace.steps.Wait_for_User_to_Respond?.endedAt).toBe(waits[1]!.t);
    expect(waits[1]!.t - waits[0]!.t).toBe(3 * 86_400_000);
    expect(waits[1]!.outputs).toMatchObject({ booleanWaitingPeriodElapsed: true });
  });

  it('the record save launches User_deactivation_orchestration only when the user is updated to ask for reassignment', () => {
    const doc = cases.find((c) => c.apiName === 'User_deactivation_orchestration')!.doc;
    expect(simulate(doc, REASSIGNMENT_SAVE).run.launch?.launched).toBe(true);
    const alreadyAsked = simulate(doc, { ...REASSIGNMENT_SAVE, save: { operation: 'update', prior: {} } });
    expect(alreadyAsked.run.launch).toEqual({
      launched: false,
      reason: 'the User record was updated and meets the entry conditions, but it already met them before the save, and the orchestration starts only when a record is updated to meet them',
    });
  });

  it('the work item goes to the manager of the user being deactivated ($Record.Manager.Username)', () => {
    const doc = cases.find((c) => c.apiName === 'User_deactivation_orchestration')!.doc;
    const trace = simulate(doc, REASSIGNMENT_SAVE);
    expect(trace.events.find((e) => e.type === 'workItemAssigned')).toMatchObject({ step: 'Reassign_Account_Ownership', assignee: 'manager@example.com' });
  });
});
