import { describe, expect, it } from 'vitest';
import { scenarioFileName, scenarioFilePaths } from './scenarioFileName';

describe('the file name a downloaded scenario takes, where stageflow test finds it', () => {
  it('is Name.scenario.json for a design with one scenario', () => {
    expect(scenarioFileName('Case_Lifecycle', 'Default behaviour', false)).toBe('Case_Lifecycle.scenario.json');
  });

  it('is a file of the Name.scenarios folder, named after the scenario, when there are several', () => {
    expect(scenarioFileName('Case_Lifecycle', 'Escalates when urgent!', true)).toBe('Case_Lifecycle.scenarios/Escalates_when_urgent.json');
    expect(scenarioFileName('Case_Lifecycle', '../../etc', true)).toBe('Case_Lifecycle.scenarios/etc.json');
    expect(scenarioFileName('Case_Lifecycle', undefined, true)).toBe('Case_Lifecycle.scenarios/scenario.json');
  });

  it('gives every scenario of a design its own file of the folder, however their names collide', () => {
    expect(scenarioFilePaths('Order', ['Paid', 'paid', 'Paid!', undefined])).toEqual([
      'Order.scenarios/Paid.json', 'Order.scenarios/paid-2.json', 'Order.scenarios/Paid-3.json', 'Order.scenarios/scenario.json',
    ]);
    expect(scenarioFilePaths('Order', ['Only one'])).toEqual(['Order.scenario.json']);
  });
});
