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
import { main as simulate } from './simulate';

interface Change { operation: string; object: string; after?: Record<string, unknown>; before?: Record<string, unknown> }
interface FlowRun { flow?: string; outputs?: Record<string, unknown>; recordChanges: Change[] }

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
});
