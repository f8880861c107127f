import { describe, expect, it } from 'vitest';
import type { Flow, Orchestration, Requirement } from './types';
import { backgroundStep, describeProblems, interactiveStep, orchestration, stage } from './testing/fixtures';
import { validateOrchestration } from './validate';

const LOAD_USER: Flow = {
  name: 'Load_User', type: 'autolaunched', active: true, elements: ['RecordLookup'], inputs: ['recordId'], outputs: ['user', 'count'],
  parameters: [
    { name: 'recordId', direction: 'input', dataType: 'String' },
    { name: 'user', direction: 'output', dataType: 'SObject', objectType: 'User' },
    { name: 'count', direction: 'output', dataType: 'Number' },
  ],
};

/** A record-triggered orchestration on Case whose step `Probe` starts on `rows`. */
function caseDoc(rows: Requirement[], extra: Partial<Orchestration> = {}): Orchestration {
  return orchestration({
    trigger: { type: 'recordTriggered', object: 'Case' },
    flows: [...orchestration().flows!, LOAD_USER],
    stages: [stage('Main', [
      backgroundStep('Load', { flow: 'Load_User', inputs: { recordId: '$Record.Id' } }),
      backgroundStep('Probe', { start: { mode: 'requirements', requirements: rows } }),
    ])],
    ...extra,
  });
}

const row = (left: string, right: Requirement['right'] = { string: 'x' }, operator: Requirement['operator'] = 'EqualTo'): Requirement => ({ left, operator, right });
const problemsOf = (doc: Orchestration): string[] => describeProblems(validateOrchestration(doc));

describe('validateOrchestration: Salesforce reference syntax (R50)', () => {
  it('accepts every reference form Salesforce accepts', () => {
    // given rows reading each form
    const doc = caseDoc([
      row('$Record.Owner.Email'), row('$Record.Manager.Id'), row('$Record.Owner:User.Username'),
      row('$Record__Prior.Status'), row('$User.Username'), row('$Flow.CurrentDate', { date: '2025-01-01' }, 'GreaterThan'),
      row('$Orchestration.Instance'), row('Load.Outputs.user.Id'), row('Load.Outputs.count', { number: 1 }, 'GreaterThan'),
      row('$Record.Status', { ref: '$GlobalConstant.EmptyString' }),
    ], { formulas: [{ name: 'Is_Big', type: 'Boolean', expression: '{!amount} > 100' }] });
    // when / then
    expect(problemsOf(doc)).toEqual([]);
    expect(problemsOf(caseDoc([row('Is_Big', { boolean: true })], { formulas: [{ name: 'Is_Big', type: 'Boolean', expression: '{!amount} > 100' }] }))).toEqual([]);
  });

  it('keeps unknown references errors, with the path and what would be valid', () => {
    const doc = caseDoc([
      row('$Flow.CurrentStage'), row('$GlobalConstant.Yes'), row('$Orchestration.Id'),
      row('Load.Outputs.count.Id'), row('Load.Outputs.usr'), row('$Recrd.Id'),
    ]);
    expect(problemsOf(doc)).toEqual([
      'stages[0].steps[1].start.requirements[0].left: "$Flow.CurrentStage" is not available in an orchestration: use $Flow.CurrentDateTime or $Flow.CurrentDate ($Flow.CurrentStage and $Flow.ActiveStages are not supported in orchestrations)',
      'stages[0].steps[1].start.requirements[1].left: unknown global constant "$GlobalConstant.Yes": use $GlobalConstant.True, $GlobalConstant.False or $GlobalConstant.EmptyString',
      'stages[0].steps[1].start.requirements[2].left: "$Orchestration.Id" is not a resource: $Orchestration offers only $Orchestration.Instance (the run\'s id)',
      'stages[0].steps[1].start.requirements[3].left: "Load.Outputs.count.Id" reads a field of output "count" of flow "Load_User", which is a Number; only a record output has fields',
      'stages[0].steps[1].start.requirements[4].left: step "Load" runs flow "Load_User", which has no output "usr" (outputs: user, count)',
      'stages[0].steps[1].start.requirements[5].left: "$Recrd.Id" refers to "$Recrd", which is not a variable of this orchestration (did you mean "$Record"?)',
    ]);
  });

  it('R50: X.Status is a record field when X is a Record variable, so text operators and any text apply', () => {
    const doc = orchestration({ stages: [stage('Main', [backgroundStep('Probe', { start: { mode: 'requirements', requirements: [row('order.Status', { string: 'Activated' })] } })])] });
    // "Activated" is not a step status, but order.Status is the Order's field
    expect(problemsOf(doc)).toEqual([]);
  });

  it('$Record__Prior and $Record exist only in a record-triggered orchestration', () => {
    const doc = caseDoc([row('$Record__Prior.Status')], { trigger: { type: 'autolaunched' } });
    expect(problemsOf(doc)).toContain('stages[0].steps[1].start.requirements[0].left: "$Record__Prior.Status" reads $Record__Prior, which exists only in a record-triggered orchestration (the record\'s values before the save)');
  });

  it('warns that globals the simulator does not know read as null', () => {
    const doc = caseDoc([row('$Organization.Name')]);
    expect(problemsOf(doc)).toEqual([
      'stages[0].steps[1].start.requirements[0].left: the simulator does not know $Organization values: "$Organization.Name" reads as null (simulated globals: $User.<field>, $Flow.CurrentDateTime, $Flow.CurrentDate, $GlobalConstant.True, $GlobalConstant.False, $GlobalConstant.EmptyString, $Orchestration.Instance)',
    ]);
  });

  it('R60: typed globals check operators: $Flow.CurrentDateTime is a date-time, $GlobalConstant.True a boolean', () => {
    const doc = caseDoc([row('$Flow.CurrentDateTime', { string: 'x' }, 'Contains'), row('$GlobalConstant.True', { number: 1 })]);
    expect(problemsOf(doc)).toEqual([
      'stages[0].steps[1].start.requirements[0].operator: Contains does not apply to $Flow.CurrentDateTime, a Date/Time value (text tests apply to text): use EqualTo, NotEqualTo, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, IsNull, IsBlank, WasSet',
      'stages[0].steps[1].start.requirements[1].right: $GlobalConstant.True is a Boolean value and cannot be compared with a Number value',
    ]);
  });

  it('an assignee can be a resource: it must resolve to text', () => {
    const assigned = (name: string): Orchestration => caseDoc([row('$Record.Status')], {
      stages: [stage('Main', [interactiveStep('Review', { assignee: { type: 'user', name } })])],
    });
    expect(problemsOf(assigned('$Record.Owner:User.Username'))).toEqual([]);
    expect(problemsOf(assigned('$Record.Ownr.Username'))).toEqual([]);
    expect(problemsOf(assigned('amount'))).toEqual(['stages[0].steps[0].assignee.name: the assignee "amount" is a Number value; an assignee is a username or a group or queue name (Text)']);
    expect(problemsOf(assigned('$Recrd.Owner.Username'))).toEqual(['stages[0].steps[0].assignee.name: "$Recrd.Owner.Username" refers to "$Recrd", which is not a variable of this orchestration (did you mean "$Record"?)']);
  });
});
