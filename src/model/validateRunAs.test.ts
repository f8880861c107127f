import { describe, expect, it } from 'vitest';
import { backgroundStep, describeProblems, errorsOf, interactiveStep, orchestration, stage, warningsOf, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

describe('validateOrchestration: run-as and assignees', () => {
  it('R41: refuses a chosen run-as user on API version 59', () => {
    // given a background step run as jdoe in an API 59 orchestration
    const doc = orchestration({ apiVersion: 59, stages: [stage('Main', [backgroundStep('A', { runAs: { mode: 'user', user: 'jdoe' } })])] });
    // when / then
    expect(describeProblems(validateOrchestration(doc))).toEqual([
      'stages[0].steps[0].runAs.mode: choosing who a step runs as needs API version 60 or later (this orchestration uses 59): use the default',
    ]);
    // and the same step is fine on API 60
    expect(validateOrchestration({ ...doc, apiVersion: 60 })).toEqual([]);
  });

  it('R47: refuses an unknown or inactive run-as user, accepts the Automated Process User', () => {
    const doc = withSteps(
      backgroundStep('A', { runAs: { mode: 'user', user: 'nobody' } }),
      backgroundStep('B', { runAs: { mode: 'user', user: 'gone' } }),
      backgroundStep('C', { runAs: { mode: 'user', user: '$AutomatedProcessUser' } }),
    );
    expect(describeProblems(validateOrchestration(doc))).toEqual([
      'stages[0].steps[0].runAs.user: the run-as user "nobody" is not a user of this org',
      'stages[0].steps[1].runAs.user: the run-as user "gone" is inactive',
    ]);
  });

  it('needs an assignee on interactive steps, and warns about unknown or inactive assignees', () => {
    // given
    const doc = withSteps(
      interactiveStep('A', { assignee: undefined }),
      interactiveStep('B', { assignee: { type: 'user', name: 'ghost' } }),
      interactiveStep('C', { assignee: { type: 'queue', name: 'Approvers' } }),
    );
    // when
    const problems = validateOrchestration(doc);
    // then
    expect(describeProblems(errorsOf(problems))).toEqual(['stages[0].steps[0].assignee: interactive step "A" needs an assignee: choose a user, group or queue']);
    expect(describeProblems(warningsOf(problems))).toContain('stages[0].steps[1].assignee.name: the assignee "ghost" is not among the org\'s users');
  });

  it('R42: before API 60, warns when the user who launches the run (and so runs its sync steps) is unknown or inactive', () => {
    const at59 = (launchedBy: string) => orchestration({ apiVersion: 59, trigger: { type: 'autolaunched', launchedBy, runContext: 'user' } });
    expect(describeProblems(warningsOf(validateOrchestration(at59('ghost'))))).toEqual([
      'trigger.launchedBy: "ghost" is not among the org\'s users: before API 60, sync steps run as the user who launched the orchestration (R42)',
    ]);
    expect(describeProblems(warningsOf(validateOrchestration(at59('gone'))))).toEqual([
      'trigger.launchedBy: "gone" is inactive: before API 60, sync steps run as the user who launched the orchestration (R42)',
    ]);
    expect(validateOrchestration(at59('jdoe'))).toEqual([]);
    // from API 60 the launcher is not who steps run as (R40): nothing to warn about
    expect(validateOrchestration({ ...at59('ghost'), apiVersion: 60 })).toEqual([]);
  });

  it('warns that an interactive step ignores a run-as user', () => {
    const doc = withSteps(interactiveStep('A', { runAs: { mode: 'user', user: 'jdoe' } }));
    expect(describeProblems(validateOrchestration(doc))).toEqual([
      'stages[0].steps[0].runAs: interactive step "A" runs as the user who completes its work item; its run-as user is ignored',
    ]);
  });
});
