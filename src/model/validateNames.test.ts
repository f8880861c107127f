import { describe, expect, it } from 'vitest';
import { backgroundStep, DEFAULT_FLOWS, DEFAULT_VARIABLES, decision, describeProblems, orchestration, stage } from './testing/fixtures';
import { validateOrchestration } from './validate';

describe('validateOrchestration: names (FORMAT.md §1)', () => {
  it('refuses a name used twice across stages, steps, decisions and variables', () => {
    // given a step and a variable sharing the name of the stage
    const doc = orchestration({
      stages: [stage('Prepare', [backgroundStep('Prepare')]), stage('Ship', [backgroundStep('amount')])],
      decisions: [decision('Ship', { defaultNext: null })],
      start: 'Prepare',
    });
    // when
    const problems = describeProblems(validateOrchestration(doc).filter((p) => p.severity === 'error'));
    // then
    expect(problems).toEqual([
      'stages[0].steps[0].name: the API name "Prepare" is already used by the stage at stages[0]: names must be unique across stages, steps, decisions, variables and formulas',
      'decisions[0].name: the API name "Ship" is already used by the stage at stages[1]: names must be unique across stages, steps, decisions, variables and formulas',
      'variables[0].name: the API name "amount" is already used by the step at stages[1].steps[0]: names must be unique across stages, steps, decisions, variables and formulas',
    ]);
  });

  it('keeps flows in their own namespace but refuses two flows with one name', () => {
    // given a flow named like a step (fine) and a duplicated flow (not fine)
    const doc = orchestration({ flows: [...DEFAULT_FLOWS, { ...DEFAULT_FLOWS[0]!, name: 'Main_Step' }, { ...DEFAULT_FLOWS[1]! }] });
    // when
    const problems = describeProblems(validateOrchestration(doc));
    // then
    expect(problems).toEqual(['flows[5].name: the API name "Call_Out" is already used by the flow at flows[1]']);
  });

  it('checks the API name format of every element, flow and outcome', () => {
    const doc = orchestration({
      name: '1st',
      stages: [stage('Bad__Stage', [backgroundStep('Trailing_')])],
      variables: [...DEFAULT_VARIABLES, { name: 'has space', type: 'Text' }],
      flows: [...DEFAULT_FLOWS, { name: '_x', type: 'autolaunched' }],
      decisions: [decision('D', { outcomes: [{ name: 'a-b', requirements: [{ left: 'amount', operator: 'IsNull', right: { boolean: true } }] }] })],
    });
    const paths = validateOrchestration(doc).filter((p) => p.severity === 'error').map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'stages[0].name', 'stages[0].steps[0].name', 'variables[4].name', 'flows[4].name', 'decisions[0].outcomes[0].name']));
  });

  it('refuses a username given to two users (chosen: the second could disagree on active, R47)', () => {
    // given the org's users with admin listed twice, the second inactive
    const base = orchestration();
    const doc = orchestration({ users: [...(base.users ?? []), { username: base.users![0]!.username, name: 'Again', active: false }] });
    const last = doc.users!.length - 1;
    // when
    const problems = describeProblems(validateOrchestration(doc));
    // then
    expect(problems).toEqual([`users[${last}].username: the username "${base.users![0]!.username}" is already used by the user at users[0]: a username names one user of the org`]);
  });

  it('refuses two outcomes with one name in a decision', () => {
    const row = { left: 'amount', operator: 'IsNull' as const, right: { boolean: true } };
    const doc = orchestration({ stages: [stage('Main', undefined, { next: 'D' })], decisions: [decision('D', { outcomes: [{ name: 'Yes', requirements: [row] }, { name: 'Yes', requirements: [row] }] })] });
    expect(describeProblems(validateOrchestration(doc))).toEqual(['decisions[0].outcomes[1].name: the API name "Yes" is already used by the outcome at decisions[0].outcomes[0]']);
  });

  it("accepts a managed package flow's namespaced name (namespace__Flow_Name) when its entry names the package, and no other double underscore", () => {
    // given steps calling flows installed from packages, as survey 6's Orchestration_flow_1
    // (DevmurariVivek/development) does, beside malformed flow names
    const packaged = [
      { name: 'setup_service_experience__Create_Case', type: 'autolaunched' as const, package: 'setup_service_experience' },
      { name: 'ManagedCodeDev__Registration_Form_Screen_Flow', type: 'autolaunched' as const, package: 'ManagedCodeDev' },
    ];
    const ok = orchestration({
      stages: [stage('Main', [backgroundStep('Create', { flow: packaged[0]!.name }), backgroundStep('Register', { flow: packaged[1]!.name })])],
      flows: [...DEFAULT_FLOWS, ...packaged],
    });
    // when
    const problems = describeProblems(validateOrchestration(ok).filter((p) => p.severity === 'error'));
    // then
    expect(problems).toEqual([]);

    // given a double underscore that is not a prefix's separator
    const bad = orchestration({ flows: [
      ...DEFAULT_FLOWS, { name: 'ns__Two__Parts', type: 'autolaunched', package: 'ns' }, { name: '__Flow', type: 'autolaunched' }, { name: 'ns__', type: 'autolaunched' },
      // FORMAT.md §1, to the letter: no `__` in a flow's name that does not say it is a package's
      { name: 'Ship__It', type: 'autolaunched' }, { name: 'ns__Review', type: 'autolaunched', package: 'other' },
    ] });
    // when
    const errors = describeProblems(validateOrchestration(bad).filter((p) => p.severity === 'error'));
    // then
    expect(errors).toEqual([
      'flows[4].name: API name "ns__Two__Parts" cannot contain two underscores in a row, except after a managed package\'s namespace prefix (namespace__Flow_Name)',
      'flows[5].name: API name "__Flow" cannot contain two underscores in a row, except after a managed package\'s namespace prefix (namespace__Flow_Name)',
      'flows[6].name: API name "ns__" cannot contain two underscores in a row, except after a managed package\'s namespace prefix (namespace__Flow_Name)',
      'flows[7].name: API name "Ship__It" cannot contain two underscores in a row; a flow installed from the managed package "Ship" says so with "package": "Ship"',
      'flows[8].name: API name "ns__Review" does not start with its package\'s prefix "other" (namespace__Flow_Name)',
    ]);
  });

  it('accepts $Record as a Record variable only', () => {
    const ok = orchestration({ trigger: { type: 'recordTriggered', object: 'Order' }, variables: [{ name: '$Record', type: 'Record', value: {} }] });
    expect(validateOrchestration(ok)).toEqual([]);
    const bad = orchestration({ variables: [{ name: '$Record', type: 'Text' }] });
    expect(describeProblems(validateOrchestration(bad))).toEqual(['variables[0].type: $Record is the triggering record: its type must be Record']);
  });

  // FORMAT.md §1: $Record is the record that triggered the run; one of another object was accepted,
  // and the scenario's record, stored under the trigger's object, then stood for a record of another
  it('refuses a $Record of another object than the trigger\'s (object names in any case)', () => {
    const other = orchestration({ trigger: { type: 'recordTriggered', object: 'Case' }, variables: [{ name: '$Record', type: 'Record', object: 'Account' }] });
    expect(describeProblems(validateOrchestration(other))).toEqual(['variables[0].object: $Record is the triggering record, a Case (trigger.object): its object cannot be Account']);
    const same = orchestration({ trigger: { type: 'recordTriggered', object: 'Case' }, variables: [{ name: '$Record', type: 'Record', object: 'case' }] });
    expect(validateOrchestration(same)).toEqual([]);
  });
});

