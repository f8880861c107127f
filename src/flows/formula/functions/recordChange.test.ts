import { describe, expect, it } from 'vitest';
import { booleanValue, numberValue, textValue } from '../../values';
import type { FlowValue } from '../../values';
import type { FormulaContext, TriggerRecordVariables } from '../context';
import { contextOf, fails, run } from '../testing/formulaHarness';

const TRUE = booleanValue(true);
const FALSE = booleanValue(false);

/** A record-triggered context: the record now, and (for an update) as it was before. */
function recordContext(now: Record<string, FlowValue>, before?: Record<string, FlowValue>) {
  const values: Record<string, FlowValue> = { $Record: { type: 'Record', value: { Id: '500A' } } };
  for (const [field, v] of Object.entries(now)) values[`$Record.${field}`] = v;
  if (before) {
    values.$Record__Prior = { type: 'Record', value: { Id: '500A' } };
    for (const [field, v] of Object.entries(before)) values[`$Record__Prior.${field}`] = v;
  }
  return contextOf(values);
}

const PROCESS_BUILDER: TriggerRecordVariables = { current: 'myVariable_current', prior: 'myVariable_old' };

/** A Process Builder context: `myVariable_current` now, `myVariable_old` before an update (null on create). */
function processContext(now: Record<string, FlowValue> | null, before?: Record<string, FlowValue>): FormulaContext {
  const values: Record<string, FlowValue> = {
    myVariable_current: { type: 'Record', value: now === null ? null : { Id: '500A' } },
    myVariable_old: { type: 'Record', value: before ? { Id: '500A' } : null },
  };
  for (const [field, v] of Object.entries(now ?? {})) values[`myVariable_current.${field}`] = v;
  for (const [field, v] of Object.entries(before ?? {})) values[`myVariable_old.${field}`] = v;
  return { ...contextOf(values), triggerRecord: PROCESS_BUILDER };
}

describe('record-change functions', () => {
  it('ISNEW: true while the triggering record is being created', () => {
    expect(run('ISNEW()', recordContext({ Status: textValue('New') }))).toEqual(TRUE);
    expect(run('ISNEW()', recordContext({ Status: textValue('New') }, { Status: textValue('New') }))).toEqual(FALSE);
  });

  it('ISNEW: without a triggering record it is an error naming the record to give, not a silent false', () => {
    expect(fails('ISNEW()')).toMatchObject({ message: 'position 1: ISNEW: this run has no triggering record in {!$Record} (give the triggering record)', function: 'ISNEW' });
    expect(fails('ISNEW()', processContext(null))).toMatchObject({ message: expect.stringContaining('no triggering record in {!myVariable_current} (give the record being saved as the input myVariable_current, as stageflow flow\'s --record does)') });
    // ISCHANGED and PRIORVALUE say the same, instead of faulting on a null record
    expect(fails('ISCHANGED({!myVariable_current.OwnerId})', processContext(null))).toMatchObject({ function: 'ISCHANGED', message: expect.stringContaining('no triggering record in {!myVariable_current}') });
    expect(fails('PRIORVALUE({!myVariable_current.OwnerId})', processContext(null))).toMatchObject({ function: 'PRIORVALUE', message: expect.stringContaining('no triggering record in {!myVariable_current}') });
  });

  it('ISCLONE: false for the record being saved, created or updated (a scenario never clones); without one, the error ISNEW gives', () => {
    // survey 18: an Active Quote trigger's formula IsQuoteCloned = ISCLONE() stopped the run as unsupported
    expect(run('ISCLONE()', recordContext({ Status: textValue('Draft') }))).toEqual(FALSE);
    expect(run('ISCLONE()', recordContext({ Status: textValue('Draft') }, { Status: textValue('Draft') }))).toEqual(FALSE);
    expect(run('ISCLONE()', processContext({ OwnerId: textValue('005B') }))).toEqual(FALSE);
    expect(run('IF(ISCLONE(), "clone", "new")', recordContext({}))).toEqual(textValue('new'));
    expect(fails('ISCLONE()')).toMatchObject({ message: 'position 1: ISCLONE: this run has no triggering record in {!$Record} (give the triggering record)', function: 'ISCLONE' });
    expect(fails('ISCLONE(1)', recordContext({}))).toMatchObject({ function: 'ISCLONE' });
  });

  it('Process Builder ISNEW: true while myVariable_current is being created (myVariable_old null), false on an update', () => {
    expect(run('ISNEW()', processContext({ OwnerId: textValue('005B') }))).toEqual(TRUE);
    expect(run('ISNEW()', processContext({ OwnerId: textValue('005B') }, { OwnerId: textValue('005A') }))).toEqual(FALSE);
  });

  it('Process Builder ISCHANGED: a field of myVariable_current against myVariable_old; false on create', () => {
    // given
    const updated = processContext({ OwnerId: textValue('005B'), Status: textValue('New') }, { OwnerId: textValue('005A'), Status: textValue('New') });
    // when / then
    expect(run('ISCHANGED({!myVariable_current.OwnerId})', updated)).toEqual(TRUE);
    expect(run('ISCHANGED({!myVariable_current.Status})', updated)).toEqual(FALSE);
    expect(run('ISNEW() || ISCHANGED({!myVariable_current.OwnerId})', updated)).toEqual(TRUE);
    expect(run('ISCHANGED({!myVariable_current.OwnerId})', processContext({ OwnerId: textValue('005B') }))).toEqual(FALSE);
    // the "only when specified changes are made" formula names the field on myVariable_old: the same field
    expect(run('ISCHANGED({!myVariable_old.OwnerId})', updated)).toEqual(TRUE);
  });

  it('Process Builder PRIORVALUE: myVariable_old\'s field on an update, the current value on create', () => {
    const updated = processContext({ Status: textValue('Closed') }, { Status: textValue('New') });
    expect(run('PRIORVALUE({!myVariable_current.Status})', updated)).toEqual(textValue('New'));
    expect(run('ISPICKVAL(PRIORVALUE({!myVariable_current.Status}), "New")', updated)).toEqual(TRUE);
    expect(run('PRIORVALUE({!myVariable_current.Status})', processContext({ Status: textValue('Closed') }))).toEqual(textValue('Closed'));
  });

  it('Process Builder: an argument that is not a field of the triggering record names myVariable_current', () => {
    expect(fails('ISCHANGED({!$Record.Status})', processContext({ Status: textValue('New') }))).toMatchObject({
      message: 'position 11: ISCHANGED argument 1: must be a field of the triggering record, such as {!myVariable_current.Status}',
    });
  });

  it('a flow triggered only on update: ISNEW is false, and ISCHANGED / PRIORVALUE without $Record__Prior say it is missing', () => {
    // given $Record but no $Record__Prior, in a flow that runs only on update
    const updateOnly = { ...recordContext({ Status: textValue('Closed') }), triggerRecord: { current: '$Record', prior: '$Record__Prior', updateOnly: true } };
    // when / then
    expect(run('ISNEW()', updateOnly)).toEqual(FALSE);
    const missing = 'this flow runs only when a record is updated, and this run has no {!$Record__Prior} (the record before the update): give it';
    expect(fails('ISCHANGED({!$Record.Status})', updateOnly)).toMatchObject({ message: `position 1: ISCHANGED: ${missing}`, function: 'ISCHANGED' });
    expect(fails('PRIORVALUE({!$Record.Status})', updateOnly)).toMatchObject({ message: `position 1: PRIORVALUE: ${missing}` });
    // with the prior record, as any update
    const withPrior = { ...recordContext({ Status: textValue('Closed') }, { Status: textValue('New') }), triggerRecord: updateOnly.triggerRecord };
    expect(run('ISCHANGED({!$Record.Status})', withPrior)).toEqual(TRUE);
  });

  it('ISCHANGED: a field of $Record differs from its prior value', () => {
    // given
    const updated = recordContext({ Status: textValue('Closed'), Amount: numberValue(5) }, { Status: textValue('New'), Amount: numberValue(5) });
    // when / then
    expect(run('ISCHANGED({!$Record.Status})', updated)).toEqual(TRUE);
    expect(run('ISCHANGED({!$Record.Amount})', updated)).toEqual(FALSE);
    expect(run('ISCHANGED($Record.Status) && ISPICKVAL({!$Record.Status}, "Closed")', updated)).toEqual(TRUE);
  });

  it('ISCHANGED: false for a new record; a field that went from blank to a value changed', () => {
    expect(run('ISCHANGED({!$Record.Status})', recordContext({ Status: textValue('New') }))).toEqual(FALSE);
    expect(run('ISCHANGED({!$Record.Status})', recordContext({ Status: textValue('New') }, { Status: textValue(null) }))).toEqual(TRUE);
  });

  it('ISCHANGED: the argument must be a field of $Record', () => {
    expect(fails('ISCHANGED({!status})', contextOf({ status: textValue('x') }))).toEqual({
      message: 'position 11: ISCHANGED argument 1: must be a field of the triggering record, such as {!$Record.Status}',
      position: 11,
      function: 'ISCHANGED',
    });
  });

  it('PRIORVALUE: the value before the change; for a new record the current value', () => {
    expect(run('PRIORVALUE({!$Record.Status})', recordContext({ Status: textValue('Closed') }, { Status: textValue('New') }))).toEqual(textValue('New'));
    expect(run('PRIORVALUE({!$Record.Status})', recordContext({ Status: textValue('New') }))).toEqual(textValue('New'));
  });
});
