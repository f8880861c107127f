import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { resourceInWords } from './resourceWords';

const sample = (name: string) => JSON.parse(readFileSync(`public/samples/${name}.json`, 'utf8')) as Orchestration;
const onboarding = sample('onboarding');
const orders = sample('order-fulfilment');
const cases = sample('case-escalation');

it('a step’s or stage’s status reads by its label, as its card does', () => {
  expect(resourceInWords('Create_User_Accounts.Status', onboarding)).toBe('Status of step “Create user accounts”');
  expect(resourceInWords('Validate.Status', orders)).toBe('Status of step “Validate order”');
});

it('a step output reads by its step’s label', () => {
  expect(resourceInWords('Classify_Case.Outputs.priorityScore', cases)).toBe('Output priorityScore of step “Score the case”');
});

it('the triggering record reads as Flow Builder names it, with its object', () => {
  expect(resourceInWords('$Record.Total', orders)).toBe('Triggering Order › Total');
  expect(resourceInWords('$Record__Prior.Total', orders)).toBe('Triggering Order before the save › Total');
});

it('a field reads by its label from the project’s object metadata, on the triggering record and on a Record variable', () => {
  // given labels for Order.Total and Contact.Confirmed
  const labels = (object: string, field: string) => ({ 'Order.Total': 'Order Amount', 'Contact.Confirmed': 'HR confirmed' } as Record<string, string>)[`${object}.${field}`];
  // then each field is named by its label
  expect(resourceInWords('$Record.Total', orders, labels)).toBe('Triggering Order › Order Amount');
  expect(resourceInWords('hire.Confirmed', onboarding, labels)).toBe('hire › HR confirmed');
});

it('a variable, a Record variable’s field without a label and a global keep their API name: there are no better words', () => {
  expect(resourceInWords('hire.Confirmed', onboarding)).toBe('hire.Confirmed');
  expect(resourceInWords('score', cases)).toBe('score');
  expect(resourceInWords('$User.Username', orders)).toBe('$User.Username');
  expect(resourceInWords('Validate.Status', null)).toBe('Validate.Status');
});
