import { describe, expect, it } from 'vitest';
import { booleanValue, numberValue, textValue } from '../../values';
import type { FlowValue } from '../../values';
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

describe('record-change functions', () => {
  it('ISNEW: true while the triggering record is being created', () => {
    expect(run('ISNEW()', recordContext({ Status: textValue('New') }))).toEqual(TRUE);
    expect(run('ISNEW()', recordContext({ Status: textValue('New') }, { Status: textValue('New') }))).toEqual(FALSE);
    expect(run('ISNEW()')).toEqual(FALSE);
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
