import { describe, expect, it } from 'vitest';
import { after, backgroundStep, decision, describeProblems, errorsOf, orchestration, stage, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

const errors = (doc: unknown): string[] => describeProblems(errorsOf(validateOrchestration(doc)));

describe('validateOrchestration: connectors and predecessors', () => {
  it('refuses next, faultNext, start, outcome and default targets that do not exist or are not stages or decisions, in sentences', () => {
    // given connectors to a typo, to a step and to a variable
    const doc = orchestration({
      start: 'Prepar',
      stages: [stage('Prepare', undefined, { next: 'Prepare_Step', faultNext: 'Recover' }), stage('Ship', undefined)],
      decisions: [decision('Big', { outcomes: [{ name: 'Yes', requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 1 } }], next: 'amount' }], defaultNext: 'Shipp' })],
    });
    // when / then
    expect(errors(doc)).toEqual([
      'start: the orchestration starts at "Prepar", which is not a stage or decision of this orchestration',
      'stages[0].next: the next element "Prepare_Step" is a step; connect to a stage or a decision',
      'stages[0].faultNext: the fault path "Recover" is not a stage or decision of this orchestration',
      'decisions[0].outcomes[0].next: outcome "Yes" leads to "amount", which is a variable; connect to a stage or a decision',
      'decisions[0].defaultNext: the default outcome leads to "Shipp", which is not a stage or decision of this orchestration',
    ]);
  });

  it('accepts a start at a decision and connectors that loop back (Go To)', () => {
    const doc = orchestration({
      start: 'Route',
      stages: [stage('Work', undefined, { next: 'Route' })],
      decisions: [decision('Route', { outcomes: [{ name: 'Again', requirements: [{ left: 'amount', operator: 'LessThan', right: { number: 0 } }], next: 'Work' }], defaultNext: null })],
    });
    expect(errors(doc)).toEqual([]);
  });

  it('needs at least one stage', () => {
    expect(errors(orchestration({ stages: [] }))).toEqual(['stages: an orchestration needs at least one stage']);
  });

  it('refuses a step waiting for an unknown step, for itself, or for a step of another stage', () => {
    // given three bad predecessors
    const doc = orchestration({
      stages: [
        stage('One', [backgroundStep('A'), after('Valdate', 'B'), after('C', 'C')], { next: 'Two' }),
        stage('Two', [after('A', 'D')]),
      ],
    });
    // when / then
    expect(errors(doc)).toEqual([
      'stages[0].steps[1].start.step: unknown step "Valdate"',
      'stages[0].steps[2].start.step: step "C" cannot wait for itself to complete',
      'stages[1].steps[0].start.step: step "A" is in stage "One": a step can only wait for a step of its own stage ("Two")',
    ]);
  });

  it('reports every member of a predecessor cycle, naming the cycle', () => {
    // given A waits for C, C for B, B for A, and D (outside the circle) for A
    const doc = withSteps(after('C', 'A'), after('A', 'B'), after('B', 'C'), after('A', 'D'), backgroundStep('E'));
    // when
    const problems = errors(doc);
    // then
    expect(problems).toEqual([0, 1, 2].map((i) => `stages[0].steps[${i}].start.step: steps wait for each other in a circle, so none of them can ever start: "A" waits for "C" waits for "B" waits for "A"`));
  });
});
