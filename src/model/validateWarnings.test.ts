import { describe, expect, it } from 'vitest';
import { after, backgroundStep, DEFAULT_FLOWS, decision, describeProblems, errorsOf, orchestration, requirement, stage, warningsOf, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

const warnings = (doc: unknown): string[] => describeProblems(warningsOf(validateOrchestration(doc)));

describe('validateOrchestration: warnings', () => {
  it('warns that a step chained to an impossible step can never start, and that its stage can never complete', () => {
    // given B waits for an unknown step, C waits for B, D waits for C
    const doc = withSteps(backgroundStep('A'), after('Ghost', 'B'), after('B', 'C'), after('C', 'D'));
    // when
    const problems = validateOrchestration(doc);
    // then B is an error, C and D are warnings, and so is the stage
    expect(describeProblems(errorsOf(problems))).toEqual(['stages[0].steps[1].start.step: unknown step "Ghost"']);
    expect(describeProblems(warningsOf(problems))).toEqual([
      'stages[0].steps[2].start: step "C" can never start: it waits for "B", which can never complete (it waits for "Ghost", which is not another step of its stage)',
      'stages[0].steps[3].start: step "D" can never start: it waits for "C", which can never complete (it waits for "B", which can never complete)',
      'stages[0].exit: stage "Main" can never complete: it waits for all its steps, and "B" and 2 more can never complete (it waits for "Ghost", which is not another step of its stage)',
    ]);
  });

  it('warns about steps waiting for a step whose flow cannot run, or for a circle', () => {
    const flows = [...DEFAULT_FLOWS, { name: 'Off', type: 'autolaunched' as const, active: false }];
    const doc = orchestration({ flows, stages: [stage('Main', [backgroundStep('A', { flow: 'Off' }), after('A', 'B'), after('D', 'C'), after('C', 'D'), after('D', 'E')], { exit: { mode: 'requirements', requirements: [requirement('B.Status')] } })] });
    expect(warnings(doc)).toEqual([
      'stages[0].steps[1].start: step "B" can never start: it waits for "A", which can never complete (its flow "Off" cannot run)',
      'stages[0].steps[4].start: step "E" can never start: it waits for "D", which can never complete (it waits in a circle)',
    ]);
  });

  it('warns that a step whose start requirements read its own status, and with it never hold, can never start (it is NotStarted at every check)', () => {
    // given A reads its own status in an and-list; B waits for A; C's custom logic cannot hold whatever amount is; D's always holds
    const reqs = (logic: string, ...requirements: ReturnType<typeof requirement>[]) => ({ mode: 'requirements' as const, logic, requirements });
    const doc = orchestration({ stages: [stage('Main', [
      backgroundStep('A', { start: reqs('and', requirement('amount', 'GreaterThan', { number: 0 }), requirement('A.Status')) }),
      after('A', 'B'),
      backgroundStep('C', { start: reqs('1 AND (NOT 2 OR 3)', requirement('C.Status', 'StartsWith', { string: 'In' }), requirement('amount', 'GreaterThan', { number: 0 }), requirement('C.Status', 'IsNull', { boolean: true })) }),
      backgroundStep('D', { start: reqs('NOT 1 OR 2', requirement('D.Status'), requirement('amount', 'GreaterThan', { number: 0 })) }),
    ])] });
    // when / then: A and C can never start, B through A, the stage through all three; D starts at once (validateFixedStartRows)
    expect(warnings(doc)).toEqual([
      'stages[0].steps[1].start: step "B" can never start: it waits for "A", which can never complete (its start requirements read its own status (row 2), which is NotStarted whenever they are checked, so the start never holds)',
      'stages[0].steps[0].start: step "A" can never start: its start requirements read its own status (row 2), which is NotStarted whenever they are checked, so the start never holds',
      'stages[0].steps[2].start: step "C" can never start: its start requirements read its own status (rows 1, 3), which is NotStarted whenever they are checked, so the start never holds',
      'stages[0].exit: stage "Main" can never complete: it waits for all its steps, and "A" and 2 more can never complete (its start requirements read its own status (row 2), which is NotStarted whenever they are checked, so the start never holds)',
      'stages[0].steps[3].start.requirements[0].left: this row reads the step\'s own status, which is NotStarted whenever its start is checked, so the row is always false and the start always holds: the step starts as soon as its stage does; read another step\'s or stage\'s status, or remove the row',
    ]);
  });

  it('warns about stages and decisions that no path reaches', () => {
    // given Start -> End, plus an orphan stage and an orphan decision pointing at End
    const doc = orchestration({
      stages: [stage('Begin', undefined, { next: 'Finish' }), stage('Finish'), stage('Orphan', undefined, { next: 'Finish' })],
      decisions: [decision('Lost', { defaultNext: 'Finish' })],
    });
    expect(warnings(doc)).toEqual([
      'stages[2]: stage "Orphan" is never reached: no path from the start leads to it',
      'decisions[0]: decision "Lost" is never reached: no path from the start leads to it',
    ]);
  });

  it('follows fault paths and decision outcomes when looking for unreachable elements', () => {
    const doc = orchestration({
      start: 'Route',
      stages: [stage('Begin', undefined, { faultNext: 'Recover' }), stage('Recover'), stage('Other')],
      decisions: [decision('Route', { outcomes: [{ name: 'Yes', requirements: [requirement('amount', 'GreaterThan', { number: 1 })], next: 'Other' }], defaultNext: 'Begin' })],
    });
    expect(warnings(doc)).toEqual([]);
  });

  it('R13: warns when a condition depends on a value only an evaluation flow reads', () => {
    // given a step that starts when an evaluation flow reading order.Paid holds
    const flows = [...DEFAULT_FLOWS, { name: 'Is_Paid', type: 'evaluation' as const, inputs: ['paid'], condition: { requirements: [requirement('paid', 'EqualTo', { boolean: true }), requirement('amount', 'GreaterThan', { number: 0 })] } }];
    const waiting = backgroundStep('Ship', { start: { mode: 'evaluationFlow', flow: 'Is_Paid', inputs: { paid: 'order.Paid' } } });
    const doc = orchestration({ flows, stages: [stage('Main', [waiting])] });
    // when / then: both values are read only by the flow
    expect(warnings(doc)).toEqual([
      'stages[0].steps[0].start: step "Ship" (when to start) uses evaluation flow "Is_Paid", which reads order.Paid, amount. A change to order.Paid, amount alone does not wake the orchestration: the flow is checked again only when a step or work item completes, an orchestration event is published, or the run resumes',
    ]);
    // and no warning when a requirement of the same stage reads the same values
    const reader = backgroundStep('Watch', { start: { mode: 'requirements', requirements: [requirement('order', 'IsNull', { boolean: false }), requirement('amount', 'GreaterThan', { number: 0 })] } });
    expect(warnings(orchestration({ flows, stages: [stage('Main', [waiting, reader])] }))).toEqual([]);
    // and none for a flow with a fixed result
    expect(warnings(withSteps(backgroundStep('A', { start: { mode: 'evaluationFlow', flow: 'Is_Ready' } })))).toEqual([]);
  });
});
