import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../model/types';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { addStage } from './addStage';

describe('stage.add', () => {
  it('inserts a stage after the selected one and takes over its next link; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, addStage, { name: 'Check', label: 'Check', after: 'Accounts_And_Equipment' });
    // then
    expect(run.after.stages.map((s) => s.name)).toEqual(['Accounts_And_Equipment', 'Check', 'Settle_In']);
    expect(run.after.stages[0]!.next).toBe('Check');
    expect(run.after.stages[1]!.next).toBe('Is_Sales');
    expect(run.entries).toBe(1);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('appends at the end of the run chain when nothing is selected', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = addStage.apply(doc, { name: 'Wrap_Up', label: 'Wrap up', position: { x: 900, y: 0 } });
    expect(next.stages.at(-1)!.name).toBe('Wrap_Up');
    expect(next.stages[1]!.next).toBe('Wrap_Up');
    expect(next.layout!.Wrap_Up).toEqual({ x: 900, y: 0 });
  });

  it('with nothing selected, goes after the last stage of the main path, not after a fault path\'s stage (Loan Approval)', () => {
    // given Loan Approval: Intake → Route_By_Amount → Underwriting | Auto_Approval → Funding, and Intake's fault path to Manual_Recovery
    const doc = deepFreeze(JSON.parse(readFileSync('public/samples/loan-approval.json', 'utf8')) as Orchestration);
    expect(doc.stages.find((s) => s.name === 'Intake')!.faultNext).toBe('Manual_Recovery');
    // when a stage is added with nothing selected
    const next = addStage.apply(doc, { name: 'Archive', label: 'Archive' });
    // then Funding leads to it; the fault path's stage still ends the run when it runs
    const stage = (name: string) => next.stages.find((s) => s.name === name)!;
    expect(stage('Funding').next).toBe('Archive');
    expect(stage('Manual_Recovery').next).toBeUndefined();
    expect(stage('Archive').next).toBeUndefined();
    expect(next.stages.at(-1)!.name).toBe('Archive');
  });

  it('falls back to the end of a fault path when the main path never ends (it loops back)', () => {
    // given First → Second → First (a loop) and First's fault path to Recovery, which ends
    const empty = { exit: { mode: 'allStepsCompleted' as const }, steps: [] };
    const base = propertiesFixture();
    const doc = deepFreeze({ ...base, decisions: [], stages: [
      { ...empty, name: 'First', next: 'Second', faultNext: 'Recovery' }, { ...empty, name: 'Second', next: 'First' }, { ...empty, name: 'Recovery' },
    ] });
    // when
    const next = addStage.apply(doc, { name: 'Wrap_Up', label: 'Wrap up' });
    // then
    expect(next.stages.find((s) => s.name === 'Recovery')!.next).toBe('Wrap_Up');
  });
});
