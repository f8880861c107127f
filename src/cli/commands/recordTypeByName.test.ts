/**
 * A flow that branches on the record's record type read through `RecordType`
 * (`$Record.RecordType.DeveloperName`, `Get_Case.RecordType.DeveloperName`) with no Get Records on
 * RecordType, run on a record given its record type by DeveloperName (`"RecordTypeId": "Support_Case"`):
 * the project's record types are read (the path through RecordType reads them), the name is the
 * Id of that record type, and the decision takes the admin's outcome — in an SFDX project and in a
 * retrieved package alike, under `stageflow flow` and `simulate`. A value that names no record type is
 * a warning naming the record, the value and the object's record types. Fixture:
 * `io/project/__fixtures__/RecordTypeBranch`.
 */
import { describe, expect, it } from 'vitest';
import { recordTypeBranchFiles, recordTypeBranchPackage } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo, type SimulatedTrace as Trace } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';

const CASE_ID = '500000000000001AAA';
const FORMATS = [
  ['an SFDX project', () => filesUnder('p', recordTypeBranchFiles()), 'p/force-app/main/default/flows/Route_Case_By_Type.flow-meta.xml'],
  ['a retrieved package (Case.object)', () => filesUnder('p', recordTypeBranchPackage()), 'p/unpackaged/flows/Route_Case_By_Type.flow'],
] as const;

/** The path's decision outcome and assignments of a `stageflow flow` run on a Case of record type `recordTypeId`. */
async function routed(files: Record<string, string>, file: string, recordTypeId: string) {
  const { io, out } = memoryIo({ ...files, 'records.json': JSON.stringify({ Case: [{ Id: CASE_ID, Subject: 'Printer jammed', RecordTypeId: recordTypeId }] }) });
  const code = await flow([file, '--records', 'records.json', '--record', CASE_ID], io);
  const run = JSON.parse(out.stdout) as { path: { element: string; outcome?: string }[]; assignments: { variable: string; value: unknown }[] };
  return { code, stderr: out.stderr, outcome: run.path.find((s) => s.element === 'Which_Type')?.outcome ?? null, assignments: run.assignments.map((a) => [a.variable, a.value]) };
}

describe('RecordTypeId by DeveloperName: a flow branching on $Record.RecordType.DeveloperName', () => {
  it.each(FORMATS)('stageflow flow, %s: "RecordTypeId": "Support_Case" takes the Support_Type outcome; Sales_Case (any case) the default', async (_, files, file) => {
    // when
    const support = await routed(files(), file, 'Support_Case');
    const sales = await routed(files(), file, 'sales_case');
    // then
    expect(support).toEqual({ code: 0, stderr: '', outcome: 'Support_Type', assignments: [['$Record.Priority', 'High']] });
    expect(sales).toEqual({ code: 0, stderr: '', outcome: 'default', assignments: [] });
  });

  it.each(FORMATS)('stageflow simulate, %s: the step flow reading Get_Case.RecordType.DeveloperName gives the Support team', async (_, files) => {
    // given
    const scenario = (recordTypeId: string) => JSON.stringify({ format: 'stageflow.scenario', version: 1, record: { Id: CASE_ID, Subject: 'Printer jammed', RecordTypeId: recordTypeId } });
    const teams: unknown[] = [];
    for (const recordTypeId of ['Support_Case', 'Sales_Case']) {
      const { io, out } = memoryIo({ ...files(), 'scenario.json': scenario(recordTypeId) });
      // when
      const code = await simulate(['p', '--orchestration', 'Case_Intake', '--scenario', 'scenario.json'], io);
      // then
      expect(code).toBe(0);
      teams.push((JSON.parse(out.stdout) as Trace).flowRuns.map((r) => [r.flow, r.status, r.outputs]));
    }
    expect(teams).toEqual([[['Classify_Case_Type', 'completed', { team: 'Support' }]], [['Classify_Case_Type', 'completed', { team: 'Sales' }]]]);
  });

  // the label was "neither the Id of a RecordType nor the DeveloperName…", and the decision took the default
  it('stageflow flow: the record type\'s label, "Support Case", is taken as the one record type of Case with it, with nothing said', async () => {
    const byLabel = await routed(filesUnder('p', recordTypeBranchFiles()), FORMATS[0][2], 'Support Case');
    expect(byLabel).toEqual({ code: 0, stderr: '', outcome: 'Support_Type', assignments: [['$Record.Priority', 'High']] });
  });

  it('stageflow flow: a RecordTypeId that is no record type of Case is a warning naming the record, the value and Case\'s record types; it is kept, and the decision takes the default', async () => {
    // when
    const typo = await routed(filesUnder('p', recordTypeBranchFiles()), FORMATS[0][2], 'Suport_Case');
    // then
    expect(typo.outcome).toBe('default');
    expect(typo.stderr).toBe(`records.json: Case[0].RecordTypeId: warning: the Case ${CASE_ID}: RecordTypeId "Suport_Case" is neither the Id of a RecordType nor the DeveloperName or label of a record type of Case (Case's record types are Sales_Case (Sales Case), Support_Case (Support Case)): it is kept as given, so a field read through RecordType reads nothing\n`);
  });

  it('stageflow flow: a real org\'s RecordType Id matching no record is kept as given (a flow comparing it with that Id matches), with a warning when the run holds record types of the object', async () => {
    // when
    const real = await routed(filesUnder('p', recordTypeBranchFiles()), FORMATS[0][2], '0125g000000AbCdAAA');
    // then
    expect(real.outcome).toBe('default');
    expect(real.stderr).toMatch(/^records\.json: Case\[0\]\.RecordTypeId: warning: the Case 500000000000001AAA: RecordTypeId "0125g000000AbCdAAA" is the Id of no RecordType the run holds \(Case's record types are Sales_Case \(Sales Case\), Support_Case \(Support Case\)\): it is kept as given/);
  });
});
