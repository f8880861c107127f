/**
 * The app's project run path for flows that read the record type through `RecordType`
 * (RecordTypeBranch fixture, `__fixtures__/RecordTypeBranch/README.md`): a path through RecordType
 * counts as reading RecordType, so the project's record types are read and carried by the step flow;
 * the scenario's triggering record gives its record type by DeveloperName, and the Scenario problems
 * panel's check (validateScenario) names a value that is no record type of the object.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { validateScenario } from '../../model/validateScenario';
import { flowsReadRecordTypes, recordTypeIdOf } from './deployedRecordTypes';
import { openOrchestration } from './openOrchestration';
import { readLazyFiles } from './readLazyFiles';
import { recordTypeBranchFiles, recordTypeBranchPackage } from './testing/projectFiles';
import type { ProjectFile } from './types';

const scenario = (recordTypeId: string) => ({ format: 'stageflow.scenario' as const, version: 1 as const, record: { Id: '500000000000001AAA', Subject: 'Printer jammed', RecordTypeId: recordTypeId } });

async function opened(files: readonly ProjectFile[]) {
  const project = await readLazyFiles(files.map((f) => ({ path: f.path, read: () => Promise.resolve(f.text) })));
  const open = openOrchestration(project, 'Case_Intake');
  if (!open.ok) throw new Error('Case_Intake did not open');
  return { project, doc: open.doc };
}

describe('record types read through RecordType, and a RecordTypeId given by DeveloperName (RecordTypeBranch)', () => {
  it('a flow reading $Record.RecordType.X, {!Get_Case.RecordType.Name} or a formula through it reads RecordType; another relationship or a Get Records on another object does not', () => {
    // then
    expect(['<leftValueReference>$Record.RecordType.DeveloperName</leftValueReference>', '<elementReference>Get_Case.RecordType.Name</elementReference>', '<expression>{!$record.recordtype.developername} = "X"</expression>', '<elementReference>$Record.Account.RecordType.Name</elementReference>'].map((t) => flowsReadRecordTypes([t]))).toEqual([true, true, true, true]);
    expect(['<elementReference>$Record.RecordTypeId</elementReference>', '<elementReference>$Record.My_RecordType__r.Name</elementReference>', '<object>Case</object>'].map((t) => flowsReadRecordTypes([t]))).toEqual([false, false, false]);
  });

  it.each([
    ['an SFDX project', recordTypeBranchFiles],
    ['a retrieved package (Case.object)', recordTypeBranchPackage],
  ])('%s: the step flow carries the record types, and the record given Support_Case is classified Support, Sales_Case Sales', async (_, files) => {
    // given
    const { project, doc } = await opened(files());
    // when
    const teams = ['Support_Case', 'Sales_Case'].map((name) => simulate(doc, scenario(name)).flowRuns?.map((r) => [r.flow, r.status, r.outputs]));
    // then
    expect(project.recordTypes?.map((r) => r.Id)).toEqual([recordTypeIdOf('Case', 'Sales_Case'), recordTypeIdOf('Case', 'Support_Case')]);
    expect(teams).toEqual([[['Classify_Case_Type', 'completed', { team: 'Support' }]], [['Classify_Case_Type', 'completed', { team: 'Sales' }]]]);
  });

  it('Scenario problems: a RecordTypeId that is no record type of Case is a warning at record.RecordTypeId naming the value and the record types; a name, an Id of the run or a scenario RecordType is none', async () => {
    // given
    const { doc } = await opened(recordTypeBranchFiles());
    const given = { ...scenario('Field_Service'), records: { RecordType: [{ Id: '012000000000009AAA', SobjectType: 'Case', DeveloperName: 'Field_Service', Name: 'Field Service' }] } };
    // when
    const typo = validateScenario(scenario('Suport_Case'), doc);
    const fine = [scenario('support_case'), scenario(recordTypeIdOf('Case', 'Sales_Case')), given].map((s) => validateScenario(s, doc));
    // then
    expect(typo).toEqual([{ path: 'record.RecordTypeId', severity: 'warning', message: 'the triggering Case: RecordTypeId "Suport_Case" is neither the Id of a RecordType nor the DeveloperName or label of a record type of Case (Case\'s record types are Sales_Case (Sales Case), Support_Case (Support Case)): it is kept as given, so a field read through RecordType reads nothing' }]);
    expect(fine).toEqual([[], [], []]);
  });
});
