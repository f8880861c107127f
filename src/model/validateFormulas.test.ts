import { describe, expect, it } from 'vitest';
import type { Orchestration, RecordTrigger } from './types';
import { backgroundStep, describeProblems, orchestration, stage } from './testing/fixtures';
import { validateOrchestration } from './validate';

const problemsOf = (doc: Orchestration): string[] => describeProblems(validateOrchestration(doc));

describe('validateOrchestration: formula resources', () => {
  it('accepts a formula that parses and reads existing resources, usable by name', () => {
    // given
    const doc = orchestration({
      formulas: [{ name: 'Is_Big', type: 'Boolean', expression: '{!amount} > 100 && {!order.Paid}' }],
      stages: [stage('Main', [backgroundStep('A', { start: { mode: 'requirements', requirements: [{ left: 'Is_Big', operator: 'EqualTo', right: { boolean: true } }] } })])],
    });
    // when / then
    expect(problemsOf(doc)).toEqual([]);
  });

  it('reports an unknown merge field, a formula that reads itself and a name taken twice', () => {
    const doc = orchestration({
      formulas: [
        { name: 'Typo', type: 'Number', expression: '{!amout} * 2' },
        { name: 'Ping', type: 'Boolean', expression: 'NOT({!Pong})' },
        { name: 'Pong', type: 'Boolean', expression: '{!Ping}' },
        { name: 'amount', type: 'Number', expression: '1' },
      ],
    });
    expect(problemsOf(doc)).toEqual([
      'formulas[3].name: the API name "amount" is already used by the variable at variables[0]: names must be unique across stages, steps, decisions, variables and formulas',
      'formulas[0].expression: formula "Typo" reads {!amout}: unknown resource "amout": nothing in this orchestration has this name (did you mean "amount"?)',
      'formulas[1].expression: formula "Ping" reads itself (through Pong): it has no value',
      'formulas[2].expression: formula "Pong" reads itself (through Ping): it has no value',
    ]);
  });
});

describe('validateOrchestration: record-triggered start', () => {
  const onCase = (trigger: Partial<RecordTrigger>): Orchestration => orchestration({ trigger: { type: 'recordTriggered', object: 'Case', ...trigger } });

  it('points out a trigger that starts a run on every save of every record', () => {
    expect(problemsOf(onCase({ when: 'createAndUpdate' }))).toEqual(['trigger.when: the orchestration starts on every save of every Case: add entry conditions, or start it only when a record is created']);
    expect(problemsOf(onCase({ when: 'create' }))).toEqual([]);
    expect(problemsOf(onCase({ when: 'update', entryConditions: { logic: 'and', filters: [{ field: 'Status', operator: 'IsChanged', value: { boolean: true } }] } }))).toEqual([]);
  });

  it('checks the entry condition logic and the rows', () => {
    const doc = onCase({
      when: 'update',
      entryConditions: { logic: '1 OR 3', filters: [{ field: 'Status', operator: 'EqualTo' }, { field: 'Priority', operator: 'IsNull', value: { boolean: true } }] },
    });
    const problems = problemsOf(doc);
    expect(problems).toContain('trigger.entryConditions.filters[0].value: EqualTo needs a value to compare Status with');
    expect(problems.some((p) => p.startsWith('trigger.entryConditions.logic: entry condition logic "1 OR 3": '))).toBe(true);
  });

  it('an empty entry formula is an error (the editor\'s "Formula evaluates to true" before anything is typed)', () => {
    expect(problemsOf(onCase({ when: 'create', entryFormula: '  ' }))).toEqual([
      'trigger.entryFormula: the entry formula is empty: write the formula the saved record must meet, or choose other condition requirements',
    ]);
  });
});
