import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { planScenarioSave, type ScenarioOnDisk } from './scenarioSaves';

const ORCHESTRATION = 'force-app/main/default/flows/Order.flow-meta.xml';
const scenario = (name: string, at = 0): Scenario => ({ format: 'stageflow.scenario', version: 1, name, events: at ? [{ at, type: 'set', target: '$Record.Status', value: 'Shipped' }] : [] });
const FALLBACK = scenario('Default behaviour');
const disk = (path: string, s: Scenario): ScenarioOnDisk => ({ path: `force-app/main/default/flows/${path}`, scenario: s });

describe('planScenarioSave: which scenario files Save to project writes', () => {
  it('writes nothing for a design that only has the untouched default scenario', () => {
    expect(planScenarioSave(ORCHESTRATION, [FALLBACK], [], FALLBACK)).toEqual({ writes: [], unchanged: 0, kept: [], after: [] });
  });

  it('writes an edited default scenario as Name.scenario.json beside the orchestration', () => {
    const edited = scenario('Default behaviour', 5);
    const plan = planScenarioSave(ORCHESTRATION, [edited], [], FALLBACK);
    expect(plan.writes).toEqual([{ path: 'force-app/main/default/flows/Order.scenario.json', scenario: edited, created: true }]);
    expect(plan.after).toEqual([{ path: 'force-app/main/default/flows/Order.scenario.json', scenario: edited }]);
  });

  it('writes several new scenarios into the Name.scenarios/ folder, two names giving one file told apart', () => {
    const plan = planScenarioSave(ORCHESTRATION, [scenario('Rush order!'), scenario('Rush order?')], [], FALLBACK);
    expect(plan.writes.map((w) => [w.path, w.created])).toEqual([
      ['force-app/main/default/flows/Order.scenarios/Rush_order.json', true],
      ['force-app/main/default/flows/Order.scenarios/Rush_order-2.json', true],
    ]);
  });

  it('rewrites only the scenario that changed, in the file it was read from', () => {
    const onDisk = [disk('Order.scenarios/a.json', scenario('A')), disk('Order.scenarios/b.json', scenario('B'))];
    const plan = planScenarioSave(ORCHESTRATION, [scenario('A'), scenario('B', 3)], onDisk, FALLBACK);
    expect(plan.writes).toEqual([{ path: 'force-app/main/default/flows/Order.scenarios/b.json', scenario: scenario('B', 3), created: false }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.kept).toEqual([]);
  });

  it('keeps a renamed scenario in its file', () => {
    const onDisk = [disk('Order.scenario.json', scenario('Happy path'))];
    const plan = planScenarioSave(ORCHESTRATION, [scenario('Everything in stock')], onDisk, FALLBACK);
    expect(plan.writes.map((w) => [w.path, w.created])).toEqual([['force-app/main/default/flows/Order.scenario.json', false]]);
  });

  it('puts a scenario added to a design with a single scenario file into the folder, never over a file that exists', () => {
    const onDisk = [disk('Order.scenario.json', scenario('Happy path')), disk('Order.scenarios/Late.json', scenario('Late'))];
    const plan = planScenarioSave(ORCHESTRATION, [scenario('Happy path'), scenario('Late'), scenario('late')], onDisk, FALLBACK);
    expect(plan.writes.map((w) => [w.path, w.created])).toEqual([['force-app/main/default/flows/Order.scenarios/late-2.json', true]]);
    expect(plan.unchanged).toBe(2);
  });

  it('keeps the file of a deleted scenario and says so, instead of deleting it', () => {
    const onDisk = [disk('Order.scenarios/a.json', scenario('A')), disk('Order.scenarios/b.json', scenario('B'))];
    const plan = planScenarioSave(ORCHESTRATION, [scenario('B')], onDisk, FALLBACK);
    expect(plan.writes).toEqual([]);
    expect(plan.kept).toEqual(['force-app/main/default/flows/Order.scenarios/a.json']);
    expect(plan.after).toEqual([onDisk[1]]);
  });

  it('keeps the files of a design whose scenarios were all deleted (it shows the default), writing nothing', () => {
    const onDisk = [disk('Order.scenarios/a.json', scenario('A', 1)), disk('Order.scenarios/b.json', scenario('B', 2))];
    const plan = planScenarioSave(ORCHESTRATION, [FALLBACK], onDisk, FALLBACK);
    expect(plan.writes).toEqual([]);
    expect(plan.kept).toEqual(onDisk.map((d) => d.path));
  });

  it('writes the default scenario back when the project had a file for it', () => {
    const onDisk = [disk('Order.scenario.json', scenario('Default behaviour', 2))];
    const plan = planScenarioSave(ORCHESTRATION, [FALLBACK], onDisk, FALLBACK);
    expect(plan.writes.map((w) => w.path)).toEqual(['force-app/main/default/flows/Order.scenario.json']);
  });

  it('names the files after the orchestration file, in a retrieved package too', () => {
    const plan = planScenarioSave('flows/Order.flow', [scenario('One', 1)], [], FALLBACK);
    expect(plan.writes.map((w) => w.path)).toEqual(['flows/Order.scenario.json']);
  });
});
