/**
 * The name check reads each name's first declaration from the validation context (createContext
 * keeps every later one aside), rather than listing the namespace again. These pin what that must
 * keep: a later declaration is refused wherever the first one is (a step before a stage, a formula
 * after them all), malformed names come before duplicates, and each list is in document order.
 */
import { describe, expect, it } from 'vitest';
import { backgroundStep, DEFAULT_VARIABLES, describeProblems, orchestration, stage } from './testing/fixtures';
import { validateOrchestration } from './validate';

const UNIQUE = 'names must be unique across stages, steps, decisions, variables and formulas';

describe('validateOrchestration: the first declaration of a name', () => {
  it('refuses each later declaration in document order, naming the first, after every malformed name', () => {
    // given a stage named like an earlier step, a step named like a step of the stage before, a
    // formula and a variable named like steps, and a malformed step name between them
    const doc = orchestration({
      stages: [
        stage('Prepare', [backgroundStep('Review'), backgroundStep('Ship_Order')]),
        stage('Review', [backgroundStep('Ship_Order'), backgroundStep('bad__name')]),
      ],
      variables: [...DEFAULT_VARIABLES, { name: 'Ship_Order', type: 'Text' }],
      formulas: [{ name: 'Prepare', type: 'Number', expression: '1' }],
      start: 'Prepare',
    });
    // when
    const problems = describeProblems(validateOrchestration(doc).filter((p) => p.path.endsWith('.name')));
    // then
    expect(problems).toEqual([
      'stages[1].steps[1].name: API name "bad__name" cannot contain two underscores in a row',
      `stages[1].name: the API name "Review" is already used by the step at stages[0].steps[0]: ${UNIQUE}`,
      `stages[1].steps[0].name: the API name "Ship_Order" is already used by the step at stages[0].steps[1]: ${UNIQUE}`,
      `variables[4].name: the API name "Ship_Order" is already used by the step at stages[0].steps[1]: ${UNIQUE}`,
      `formulas[0].name: the API name "Prepare" is already used by the stage at stages[0]: ${UNIQUE}`,
    ]);
  });

  it('checks a later declaration of a name on its own terms (its format), and the first one only once', () => {
    // given a malformed name declared twice: two problems for the format, one for the duplicate
    const doc = orchestration({ stages: [stage('Main', [backgroundStep('Step_'), backgroundStep('Step_')])] });
    // when
    const problems = describeProblems(validateOrchestration(doc).filter((p) => p.path.endsWith('.name')));
    // then
    expect(problems).toEqual([
      'stages[0].steps[0].name: API name "Step_" cannot end with an underscore',
      'stages[0].steps[1].name: API name "Step_" cannot end with an underscore',
      `stages[0].steps[1].name: the API name "Step_" is already used by the step at stages[0].steps[0]: ${UNIQUE}`,
    ]);
  });
});
