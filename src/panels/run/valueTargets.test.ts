import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundStep, orchestration, requirement, stage } from '../../model/testing/fixtures';
import type { Orchestration } from '../../model/types';
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

  it('what a condition reads comes first, then the rest in the design\'s order (a Record variable\'s sample fields, then the other fields the design reads), a record\'s Id last', () => {
    // given: order's sample holds Id, Status, Paid, Total; a requirement reads order.Note
    const step = backgroundStep('Ship', { start: { mode: 'requirements', logic: 'and', requirements: [requirement('order.Note', 'IsNull', { boolean: false })] } });
    const doc = orchestration({ stages: [stage('Main', [step])] });
    // when
    const targets = targetsOf(doc);
    // then
    expect(targets.map((t) => t.ref)).toEqual(['order.Note', 'amount', 'region', 'due', 'order.Status', 'order.Paid', 'order.Total', 'order.Id']);
    expect(targets[1]).toEqual({ ref: 'amount', type: 'Number' });
  });

  it('in a stuck Onboarding run, the field the waiting step\'s evaluation flow reads comes first, and the record\'s Id last', () => {
    // given: Settle in is in progress and Assign buddy waits on "Hire confirmed?" (hire.Confirmed = true)
    const doc = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
    const moment = { stages: { Accounts_And_Equipment: 'Completed', Settle_In: 'InProgress' }, steps: { Create_User_Accounts: 'Completed', Provision_Laptop: 'Completed', Welcome_Email: 'Completed', Buddy: 'NotStarted' } };
    // when / then: what it waits on, what other conditions read (Welcome email's hire.Department), the rest, the Id
    expect(targetsOf(doc, moment).map((t) => t.ref)).toEqual(['hire.Confirmed', 'hire.Department', 'laptopTag', 'hire.Id']);
    // at the start (nothing in progress) what any condition reads still comes before the rest
    expect(targetsOf(doc).map((t) => t.ref)).toEqual(['hire.Department', 'hire.Confirmed', 'laptopTag', 'hire.Id']);
  });

  it('a waiting step\'s requirement rows, its evaluation flow\'s inputs and the decision after its stage count as waited on; a completed stage\'s do not', () => {
    // given: Work (in progress) has Review waiting on order.Paid, Check running until order.Status, a
    // decision after it reading amount; Later (not started) waits on order.Total
    const review = backgroundStep('Review', { start: { mode: 'requirements', logic: 'and', requirements: [requirement('order.Paid', 'EqualTo', { boolean: true })] } });
    const check = backgroundStep('Check', { complete: { mode: 'evaluationFlow', flow: 'Checked', inputs: { status: 'order.Status' } } });
    const later = backgroundStep('Later', { start: { mode: 'requirements', logic: 'and', requirements: [requirement('order.Total', 'GreaterThan', { number: 5 })] } });
    const doc = orchestration({ stages: [{ ...stage('Work', [review, check]), next: 'Big' }, stage('Next', [later])], decisions: [{ name: 'Big', outcomes: [{ name: 'Yes', logic: 'and', requirements: [requirement('amount', 'GreaterThan', { number: 10 })], next: 'Next' }], defaultNext: 'Next' }] });
    const moment = { stages: { Work: 'InProgress', Next: 'NotStarted' }, steps: { Review: 'NotStarted', Check: 'InProgress', Later: 'NotStarted' } };
    // when
    const refs = targetsOf(doc, moment).map((t) => t.ref);
    // then
    expect(refs.slice(0, 3)).toEqual(['amount', 'order.Status', 'order.Paid']);
    expect(refs.indexOf('order.Total')).toBe(3);
    expect(refs.at(-1)).toBe('order.Id');
  });

  it('a suspended run waits on what its suspended stage waits on, as when it is in progress (R33: the run and its stage are Suspended)', () => {
    // given Onboarding suspended while Assign buddy waits on "Hire confirmed?" (hire.Confirmed = true)
    const doc = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
    const moment = { stages: { Accounts_And_Equipment: 'Completed', Settle_In: 'Suspended' }, steps: { Create_User_Accounts: 'Completed', Provision_Laptop: 'Completed', Welcome_Email: 'Completed', Buddy: 'NotStarted' } };
    // when / then: what it waits on first, as in progress (it was read as a run waiting on nothing)
    expect(targetsOf(doc, moment).map((t) => t.ref)).toEqual(['hire.Confirmed', 'hire.Department', 'laptopTag', 'hire.Id']);
  });

  it('reads a design once per version: the same document answers from what it read, a changed one is read again', () => {
    // given a design whose steps read order.Note, asked once
    const step = backgroundStep('Ship', { start: { mode: 'requirements', logic: 'and', requirements: [requirement('order.Note', 'IsNull', { boolean: false })] } });
    const doc = orchestration({ stages: [stage('Main', [step])] });
    const first = targetsOf(doc);
    // when asked again, and about the next version, which reads amount instead
    const again = targetsOf(doc);
    const next = orchestration({ stages: [stage('Main', [{ ...step, start: { mode: 'requirements', logic: 'and', requirements: [requirement('amount', 'GreaterThan', { number: 1 })] } }])] });
    // then
    expect(again).toEqual(first);
    expect(targetsOf(next).map((t) => t.ref).slice(0, 2)).toEqual(['amount', 'region']);
  });

  it('reads a typed value as the target expects', () => {
    expect(parseTypedValue('12', 'Number')).toBe(12);
    expect(parseTypedValue('TRUE', 'Boolean')).toBe(true);
    expect(parseTypedValue('false', 'Field')).toBe(false);
    expect(parseTypedValue('Resolved', 'Field')).toBe('Resolved');
    expect(parseTypedValue(' ', 'Text')).toBeNull();
  });
});
