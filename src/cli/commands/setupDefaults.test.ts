/**
 * `$Setup` on the command line: the AutomationSwitch project (`io/project/__fixtures__/AutomationSwitch`)
 * declares the hierarchy custom setting its flow reads, and no scenario gives a record of it, so
 * `simulate`, `test` and `flow` run the flow on the setting's declared defaults (docs/flows.md, "$Setup").
 */
import { describe, expect, it } from 'vitest';
import { AUTOMATION_SWITCH_FOLDER, automationSwitchFiles } from '../../io/project/testing/projectFiles';
import { nodeIo } from '../nodeIo';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';
import { main as test } from './test';

const FLOWS = 'force-app/main/default/flows';
const CASE = { Id: '500SIM000000000101', Subject: 'Printer on fire', Routing_Queue__c: null };

/** The project in memory under `p/`, with `extra` files (and without those `drop` matches). */
function projectIo(extra: Record<string, string> = {}, drop?: RegExp) {
  return memoryIo({ ...filesUnder('p', automationSwitchFiles().filter((f) => !drop?.test(f.path))), 'inputs.json': JSON.stringify({ recordId: CASE.Id }), 'records.json': JSON.stringify({ Case: [CASE] }), ...extra });
}

describe('$Setup reads the project\'s declared defaults on the command line', () => {
  it('stageflow test on the project folder on disk: the scenario without a setting record routes by the defaults, the one with a record is switched off', async () => {
    // given the fixture folder, read through the real file system
    const out: string[] = [];
    const io = { ...nodeIo, stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
    // when
    const code = await test([AUTOMATION_SWITCH_FOLDER], io);
    // then
    expect(out.join('')).toMatch(/✓ routes a new case to the default queue/);
    expect(out.join('')).toMatch(/✓ does nothing when automation is switched off/);
    expect(out.join('')).toMatch(/2 scenarios: 2 passed, 0 failed/);
    expect(code).toBe(0);
  });

  it('stageflow simulate on the project: the step flow completes on the defaults and updates the case', async () => {
    // given
    const { io, out } = projectIo({ 'scenario.json': JSON.stringify({ format: 'stageflow.scenario', version: 1, record: CASE }) });
    // when
    const code = await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    expect(code).toBe(0);
    const trace = JSON.parse(out.stdout) as { flowRuns: { flow: string; status: string; outputs: object; recordChanges: { after: object }[] }[] };
    expect(trace.flowRuns.map((r) => [r.flow, r.status, r.outputs, r.recordChanges.map((c) => c.after)])).toEqual([
      ['Route_Case', 'completed', { escalationEmail: null, reminderLimit: 3, skipped: false }, [{ Routing_Queue__c: 'Support_Tier_1' }]],
    ]);
  });

  it('stageflow flow on the flow file finds the setting in the objects folder beside its flows folder, and under --project', async () => {
    // given
    const { io, out } = projectIo();
    // when: the flows folder is the project; then the package directory
    const fromFlows = await flow([`p/${FLOWS}/Route_Case.flow-meta.xml`, '--inputs', 'inputs.json', '--records', 'records.json'], io);
    const first = JSON.parse(out.stdout);
    out.stdout = '';
    const fromPackage = await flow([`p/${FLOWS}/Route_Case.flow-meta.xml`, '--inputs', 'inputs.json', '--records', 'records.json', '--project', 'p/force-app'], io);
    const second = JSON.parse(out.stdout);
    // then
    expect([fromFlows, fromPackage]).toEqual([0, 0]);
    for (const run of [first, second]) {
      expect(run).toMatchObject({ status: 'completed', outputs: { reminderLimit: 3, escalationEmail: null, skipped: false } });
      expect(run.recordChanges[0].after).toEqual({ Routing_Queue__c: 'Support_Tier_1' });
    }
    expect(out.stderr).toBe('');
  });

  it('stageflow flow without the setting\'s metadata keeps the unsupported stop, saying the project declares no such setting', async () => {
    // given the project without objects/Automation_Settings__c
    const { io, out } = projectIo({}, /objects\/Automation_Settings__c\//);
    // when
    await flow([`p/${FLOWS}/Route_Case.flow-meta.xml`, '--inputs', 'inputs.json', '--records', 'records.json'], io);
    // then
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'unsupported', unsupported: { reference: '$Setup.Automation_Settings__c.Disable_Flows__c',
      message: "{!$Setup.Automation_Settings__c.Disable_Flows__c} reads the custom setting Automation_Settings__c, which the simulated org does not have (give a record of Automation_Settings__c in the scenario's records); the flow's project declares no custom setting Automation_Settings__c either (objects/Automation_Settings__c/Automation_Settings__c.object-meta.xml, or objects/Automation_Settings__c.object in a retrieved package)" } });
  });
});
