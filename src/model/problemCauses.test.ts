import { describe, expect, it } from 'vitest';
import { causeError, consequenceInWords, inCauseOrder } from './problemCauses';
import { backgroundStep, orchestration, stage, withSteps } from './testing/fixtures';
import type { Problem } from './types';

const error: Problem = { path: 'stages[0].steps[0].flow', message: 'there is no flow named "Do_Wrok"', severity: 'error' };
const consequence: Problem = { path: 'stages[0].exit', message: 'stage "Main" can never complete', severity: 'warning', cause: 'stages[0].steps[0].flow' };
const ownWarning: Problem = { path: 'stages[0].steps[1].start', message: 'step "C" can never start', severity: 'warning', cause: 'stages[0].steps[1].start' };

describe('problemCauses: the order and cause of problems, as stageflow validate prints them', () => {
  it('lists errors, then the warnings that follow from one of them, then the other warnings', () => {
    expect(inCauseOrder([ownWarning, consequence, error])).toEqual([error, consequence, ownWarning]);
  });

  it('finds the error at the cause or inside it, and none for a cause that carries no error', () => {
    const inside: Problem = { path: 'stages[0].steps[0].flow.name', message: 'x', severity: 'error' };
    expect(causeError([inside], consequence)).toBe(inside);
    expect(causeError([error], ownWarning)).toBeUndefined();
    // an error is never a consequence
    expect(causeError([error], { ...error, cause: error.path })).toBeUndefined();
  });
});

describe('consequenceInWords: a warning that follows from an error, after its own place (the import report)', () => {
  const doc = withSteps(backgroundStep('A', { label: 'Send email' }), backgroundStep('B', { label: 'Book desk', start: { mode: 'stepCompleted', step: 'A' } }));

  it('says the place\'s element once: its message after the place, the error\'s step without the stage the place names', () => {
    // given B waiting for A, whose flow is missing (validateFeasibility's words)
    const waiting: Problem = { path: 'stages[0].steps[1].start', message: 'step "B" can never start: it waits for "A", which can never complete (its flow "Do_Wrok" cannot run)', severity: 'warning', cause: error.path };
    // then
    expect(consequenceInWords(doc, waiting, error)).toBe('Step “Book desk” in stage “Main” (When to start): follows from the error at Step “Send email” (Flow): this step can never start: it waits for that step, which can never complete (its flow "Do_Wrok" cannot run)');
    expect(consequenceInWords(doc, consequence, error)).toBe('Stage “Main” (When to complete the stage): follows from the error at Step “Send email” (Flow): this stage can never complete');
  });

  it('an error in another stage keeps its stage', () => {
    const two = orchestration({ stages: [stage('Main', [backgroundStep('A', { label: 'Send email' })]), stage('Later', [backgroundStep('B')])] });
    const elsewhere: Problem = { path: 'stages[1].exit', message: 'stage "Later" can never complete', severity: 'warning', cause: error.path };
    expect(consequenceInWords(two, elsewhere, error)).toBe('Stage “Later” (When to complete the stage): follows from the error at Step “Send email” in stage “Main” (Flow): this stage can never complete');
  });
});
