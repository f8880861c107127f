import { describe, expect, it } from 'vitest';
import type { RecordTrigger, Scenario } from '../model/types';
import { simulate } from './index';
import { decideLaunch, type SavedRecord } from './launch';
import { bg, orch, scenario, stage } from './testing/builders';

const ESCALATED: RecordTrigger = {
  type: 'recordTriggered', object: 'Case', when: 'createAndUpdate',
  entryConditions: { logic: 'and', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'Escalated' } }] },
};

const created = (after: SavedRecord['after']): SavedRecord => ({ object: 'Case', after, prior: null });
const updated = (prior: SavedRecord['after'], after: SavedRecord['after']): SavedRecord => ({ object: 'Case', after, prior: { ...after, ...prior } });

describe('record-triggered launch decision', () => {
  it('fires on the operations it is set for: created, updated, or both (absent: created)', () => {
    // given / when / then
    const on = (when: RecordTrigger['when'], op: 'create' | 'update') => decideLaunch({ type: 'recordTriggered', object: 'Case', ...(when ? { when } : {}) }, op, op === 'create' ? created({}) : updated({}, {})).launched;
    expect([on('create', 'create'), on('create', 'update')]).toEqual([true, false]);
    expect([on('update', 'create'), on('update', 'update')]).toEqual([false, true]);
    expect([on('createAndUpdate', 'create'), on('createAndUpdate', 'update')]).toEqual([true, true]);
    expect([on(undefined, 'create'), on(undefined, 'update')]).toEqual([true, false]);
    expect(decideLaunch({ type: 'recordTriggered', object: 'Case', when: 'create' }, 'update', updated({}, {})).reason)
      .toBe('the Case record was updated, but the orchestration starts only when a Case record is created');
  });

  it('launches only when the entry conditions hold, and says which row failed', () => {
    expect(decideLaunch(ESCALATED, 'create', created({ Status: 'Escalated' }))).toEqual({
      launched: true, reason: 'the Case record was created and its entry conditions (all must hold) are met: row 1: Status is "Escalated", needs EqualTo "Escalated"',
    });
    expect(decideLaunch(ESCALATED, 'create', created({ status: 'New' }))).toEqual({
      launched: false, reason: 'the Case record was created, but its entry conditions (all must hold) are not met: row 1: Status is "New", needs EqualTo "Escalated"',
    });
  });

  it('evaluates custom logic and IsChanged against the values before the save', () => {
    const trigger: RecordTrigger = {
      type: 'recordTriggered', object: 'Case', when: 'update',
      entryConditions: { logic: '1 AND (2 OR 3)', filters: [
        { field: 'Status', operator: 'EqualTo', value: { string: 'Escalated' } },
        { field: 'Priority', operator: 'IsChanged', value: { boolean: true } },
        { field: 'Amount__c', operator: 'GreaterThan', value: { number: 100 } },
      ] },
    };
    expect(decideLaunch(trigger, 'update', updated({ Priority: 'Low' }, { Status: 'Escalated', Priority: 'High', Amount__c: 5 })).launched).toBe(true);
    const unchanged = decideLaunch(trigger, 'update', updated({}, { Status: 'Escalated', Priority: 'High', Amount__c: 5 }));
    expect(unchanged.launched).toBe(false);
    expect(unchanged.reason).toContain('row 2: Priority was "High" and is "High", needs IsChanged true (not met)');
  });

  it('"only when a record is updated to meet the condition requirements": not when it met them already', () => {
    const once: RecordTrigger = { ...ESCALATED, onlyWhenChangedToMeet: true };
    expect(decideLaunch(once, 'update', updated({ Status: 'New' }, { Status: 'Escalated' })).launched).toBe(true);
    expect(decideLaunch(once, 'update', updated({ Subject: 'old' }, { Status: 'Escalated', Subject: 'new' }))).toEqual({
      launched: false,
      reason: 'the Case record was updated and meets the entry conditions, but it already met them before the save, and the orchestration starts only when a record is updated to meet them',
    });
    // every time it meets them: the same update launches
    expect(decideLaunch(ESCALATED, 'update', updated({ Subject: 'old' }, { Status: 'Escalated', Subject: 'new' })).launched).toBe(true);
  });

  it('takes a formula entry condition as met when no evaluator is given, and says so', () => {
    const withFormula: RecordTrigger = { type: 'recordTriggered', object: 'Case', entryFormula: 'ISCHANGED({!$Record.Status})' };
    expect(decideLaunch(withFormula, 'create', created({}))).toEqual({ launched: true, reason: 'the Case record was created and its entry formula is not evaluated by the simulator, so it is taken as met' });
    expect(decideLaunch(withFormula, 'create', created({}), () => ({ value: false })).launched).toBe(false);
  });
});

describe('a scenario that starts with a record save', () => {
  const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: [{ left: '$Record__Prior.Status', operator: 'EqualTo', right: { string: 'New' } }] } })])], {
    trigger: { ...ESCALATED, onlyWhenChangedToMeet: true },
  });
  const save = (prior: string): Scenario => scenario([{ at: 10, type: 'publishEvent' }], { record: { Status: 'Escalated' }, save: { operation: 'update', prior: { Status: prior } } });

  it('launches the run, with $Record__Prior holding the values before the save, and says why in the trace', () => {
    // when
    const trace = simulate(doc, save('New'));
    // then
    expect(trace.run.launch).toEqual({ launched: true, reason: 'the Case record was updated and its entry conditions (all must hold) are met: row 1: Status is "Escalated", needs EqualTo "Escalated"' });
    expect(trace.run.status).toBe('Completed');
    expect(trace.steps.Probe?.status).toBe('Completed');
  });

  it('does not launch: no events, no stages, run.launch says why not', () => {
    const trace = simulate(doc, save('Escalated'));
    expect(trace.run).toEqual({
      status: 'Completed', stalled: false, endedAt: 0, transitions: 0,
      launch: { launched: false, reason: 'the Case record was updated and meets the entry conditions, but it already met them before the save, and the orchestration starts only when a record is updated to meet them' },
    });
    expect(trace.events).toEqual([]);
    expect(trace.stages).toEqual({});
  });

  it('a run without a save starts as before and has no launch in its trace', () => {
    expect(simulate(doc, scenario([], { record: { Status: 'Escalated' } })).run).not.toHaveProperty('launch');
  });
});

describe('an entry formula on a record save', () => {
  const doc = orch([stage('S', [bg('Work')])], {
    trigger: { type: 'recordTriggered', object: 'Case', when: 'createAndUpdate', entryFormula: 'ISCHANGED({!$Record.Status}) && {!$Record.Status} = "Escalated"' },
  });
  const save = (op: 'create' | 'update', prior?: string): Scenario => scenario([], { record: { Status: 'Escalated' }, save: prior === undefined ? { operation: op } : { operation: op, prior: { Status: prior } } });

  it('is evaluated on the record after the save and $Record__Prior before it', () => {
    expect(simulate(doc, save('update', 'New')).run.launch).toEqual({ launched: true, reason: 'the Case record was updated and its entry formula is true' });
    expect(simulate(doc, save('update', 'Escalated')).run.launch).toEqual({ launched: false, reason: 'the Case record was updated, but its entry formula is false' });
    // ISCHANGED is false for a created record
    expect(simulate(doc, save('create')).run.launch?.launched).toBe(false);
  });

  it('a formula that cannot be evaluated is taken as met, and the reason says why', () => {
    const odd = { ...doc, trigger: { ...doc.trigger!, entryFormula: 'NOSUCHFUNCTION(1)' } } as typeof doc;
    const launch = simulate(odd, save('create')).run.launch;
    expect(launch?.launched).toBe(true);
    expect(launch?.reason).toMatch(/^the Case record was created and its entry formula cannot be evaluated \(.+\), so it is taken as met$/);
  });
});
