import { describe, expect, it } from 'vitest';
import { backgroundStep, orchestration, requirement, stage } from '../../model/testing/fixtures';
import { parseTypedValue, targetsOf } from './valueTargets';

describe('what a run\'s value can be set on', () => {
  it('a Record variable with no sample value (a project\'s $Record) offers the fields the design reads of it', () => {
    // given: a record-triggered design whose step waits for $Record.Status, and reads $Record.Account.Type (a relationship)
    const waiting = backgroundStep('Resolve', { start: { mode: 'requirements', logic: 'and', requirements: [
      requirement('$Record.Status', 'EqualTo', { string: 'Resolved' }), requirement('$record.status', 'NotEqualTo', { string: 'Closed' }),
      requirement('$Record.Account.Type', 'EqualTo', { string: 'Customer' }),
    ] } });
    const doc = orchestration({ variables: [{ name: '$Record', type: 'Record', object: 'Case' }], stages: [stage('Work', [waiting])] });
    // when / then: one Status (names are case-insensitive), no relationship path
    expect(targetsOf(doc)).toEqual([{ ref: '$Record.Status', type: 'Field' }]);
  });

  it('a Record variable with a sample value offers its fields first, then the other fields the design reads; other variables by their type', () => {
    // given: order's sample holds Id, Status, Paid, Total; a requirement reads order.Note
    const step = backgroundStep('Ship', { start: { mode: 'requirements', logic: 'and', requirements: [requirement('order.Note', 'IsNull', { boolean: false })] } });
    const doc = orchestration({ stages: [stage('Main', [step])] });
    // when
    const targets = targetsOf(doc);
    // then
    expect(targets.map((t) => t.ref)).toEqual(['amount', 'region', 'due', 'order.Id', 'order.Status', 'order.Paid', 'order.Total', 'order.Note']);
    expect(targets[0]).toEqual({ ref: 'amount', type: 'Number' });
  });

  it('reads a typed value as the target expects', () => {
    expect(parseTypedValue('12', 'Number')).toBe(12);
    expect(parseTypedValue('TRUE', 'Boolean')).toBe(true);
    expect(parseTypedValue('false', 'Field')).toBe(false);
    expect(parseTypedValue('Resolved', 'Field')).toBe('Resolved');
    expect(parseTypedValue(' ', 'Text')).toBeNull();
  });
});
