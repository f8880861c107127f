import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowElement } from '../definition';
import { chain, flowOf, run, variable } from './testing/build';

const CASE = '500000000000001AAA';

/** A Process Builder process on Case (processType Workflow): copies the formula's value and the prior Status to outputs. */
function processOf(expression: string): FlowDefinition {
  const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'result', operator: 'Assign', value: { ref: 'formula_myRule_1' } }] };
  return flowOf(chain(copy), {
    processType: 'Workflow',
    variables: [
      variable('myVariable_current', 'SObject', { io: 'in', objectType: 'Case' }),
      variable('myVariable_old', 'SObject', { io: 'in', objectType: 'Case' }),
      variable('result', 'String', { io: 'out' }),
    ],
    formulas: [{ name: 'formula_myRule_1', dataType: 'String', expression }],
  });
}

const created = { myVariable_current: { Id: CASE, OwnerId: '005B', Status: 'Working' } };
const updated = { ...created, myVariable_old: { Id: CASE, OwnerId: '005A', Status: 'New' } };

describe('the triggering record of a Process Builder process and of a record-triggered flow', () => {
  it('Process Builder run: ISNEW() is true when myVariable_current is created (no myVariable_old), false on an update', () => {
    const flow = processOf('IF(ISNEW(), "new", "update")');
    expect(run(flow, { inputs: created }).run.outputs).toEqual({ result: 'new' });
    expect(run(flow, { inputs: updated }).run.outputs).toEqual({ result: 'update' });
  });

  it('Process Builder run: ISCHANGED and PRIORVALUE of myVariable_current read myVariable_old; on create false and the current value', () => {
    const flow = processOf('IF(ISCHANGED({!myVariable_current.OwnerId}), "changed", "same") & " " & TEXT(PRIORVALUE({!myVariable_current.Status}))');
    expect(run(flow, { inputs: updated }).run.outputs).toEqual({ result: 'changed New' });
    expect(run(flow, { inputs: created }).run.outputs).toEqual({ result: 'same Working' });
  });

  it('Process Builder run without myVariable_current: ISNEW() stops as unsupported, naming the input to give', () => {
    const result = run(processOf('IF(ISNEW(), "new", "update")'));
    expect(result.run.status).toBe('unsupported');
    expect(result.run.unsupported?.message).toContain('ISNEW: this run has no triggering record in {!myVariable_current} (give the record being saved as the input myVariable_current, as stageflow flow\'s --record does)');
  });

  it('record-triggered run: ISNEW() follows $Record__Prior; in a flow triggered only on update it is false, and ISCHANGED without --prior says the prior record is missing', () => {
    // given
    const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'result', operator: 'Assign', value: { ref: 'Formula' } }] };
    const onCase = (recordTriggerType: string, expression: string) => flowOf(chain(copy), {
      start: { connector: 'Copy', object: 'Case', triggerType: 'RecordAfterSave', recordTriggerType },
      variables: [variable('result', 'Boolean', { io: 'out' })],
      formulas: [{ name: 'Formula', dataType: 'Boolean', expression }],
    });
    const record = { object: 'Case', fields: { Id: CASE, Status: 'Working' } };
    const recordPrior = { object: 'Case', fields: { Id: CASE, Status: 'New' } };
    // when / then
    expect(run(onCase('CreateAndUpdate', 'ISNEW()'), { record }).run.outputs).toEqual({ result: true });
    expect(run(onCase('CreateAndUpdate', 'ISNEW()'), { record, recordPrior }).run.outputs).toEqual({ result: false });
    expect(run(onCase('Update', 'ISNEW()'), { record }).run.outputs).toEqual({ result: false });
    expect(run(onCase('Update', 'ISCHANGED({!$Record.Status})'), { record, recordPrior }).run.outputs).toEqual({ result: true });
    const missing = run(onCase('Update', 'ISCHANGED({!$Record.Status})'), { record });
    expect(missing.run.status).toBe('unsupported');
    expect(missing.run.unsupported?.message).toContain('this flow runs only when a record is updated, and this run has no {!$Record__Prior} (the record before the update): give it');
  });

  it('record-triggered run: the IsChanged operator in a flow triggered only on update without $Record__Prior says it is missing, not false', () => {
    // given a decision on Status IsChanged
    const decide: FlowElement = { kind: 'decision', name: 'Changed', rules: [{ name: 'Yes', logic: 'and', conditions: [{ left: '$Record.Status', operator: 'IsChanged', right: { boolean: true } }] }], defaultConnector: undefined };
    const onCase = (recordTriggerType: string) => flowOf([decide], { start: { connector: 'Changed', object: 'Case', triggerType: 'RecordAfterSave', recordTriggerType } });
    const record = { object: 'Case', fields: { Id: CASE, Status: 'Working' } };
    // when
    const update = run(onCase('Update'), { record });
    const createOrUpdate = run(onCase('CreateAndUpdate'), { record });
    // then
    expect(update.run.status).toBe('unsupported');
    expect(update.run.unsupported?.message).toContain('IsChanged on {!$Record.Status}: this flow runs only when a record is updated, and this run has no {!$Record__Prior}');
    expect(createOrUpdate.run.status).toBe('completed');
    expect(createOrUpdate.run.path).toEqual([{ element: 'Changed', kind: 'decision', outcome: 'default' }]);
  });
});
