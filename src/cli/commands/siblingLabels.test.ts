/**
 * `$Label` under `stageflow test <project folder>`: test's discovery opens each orchestration with
 * its flows folder only, so the project's labels (`labels/CustomLabels.labels-meta.xml`, beside the
 * flows folder) are read from there, as `simulate` on the whole project reads them.
 */
import { describe, expect, it } from 'vitest';
import { automationSwitchFiles } from '../../io/project/testing/projectFiles';
import { memoryIo } from '../testing/memoryIo';
import { main as test } from './test';

const LABELS = `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels>
        <fullName>Default_Queue</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Default Queue</shortDescription>
        <value>Support_Tier_2</value>
    </labels>
</CustomLabels>
`;

/**
 * The AutomationSwitch project with its route read from the label Default_Queue, and only the
 * default scenario; without its sfdx-project.json, test opens the orchestration with its flows
 * folder alone (a copied force-app folder), which then reads the labels beside it.
 */
function projectReadingALabel(labels: string | null, sfdxProjectFile = true) {
  const files: Record<string, string> = {};
  for (const f of automationSwitchFiles()) {
    if (f.path.endsWith('switched-off.json') || (!sfdxProjectFile && f.path === 'sfdx-project.json')) continue;
    files[`p/${f.path}`] = f.text
      .replace('<elementReference>$Setup.Automation_Settings__c.Routing_Queue__c</elementReference>', '<elementReference>$Label.Default_Queue</elementReference>')
      .replace('"value": "Support_Tier_1"', '"value": "Support_Tier_2"');
  }
  if (labels !== null) files['p/force-app/main/default/labels/CustomLabels.labels-meta.xml'] = labels;
  return memoryIo(files);
}

describe('stageflow test on a project: the flows read the project\'s custom labels', () => {
  it.each([
    ['in an SFDX project (sfdx-project.json: the whole project is read)', true],
    ['in a flows folder outside any SFDX project (the labels folder beside it is read)', false],
  ])('a step flow that routes by $Label.Default_Queue routes to the label\'s value, %s', async (_, sfdxProjectFile) => {
    // given
    const { io, out } = projectReadingALabel(LABELS, sfdxProjectFile);
    // when
    const code = await test(['p'], io);
    // then
    expect(out.stdout).toMatch(/✓ routes a new case to the default queue/);
    expect(out.stdout).toMatch(/1 scenario: 1 passed, 0 failed/);
    expect(code).toBe(0);
  });

  it('without the labels file the scenario fails, and the report says the step\'s flow could not be simulated and why, beside the failure', async () => {
    // given
    const { io, out } = projectReadingALabel(null);
    // when
    const code = await test(['p'], io);
    // then
    expect(out.stdout).toContain('routes-by-default.json: (root): warning: step Route: flow Route_Case could not be simulated ({!$Label.Default_Queue} reads a custom label');
    expect(out.stdout).toContain('the stand-in behaviour was used, so this run does not show what the flow does');
    expect(out.stdout).toMatch(/✗ expected Case record 500SIM000000000101: Routing_Queue__c is "Support_Tier_2"/);
    expect(code).toBe(1);
  });
});
