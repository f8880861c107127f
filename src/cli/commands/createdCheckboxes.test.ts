/**
 * A record a project's flow creates holds `false` in each stored Checkbox the project declares and
 * the Create Records does not set, and a Checkbox an Update Records sets to null stores `false`, as
 * starting records do (Salesforce never stores null in a Checkbox; docs/projects.md): the same in
 * `stageflow simulate` and `stageflow flow`. CrateIntake (`io/project/__fixtures__/CrateIntake`):
 * the step flow Open_Crate creates a Crate__c — an object the orchestration reads no record of —
 * without Fragile__c, clears Sealed__c, reads the crate back and tests `Fragile__c EqualTo false`.
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';

interface Change { operation: string; object: string; after?: Record<string, unknown>; before?: Record<string, unknown> }
interface FlowRun { flow?: string; outputs?: Record<string, unknown>; recordChanges: Change[] }

const DEPOT = { Id: 'a01SIM000000000101', Name: 'North' };

/** What both commands must give: the crate created with Fragile__c false (the formula Is_Unnamed__c left out), Sealed__c cleared to false, the crate sturdy. */
function expectCrateRun(run: FlowRun): void {
  const [created, updated] = run.recordChanges;
  expect(created).toMatchObject({ operation: 'create', object: 'Crate__c', after: { Name: 'Crate', Sealed__c: true, Fragile__c: false } });
  expect(Object.keys(created!.after!)).not.toContain('Is_Unnamed__c');
  expect(updated).toMatchObject({ operation: 'update', object: 'Crate__c', before: { Sealed__c: true }, after: { Sealed__c: false } });
  expect(run.outputs).toEqual({ outcome: 'sturdy' });
}

describe('records a project flow creates or clears: stored Checkboxes are false', () => {
  it('stageflow simulate: the created crate omits Fragile__c and reads false in Get Records and the decision; the cleared Sealed__c is false', async () => {
    const { io, out } = memoryIo(filesUnder('p', crateIntakeFiles()));
    const code = await simulate(['p'], io);
    expect(out.stderr).not.toMatch(/error|Crate__c/);
    expect(code).toBe(0);
    const trace = JSON.parse(out.stdout) as { flowRuns: FlowRun[] };
    expect(trace.flowRuns).toHaveLength(1);
    expectCrateRun(trace.flowRuns[0]!);
  });

  it('stageflow flow: the same run of the step flow, though no --records record is a Crate__c', async () => {
    const { io, out } = memoryIo({ ...filesUnder('p', crateIntakeFiles()), 'rec.json': JSON.stringify({ Depot__c: [DEPOT] }), 'in.json': JSON.stringify({ depot: DEPOT }) });
    const code = await flow(['p/force-app/main/default/flows/Open_Crate.flow-meta.xml', '--records', 'rec.json', '--inputs', 'in.json'], io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expectCrateRun(JSON.parse(out.stdout) as FlowRun);
  });

  it('stageflow flow: Update Records giving Sealed__c an empty reference (<elementReference></elementReference>) stores false as a value left out does', async () => {
    const files = crateIntakeFiles().map((f) => (f.path.endsWith('Open_Crate.flow-meta.xml') ? { ...f, text: f.text.replace('<field>Sealed__c</field>\n        </inputAssignments>', '<field>Sealed__c</field>\n            <value>\n                <elementReference></elementReference>\n            </value>\n        </inputAssignments>') } : f));
    expect(files.find((f) => f.path.endsWith('Open_Crate.flow-meta.xml'))!.text).toContain('<elementReference></elementReference>');
    const { io, out } = memoryIo({ ...filesUnder('p', files), 'rec.json': JSON.stringify({ Depot__c: [DEPOT] }), 'in.json': JSON.stringify({ depot: DEPOT }) });
    expect(await flow(['p/force-app/main/default/flows/Open_Crate.flow-meta.xml', '--records', 'rec.json', '--inputs', 'in.json'], io)).toBe(0);
    expectCrateRun(JSON.parse(out.stdout) as FlowRun);
  });

  it('a Fragile__c the Create Records sets is kept', async () => {
    const files = crateIntakeFiles().map((f) => (f.path.endsWith('Open_Crate.flow-meta.xml') ? { ...f, text: f.text.replace('<field>Sealed__c</field>\n            <value>\n                <booleanValue>true', '<field>Fragile__c</field>\n            <value>\n                <booleanValue>true') } : f));
    const { io, out } = memoryIo({ ...filesUnder('p', files), 'rec.json': JSON.stringify({ Depot__c: [DEPOT] }), 'in.json': JSON.stringify({ depot: DEPOT }) });
    expect(await flow(['p/force-app/main/default/flows/Open_Crate.flow-meta.xml', '--records', 'rec.json', '--inputs', 'in.json'], io)).toBe(0);
    const run = JSON.parse(out.stdout) as FlowRun;
    expect(run.recordChanges[0]!.after).toMatchObject({ Fragile__c: true, Sealed__c: false });
    expect(run.outputs).toEqual({ outcome: 'unknown' });
  });
});
