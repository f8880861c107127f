import { describe, expect, it } from 'vitest';
import { after, backgroundStep, describeProblems, orchestration, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';
import { validateScenario } from './validateScenario';

describe('validateOrchestration: structure (schema)', () => {
  it('reports a wrong enum value at its JSON path in admin words', () => {
    // given a step whose kind is misspelt
    const doc = JSON.parse(JSON.stringify(orchestration())) as { stages: Array<{ steps: Array<Record<string, unknown>> }> };
    doc.stages[0]!.steps[0]!.kind = 'backgroud';
    // when
    const problems = validateOrchestration(doc);
    // then
    expect(problems).toEqual([{ path: 'stages[0].steps[0].kind', message: 'the text "backgroud" is not allowed here: did you mean "background"? Choose one of background, interactive', severity: 'error' }]);
  });

  it('names a missing required field and an unknown condition mode', () => {
    // given a stage without a name and a step start mode that does not exist
    const doc = JSON.parse(JSON.stringify(orchestration())) as { stages: Array<Record<string, unknown> & { steps: Array<Record<string, unknown>> }> };
    delete doc.stages[0]!.name;
    doc.stages[0]!.steps[0]!.start = { mode: 'whenever' };
    // when
    const messages = validateOrchestration(doc).map((p) => `${p.path}: ${p.message}`);
    // then
    expect(messages).toContain('stages[0].name: "name" is required');
    expect(messages).toContain('stages[0].steps[0].start.mode: "mode" cannot be the text "whenever": choose one of stageStarts, stepCompleted, requirements, evaluationFlow');
  });

  it('says what is wrong with a non-object document and a wrong format', () => {
    expect(validateOrchestration([])).toEqual([{ path: '', message: 'the document must be an object, not a list', severity: 'error' }]);
    const messages = validateOrchestration({ ...orchestration(), format: 'stageflow.trace' }).map((p) => p.message);
    expect(messages).toEqual(['"format" must be "stageflow.orchestration", not the text "stageflow.trace"']);
  });

  it('keeps messages written in the schema (API version range, right value shape)', () => {
    // given an API version out of range and a right value with two kinds
    const doc = orchestration({ apiVersion: 49 });
    const bad = { ...doc, stages: [{ name: 'S', steps: [{ name: 'A', kind: 'background', start: { mode: 'requirements', requirements: [{ left: 'amount', operator: 'EqualTo', right: { string: 'x', number: 1 } }] } }] }] };
    // when
    const problems = validateOrchestration(bad);
    // then
    expect(problems.map((p) => p.path)).toEqual(['apiVersion', 'stages[0].steps[0].start.requirements[0].right']);
    expect(problems[0]!.message).toBe('API version is 50 to 66');
    expect(problems[1]!.message).toMatch(/exactly one of string, number/);
  });

  it('says a number is below its minimum as "must be at least", a list as "must have at least N items"', () => {
    // given a scenario with a negative time limit and an empty list of outcomes
    const scenario = { format: 'stageflow.scenario', version: 1, name: 's', limits: { maxTimeMs: -5 }, steps: { Main_Step: { outcomes: [] } } };
    // when
    const messages = validateScenario(scenario, orchestration()).map((p) => `${p.path}: ${p.message}`);
    // then
    expect(messages).toContain('limits.maxTimeMs: "maxTimeMs" must be at least 0');
    expect(messages).toContain('steps.Main_Step.outcomes: "outcomes" must have at least 1 item');
  });
  it('says a whole number past the safe range "can be at most", and a number JSON reads as Infinity is too large, not "not a number"', () => {
    // given a scenario step whose duration is past 2^53 and an orchestration whose API version is 1e999 (Infinity once parsed)
    const scenario = { format: 'stageflow.scenario', version: 1, name: 's', steps: { Main_Step: { durationMs: 1e300 } } };
    const doc = { ...orchestration(), apiVersion: JSON.parse('1e999') as number };
    // when
    const scenarioMessages = validateScenario(scenario, orchestration()).map((p) => `${p.path}: ${p.message}`);
    const docMessages = validateOrchestration(doc).map((p) => `${p.path}: ${p.message}`);
    // then
    expect(scenarioMessages).toContain('steps.Main_Step.durationMs: "durationMs" can be at most 9007199254740991');
    expect(docMessages).toContain('apiVersion: "apiVersion" is a number too large to represent (it reads as Infinity)');
  });

  it('says a NaN value (a document loaded as an object) is not a number, not that it is too large', () => {
    // given a Number variable whose value is NaN, as loadDocument may be handed it
    const doc = { ...orchestration(), variables: [{ name: 'amount', type: 'Number', value: NaN }] };
    // when
    const messages = validateOrchestration(doc).map((p) => `${p.path}: ${p.message}`);
    // then
    expect(messages).toContain('variables[0].value: "value" must be a number, not NaN (not a number)');
  });

  it('says an event time past the safe range "can be at most", not "not whole", though the schema words the int check', () => {
    // given a set event at 1e300 ms, a whole number JavaScript cannot count in steps of one
    const scenario = { format: 'stageflow.scenario', version: 1, name: 's', events: [{ at: 1e300, type: 'set', target: 'order.Paid', value: true }, { at: 1.5, type: 'cancel' }] };
    // when
    const messages = validateScenario(scenario, orchestration()).map((p) => `${p.path}: ${p.message}`);
    // then: the bound for the first, the schema's own words for a fraction
    expect(messages).toContain('events[0].at: "at" can be at most 9007199254740991');
    expect(messages).toContain('events[1].at: times are whole virtual milliseconds');
  });

  it('names the kinds a plain value may take when a value of another kind is given (scenario and orchestration)', () => {
    // given a set event whose value is an object, and a step input whose value is a list
    const scenario = { format: 'stageflow.scenario', version: 1, name: 's', events: [{ at: 0, type: 'set', target: 'order.Paid', value: { yes: true } }] };
    const doc = JSON.parse(JSON.stringify(orchestration())) as { stages: Array<{ steps: Array<Record<string, unknown>> }> };
    doc.stages[0]!.steps[0]!.inputs = { amount: [1, 2] };
    // when
    const scenarioMessages = validateScenario(scenario, orchestration()).map((p) => `${p.path}: ${p.message}`);
    const docMessages = validateOrchestration(doc).map((p) => `${p.path}: ${p.message}`);
    // then
    expect(scenarioMessages).toContain('events[0].value: "value" must be text, a number, true/false or null, not an object');
    expect(docMessages).toContain('stages[0].steps[0].inputs.amount: "amount" must be text, a number or true/false, not a list');
  });

  it('quotes keys that are not identifiers in paths', () => {
    const doc = orchestration();
    const bad = { ...doc, layout: { 'my stage': { x: 'left', y: 0 } } };
    expect(validateOrchestration(bad).map((p) => p.path)).toEqual(['layout["my stage"].x']);
  });

  it('still runs the rules when the only structural problem is a choice not made yet (a new requirement row)', () => {
    // given a step whose flow does not exist, and a requirement row just added, its resource not chosen
    const doc = withSteps(
      backgroundStep('A', { flow: 'Missing' }),
      backgroundStep('B', { start: { mode: 'requirements', requirements: [{ left: '', operator: 'EqualTo', right: { string: '' } }], logic: 'and' } }),
    );
    // when
    const messages = describeProblems(validateOrchestration(doc));
    // then the row says what to choose, and the missing flow is still reported, once each
    expect(messages).toContain('stages[0].steps[1].start.requirements[0].left: choose a resource');
    expect(messages).toContain('stages[0].steps[0].flow: there is no flow named "Missing" in the flow catalog');
    expect(messages.filter((m) => m.startsWith('stages[0].steps[1].start.requirements[0].left'))).toHaveLength(1);
  });

  it('runs the rules beside every kind of choice not made yet, without their words about the empty text', () => {
    // given an unmade step to wait for, evaluation flow and run-as user, beside a missing flow
    const docs = [
      withSteps(backgroundStep('A', { flow: 'Missing' }), after('', 'B')),
      withSteps(backgroundStep('A', { flow: 'Missing' }), backgroundStep('B', { start: { mode: 'evaluationFlow', flow: '' } })),
      withSteps(backgroundStep('A', { flow: 'Missing' }), backgroundStep('B', { runAs: { mode: 'user', user: '' } })),
    ];
    for (const doc of docs) {
      // when
      const messages = describeProblems(validateOrchestration(doc));
      // then
      expect(messages).toContain('stages[0].steps[0].flow: there is no flow named "Missing" in the flow catalog');
      expect(messages.filter((m) => m.includes('""'))).toEqual([]);
    }
  });

  it('keeps to the structure alone when an unmade choice comes with another structural problem', () => {
    // given an unmade resource and a misspelt kind
    const doc = withSteps(
      backgroundStep('A', { flow: 'Missing', kind: 'backgroud' as 'background' }),
      backgroundStep('B', { start: { mode: 'requirements', requirements: [{ left: '', operator: 'EqualTo', right: { string: '' } }], logic: 'and' } }),
    );
    // when
    const paths = validateOrchestration(doc).map((p) => p.path);
    // then
    expect(paths).toEqual(['stages[0].steps[0].kind', 'stages[0].steps[1].start.requirements[0].left']);
  });
});
