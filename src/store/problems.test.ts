import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import { validateOrchestration } from '../model/validate';
import { createProblemMemo, indexProblems } from './problems';
import onboarding from '../../public/samples/onboarding.json';
import type { Orchestration } from '../model/types';

describe('indexProblems', () => {
  it('finds problems at a field path and under an element path', () => {
    // given
    const index = indexProblems([
      { path: 'stages[0].steps[2].start.step', message: 'unknown step "Valdate"', severity: 'error' },
      { path: 'stages[0].steps[2]', message: 'can never start', severity: 'warning' },
      { path: 'stages[0].steps[20].label', message: 'other', severity: 'error' },
    ]);
    // then
    expect(index.at('stages[0].steps[2].start.step')).toEqual(['unknown step "Valdate"']);
    expect(index.at('stages[0].steps[2]')).toEqual(['Warning: can never start']);
    expect(index.under('stages[0].steps[2]').map((p) => p.message)).toEqual(['unknown step "Valdate"', 'can never start']);
    expect(index.errors.map((p) => p.message)).toEqual(['unknown step "Valdate"', 'other']);
  });

  it('gives the panel\'s fields messages that name elements by label; the problems themselves keep the validator\'s API names', () => {
    // given the onboarding design and a validator's message naming its step by API name
    const doc = onboarding as unknown as Orchestration;
    const problem = { path: 'stages[0].steps[2].start.step', message: 'step "Welcome_Email" cannot wait for itself to complete', severity: 'error' as const };
    // when indexed for that design
    const index = indexProblems([problem], doc);
    // then the field, in the step's own panel, says "this step" (it read 'step “Welcome email” (Welcome_Email) cannot…'),
    // and the problem (CLI, test hook, exports) is unchanged
    expect(index.at(problem.path)).toEqual(['this step cannot wait for itself to complete']);
    expect(index.all[0]!.message).toBe('step "Welcome_Email" cannot wait for itself to complete');
  });

  it('the Properties panel\'s field notes say once the element the panel is about, and name a duplicate\'s other element in words, not by path (docs/editor.md, chosen)', () => {
    // given onboarding's Welcome email with no flow, and Provision laptop renamed as Create user accounts is named
    const doc = structuredClone(onboarding) as unknown as Orchestration;
    doc.stages[0]!.steps[2]!.flow = '';
    doc.stages[0]!.steps[1]!.name = 'Create_User_Accounts';
    // when indexed with the validator's own problems
    const index = indexProblems(validateOrchestration(doc), doc);
    // then under Welcome email's Flow field: it read 'choose the autolaunched flow that step “Welcome email” (Welcome_Email) runs'
    expect(index.at('stages[0].steps[2].flow')).toEqual(['choose the autolaunched flow that this step runs']);
    // and under Provision laptop's API Name: it read '…already used by the step at stages[0].steps[0]: …'
    expect(index.at('stages[0].steps[1].name')).toEqual(['the API name "Create_User_Accounts" is already used by step “Create user accounts” (1st step of stage “Accounts and equipment”): names must be unique across stages, steps, decisions, variables and formulas']);
  });

  it('keeps a warning that only follows from an error apart from its field\'s own problems', () => {
    // given the stage's exit warning follows from the error inside step 1's start; a second one's cause has no error
    const index = indexProblems([
      { path: 'stages[0].steps[1].start.step', message: 'unknown step "Valdate"', severity: 'error' },
      { path: 'stages[0].exit', message: 'stage "Main" can never complete', severity: 'warning', cause: 'stages[0].steps[1].start' },
      { path: 'stages[0].exit', message: 'own', severity: 'warning', cause: 'stages[0].steps[0].start' },
    ]);
    // then
    expect(index.at('stages[0].exit')).toEqual(['Warning: own']);
    expect(index.consequencesAt('stages[0].exit').map((c) => [c.problem.message, c.cause.path])).toEqual([['stage "Main" can never complete', 'stages[0].steps[1].start.step']]);
    expect(index.under('stages[0]')).toHaveLength(3);
  });
});

describe('createProblemMemo', () => {
  it('validates each document version once and shares the index', () => {
    // given
    let calls = 0;
    const memo = createProblemMemo(() => {
      calls++;
      return [];
    });
    const doc = emptyOrchestration();
    // when
    const first = memo.indexOf(doc);
    const second = memo.indexOf(doc);
    memo.indexOf({ ...doc, label: 'Other' });
    // then
    expect(second).toBe(first);
    expect(calls).toBe(2);
  });

  it('turns a validator that throws into one warning instead of breaking the UI', () => {
    // given
    const memo = createProblemMemo(validateOrchestration);
    const broken = { ...emptyOrchestration(), get stages(): never { throw new Error('boom'); } };
    // when
    const index = memo.indexOf(broken as never);
    // then
    expect(index.all).toHaveLength(1);
    expect(index.all[0]).toMatchObject({ severity: 'warning' });
    expect(index.errors).toEqual([]);
  });

  it('has no problems to report until a validator is set, and validates from then on', () => {
    // given
    const memo = createProblemMemo();
    const doc = { ...emptyOrchestration(), name: '1 not an API name' };
    // when
    const before = memo.indexOf(doc);
    memo.setValidator(validateOrchestration);
    // then
    expect(before.all).toEqual([]);
    expect(memo.ready).toBe(true);
    expect(memo.indexOf(doc).errors.length).toBeGreaterThan(0);
  });

  it('adds extra checks to every index from when they are set, primed ones too, and drops the indexes made before', () => {
    // given a memo that has indexed a document
    const memo = createProblemMemo(() => [{ path: '', message: 'rule', severity: 'warning' }]);
    const doc = emptyOrchestration();
    const before = memo.indexOf(doc);
    // when a check is added
    memo.setExtraChecks((d) => [{ path: 'name', message: `extra on ${d.name}`, severity: 'warning' }]);
    // then the same document is indexed again, with both
    expect(before.all.map((p) => p.message)).toEqual(['rule']);
    expect(memo.indexOf(doc).all.map((p) => p.message)).toEqual(['rule', `extra on ${doc.name}`]);
    const primed = { ...doc, label: 'Imported' };
    memo.prime(primed, [{ path: '', message: 'imported', severity: 'warning' }]);
    expect(memo.indexOf(primed).all.map((p) => p.message)).toEqual(['imported', `extra on ${doc.name}`]);
    // when a check throws, it is one warning; when removed, it is gone
    memo.setExtraChecks(() => { throw new Error('boom'); });
    expect(memo.indexOf(doc).all.map((p) => p.message)).toEqual(['rule', 'validation failed: boom']);
    memo.setExtraChecks(null);
    expect(memo.indexOf(doc).all.map((p) => p.message)).toEqual(['rule']);
  });
});
