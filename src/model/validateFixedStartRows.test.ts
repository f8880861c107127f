/**
 * A start requirement row that reads the step's own status or its own stage's reads a value fixed
 * whenever the start is checked (NotStarted, InProgress): warned about at the row, or, where the
 * rows make the start never hold, as "can never start" (validateFixedStartRows.ts, ownStatusStart.ts).
 */
import { describe, expect, it } from 'vitest';
import { backgroundStep, describeProblems, errorsOf, orchestration, requirement, stage, warningsOf } from './testing/fixtures';
import { problemInWords } from './problemPlace';
import type { Requirement } from './types';
import { validateOrchestration } from './validate';

const reqs = (logic: string, ...requirements: Requirement[]) => ({ mode: 'requirements' as const, logic, requirements });
const amount = requirement('amount', 'GreaterThan', { number: 0 });

function designWith(start: ReturnType<typeof reqs>) {
  return orchestration({ stages: [stage('Main', [backgroundStep('A'), backgroundStep('B', { start })], { exit: { mode: 'allStepsCompleted' } })] });
}

const warnings = (doc: ReturnType<typeof orchestration>) => describeProblems(warningsOf(validateOrchestration(doc)));

describe('validateFixedStartRows: a start row reading the step\'s own stage status', () => {
  it('warns at the row when it is always true and the start then always holds, in the Problems list\'s words', () => {
    // given B starts when its own stage "Main" is InProgress — which it always is when B's start is checked
    const doc = designWith(reqs('and', requirement('Main.Status', 'EqualTo', { string: 'InProgress' })));
    // when
    const problems = validateOrchestration(doc);
    // then one warning, at Requirement 1's Resource, and no error
    expect(errorsOf(problems)).toEqual([]);
    const found = warningsOf(problems);
    expect(describeProblems(found)).toEqual([
      'stages[0].steps[1].start.requirements[0].left: this row reads the status of the step\'s own stage "Main", which is InProgress whenever the step\'s start is checked, so the row is always true and the start always holds: the step starts as soon as its stage does; read another step\'s or stage\'s status, or remove the row',
    ]);
    // in the Problems list's words the place names the stage, so the message does not name it again (5825bad5)
    expect(problemInWords(doc, found[0]!)).toMatch(/^Step “B” in stage “Main” \(When to start, Requirement 1, Resource\): this row reads the status of the step's own stage, which is InProgress/);
  });

  it('says the step can never start when the stage row makes the start never hold (stage Completed is never seen)', () => {
    const doc = designWith(reqs('and', amount, requirement('Main.Status', 'EqualTo', { string: 'Completed' })));
    expect(warnings(doc)).toContain(
      'stages[0].steps[1].start: step "B" can never start: its start requirements read its stage\'s status (row 2), which is InProgress whenever they are checked, so the start never holds',
    );
    // and no row warning besides: the one cause is said once
    expect(warnings(doc).filter((w) => w.includes('requirements['))).toEqual([]);
  });

  it('names both kinds of row when together they make the start never hold', () => {
    const doc = designWith(reqs('1 OR 2', requirement('B.Status'), requirement('Main.Status', 'EqualTo', { string: 'Completed' })));
    expect(warnings(doc)).toContain(
      'stages[0].steps[1].start: step "B" can never start: its start requirements read its own status (row 1), which is NotStarted, and its stage\'s status (row 2), which is InProgress whenever they are checked, so the start never holds',
    );
  });
  it('says the start never holds, not that each row never does, when one of the rows always holds', () => {
    // given row 1 reads B's own status "not Completed" (always true) and row 2 its stage "Completed" (always false), ANDed
    const doc = designWith(reqs('and', requirement('B.Status', 'NotEqualTo', { string: 'Completed' }), requirement('Main.Status', 'EqualTo', { string: 'Completed' })));
    // when / then: row 1 does hold; what never holds is the start
    expect(warnings(doc)).toContain(
      'stages[0].steps[1].start: step "B" can never start: its start requirements read its own status (row 1), which is NotStarted, and its stage\'s status (row 2), which is InProgress whenever they are checked, so the start never holds',
    );
  });
});

describe('validateFixedStartRows: a row that does not decide the start', () => {
  it('warns at the row that it is always the same, when the other rows still decide', () => {
    // given B's own status "not Completed" (always true) ANDed with a real condition
    const doc = designWith(reqs('and', amount, requirement('B.Status', 'NotEqualTo', { string: 'Completed' })));
    expect(warnings(doc)).toEqual([
      'stages[0].steps[1].start.requirements[1].left: this row reads the step\'s own status, which is NotStarted whenever its start is checked, so the row is always true; read another step\'s or stage\'s status, or remove the row',
    ]);
  });

  it('says nothing of another step\'s or another stage\'s status', () => {
    const doc = orchestration({ stages: [
      stage('First', [backgroundStep('A')]),
      stage('Main', [backgroundStep('C'), backgroundStep('B', { start: reqs('and', requirement('C.Status'), requirement('First.Status')) })]),
    ] });
    expect(warnings(doc).filter((w) => w.includes('status'))).toEqual([]);
  });
});
