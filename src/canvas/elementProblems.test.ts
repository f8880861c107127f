import { describe, expect, it } from 'vitest';
import { after, backgroundStep, decision, orchestration, stage, withSteps } from '../model/testing/fixtures';
import { validateOrchestration } from '../model/validate';
import { elementKey, problemsByElement } from './elementProblems';
import { toFlowElements } from './toFlowElements';

describe('problemsByElement: a warning that only follows from an error elsewhere (docs/editor.md, chosen)', () => {
  it('marks an element whose only problems are consequences, and says what each follows from in words', () => {
    // given A's flow does not exist, B waits for A, the stage for both
    const doc = withSteps(backgroundStep('A', { flow: 'Do_Wrok' }), after('A', 'B'));
    // when
    const byElement = problemsByElement(doc, validateOrchestration(doc));
    // then the stage and B only carry consequences of A's error; A carries the error itself
    expect(byElement.get(elementKey('stage', 'Main'))).toMatchObject({ hasError: false, consequencesOnly: true });
    // the marker is on the stage, which the step is in: each said once (it read '…at Step “A” in stage “Main” (Flow): stage "Main" can never complete: …, and "A" and 1 more…')
    expect(byElement.get(elementKey('stage', 'Main'))!.messages[0]).toBe('Follows from the error at Step “A” (Flow): this stage can never complete: it waits for all its steps, and that step and 1 more can never complete (its flow "Do_Wrok" cannot run)');
    expect(byElement.get(elementKey('step', 'B', 'Main'))!.messages).toEqual(['Follows from the error at Step “A” (Flow): this step can never start: it waits for that step, which can never complete (its flow "Do_Wrok" cannot run)']);
    expect(byElement.get(elementKey('step', 'B', 'Main'))).toMatchObject({ hasError: false, consequencesOnly: true });
    expect(byElement.get(elementKey('step', 'A', 'Main'))).toMatchObject({ hasError: true, consequencesOnly: false });
  });

  it('a marker\'s tooltip says its own element once, and a duplicate\'s other element in words, not by path', () => {
    // given A with no flow, and B named as A is
    const doc = withSteps(backgroundStep('A', { label: 'Send email', flow: '' }), backgroundStep('A', { label: 'Book desk' }));
    const byElement = problemsByElement(doc, validateOrchestration(doc));
    // then (both steps are named A, so one marker lists both): they read 'choose the autolaunched flow that step “Send email” (A) runs'
    // and '…already used by the step at stages[0].steps[0]: …'
    expect(byElement.get(elementKey('step', 'A', 'Main'))!.messages).toEqual([
      'the API name "A" is already used by step “Send email” (1st step of stage “Main”): names must be unique across stages, steps, decisions, variables and formulas',
      'choose the autolaunched flow that this step runs',
    ]);
  });

  it('a step whose warning is its own (a fault that is no error) keeps the ordinary marker', () => {
    // given beside A's error, C's start requirements read C's own status: a warning of C's own
    const doc = withSteps(
      backgroundStep('A', { flow: 'Do_Wrok' }),
      after('A', 'B'),
      backgroundStep('C', { start: { mode: 'requirements', requirements: [{ left: 'C.Status', operator: 'EqualTo', right: { string: 'Completed' } }] } }),
    );
    const byElement = problemsByElement(doc, validateOrchestration(doc));
    expect(byElement.get(elementKey('step', 'C', 'Main'))).toMatchObject({ consequencesOnly: false });
    expect(byElement.get(elementKey('step', 'C', 'Main'))!.messages.every((m) => !m.startsWith('Follows from'))).toBe(true);
  });

  it('a problem in a requirement row names the row on the marker (chosen, docs/editor.md)', () => {
    // given two empty rows in C's start
    const empty = { left: '', operator: 'EqualTo' as const, right: { string: '' } };
    const doc = withSteps(backgroundStep('C', { start: { mode: 'requirements', requirements: [empty, empty] } }));
    // when
    const messages = problemsByElement(doc, validateOrchestration(doc)).get(elementKey('step', 'C', 'Main'))!.messages;
    // then each names its row, so the tooltip does not read the same line twice
    expect(messages).toContain('Requirement 1, Resource: choose a resource');
    expect(messages).toContain('Requirement 2, Resource: choose a resource');
  });
});

describe('each element keeps its own marker (docs/editor.md, chosen)', () => {
  it('a stage and a step of the same API name, and a stage and a decision, each show only their own problems', () => {
    // given a draft (a project's file can hold one; the editor refuses such a name as it is typed):
    // stage Main holds a step Main with no flow, and a decision is named Later as the second stage is
    const doc = orchestration({
      stages: [stage('Main', [backgroundStep('Main', { label: 'Send email', flow: '' })], { next: 'Later' }), stage('Later', [backgroundStep('Ship')])],
      decisions: [decision('Later', { label: 'Route' })],
    });
    const problems = validateOrchestration(doc);
    // when the canvas maps the design
    const { nodes } = toFlowElements(doc, problems);
    const problemsOf = (type: string, name: string) => nodes.filter((n) => n.type === type && n.id === name).map((n) => (n.data as { problems: readonly string[] }).problems);
    // then the step's marker lists the step's problems, and the stage's only its own (it waits for that step)
    const step = problemsOf('step', 'Main');
    expect(step).toHaveLength(1);
    expect(step[0]).toEqual(expect.arrayContaining(['choose the autolaunched flow that this step runs']));
    expect(step[0]!.some((m) => m.startsWith('the API name "Main" is already used by stage “Main” (1st stage)'))).toBe(true);
    expect(problemsOf('stage', 'Main')).toEqual([['Follows from the error at Step “Send email” (Flow): this stage can never complete: it waits for all its steps, and that step can never complete (it has no flow)']]);
    // and the decision's duplicate name is on the decision, not on the stage it shares a name with
    expect(problemsOf('decision', 'Later')[0]!.some((m) => m.startsWith('the API name "Later" is already used by stage “Later” (2nd stage)'))).toBe(true);
    expect(problemsOf('stage', 'Later')).toEqual([[]]);
  });
});

describe('problemsByElement: the error a warning follows from, looked up by path', () => {
  const warning = (path: string, cause: string) => ({ path, severity: 'warning' as const, message: 'it waits for a step that can never complete', cause });
  const error = (path: string, message: string) => ({ path, severity: 'error' as const, message });
  const doc = withSteps(...Array.from({ length: 11 }, (_, i) => backgroundStep(`S${i}`)));

  it('is the first error at the cause\'s path or inside it, never one whose path only begins with the same characters', () => {
    // given errors at step 10 (whose path begins as step 1's does) and inside step 1, in that order
    const problems = [error('stages[0].steps[10].flow', 'ten'), error('stages[0].steps[1].flow', 'one'), error('stages[0].steps[1].label', 'one again'), warning('stages[0].steps[2].start', 'stages[0].steps[1]')];
    // when
    const messages = problemsByElement(doc, problems).get(elementKey('step', 'S2', 'Main'))!.messages;
    // then it follows from step 1's first error, not step 10's
    expect(messages).toEqual(['Follows from the error at Step “S1” (Flow): it waits for a step that can never complete']);
  });

  it('a cause with no error at or inside it makes an ordinary warning', () => {
    const problems = [error('stages[0].steps[10].flow', 'ten'), warning('stages[0].steps[2].start', 'stages[0].steps[1]')];
    expect(problemsByElement(doc, problems).get(elementKey('step', 'S2', 'Main'))).toMatchObject({ consequencesOnly: false, messages: ['it waits for a step that can never complete'] });
  });
});
