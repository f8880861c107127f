import { describe, expect, it } from 'vitest';
import { countOf, isAre, operatorsInWords, OPERATOR_LABELS, requirementsInWords, runsAs, startInWords, userInWords } from './glossary';
import type { Step } from './types';

describe('glossary', () => {
  it('counts with English plural rules', () => {
    // given / when / then
    expect(countOf(1, 'stage')).toBe('1 stage');
    expect(countOf(0, 'stage')).toBe('0 stages');
    expect(countOf(2, 'step')).toBe('2 steps');
    expect(countOf(3, 'match', 'matches')).toBe('3 matches');
    expect(`1 requirement ${isAre(1)} met`).toBe('1 requirement is met');
    expect(`2 requirements ${isAre(2)} met`).toBe('2 requirements are met');
  });

  it('a start condition with one requirement reads "1 requirement is met", and steps are named by label', () => {
    // given
    const step: Step = { name: 'B', kind: 'background', start: { mode: 'requirements', requirements: [{ left: 'x', operator: 'EqualTo', right: { number: 1 } }] } } as Step;
    const after: Step = { name: 'C', kind: 'background', start: { mode: 'stepCompleted', step: 'Create_Accounts' } } as Step;
    // when / then
    expect(startInWords(step)).toBe('Starts when 1 requirement is met');
    expect(startInWords(after, (n) => (n === 'Create_Accounts' ? 'Create accounts' : n))).toBe('Starts when Create accounts is completed');
  });

  it('requirements combine in words: all, any, or the custom logic itself', () => {
    expect(requirementsInWords(2, 'and')).toBe('all 2 requirements are met');
    expect(requirementsInWords(3, undefined)).toBe('all 3 requirements are met');
    expect(requirementsInWords(3, 'OR')).toBe('any of 3 requirements is met');
    expect(requirementsInWords(3, '1 AND (2 OR 3)')).toBe('requirements 1 AND (2 OR 3) are met');
    // logic with an error (an unfinished expression, a row that is not there) is not read as if it held
    expect(requirementsInWords(2, '1 OR 2 AND')).toBe('requirements are met (its logic "1 OR 2 AND" has an error)');
    expect(requirementsInWords(2, '1 AND (2 OR 3)')).toBe('requirements are met (its logic "1 AND (2 OR 3)" has an error)');
    expect(requirementsInWords(1, 'or')).toBe('1 requirement is met');
    // a condition just switched to requirements, before its first row (it was "all 0 requirements are met")
    expect(requirementsInWords(0, 'and')).toBe('its requirements are met (none yet)');
  });

  it('operators read the same in explanations as in the requirement editor', () => {
    // given an engine explanation (traces keep API names)
    const why = 'row 1: order.Paid is false, needs EqualTo true; row 2: amount is 5, needs GreaterThan limit (10); it needs Approval';
    // when
    const words = operatorsInWords(why);
    // then
    expect(words).toBe(`row 1: order.Paid is false, needs ${OPERATOR_LABELS.EqualTo} true; row 2: amount is 5, needs Greater Than limit (10); it needs Approval`);
  });

  it('the default run-as user has one name on the canvas, in the panel and in a run', () => {
    expect(runsAs({ mode: 'default' })).toBe('Runs as Automated Process User');
    expect(runsAs(undefined)).toBe('Runs as Automated Process User');
    expect(runsAs({ mode: 'user', user: 'hr_admin' })).toBe('Runs as hr_admin');
    expect(userInWords('$AutomatedProcessUser')).toBe('Automated Process User');
    expect(userInWords('hr_admin')).toBe('hr_admin');
  });
});
