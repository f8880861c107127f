import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { after, backgroundStep, orchestration, scenario, withSteps } from '../../model/testing/fixtures';
import { memoryIo } from '../testing/memoryIo';
import { unwrapped } from '../testing/helpText';
import { main } from './validate';

const valid = JSON.stringify(orchestration());
const xml = readFileSync(new URL('../../io/xml/__fixtures__/own/Case_Review.flow-meta.xml', import.meta.url), 'utf8');

describe('stageflow validate', () => {
  it('prints ok for a valid design and its scenario, exit 0', async () => {
    // given
    const { io, out } = memoryIo({ 'def.json': valid, 's.json': JSON.stringify(scenario()) });
    // when
    const code = await main(['def.json', '--scenario', 's.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toBe('ok\n');
    expect(out.stderr).toBe('');
  });

  it('reads Flow XML designs too', async () => {
    const { io, out } = memoryIo({ 'Case_Review.flow-meta.xml': xml });
    expect(await main(['Case_Review.flow-meta.xml'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
  });

  it('reports each problem as "<file>: <path>: <message>", exit 2, and says ok for the valid files of several', async () => {
    // given one valid and one invalid design
    const { io, out } = memoryIo({ 'good.json': valid, 'bad.json': JSON.stringify(withSteps(after('Valdate', 'Ship'))) });
    // when
    const code = await main(['good.json', 'bad.json'], io);
    // then
    expect(code).toBe(2);
    expect(out.stdout).toBe('good.json: ok\n');
    expect(out.stderr.split('\n')[0]).toBe('bad.json: stages[0].steps[0].start.step: unknown step "Valdate"');
  });

  // FORMAT.md §5: one line per problem. A value of the right type out of bounds (an 81-character
  // name, a 256-character label, apiVersion 40) was the only line: the rules were not checked
  it('a value out of bounds does not hide the design\'s other problems: every one gets its line', async () => {
    const design = withSteps(after('Valdate', 'Ship'), backgroundStep('Pack'));
    const cases: Array<[string, (d: typeof design) => void, string]> = [
      ['name', (d) => { d.stages[0]!.steps[1]!.name = 'S'.repeat(81); }, 'stages[0].steps[1].name: API names have at most 80 characters'],
      ['label', (d) => { d.stages[0]!.label = 'x'.repeat(256); }, 'stages[0].label: labels have at most 255 characters'],
      ['apiVersion', (d) => { d.apiVersion = 40; }, 'apiVersion: API version is 50 to 66'],
    ];
    for (const [what, change, line] of cases) {
      const doc = structuredClone(design);
      change(doc);
      const { io, out } = memoryIo({ 'bad.json': JSON.stringify(doc) });
      expect(await main(['bad.json'], io), what).toBe(2);
      const lines = out.stderr.split('\n');
      expect(lines, what).toContain(`bad.json: ${line}`);
      expect(lines, what).toContain('bad.json: stages[0].steps[0].start.step: unknown step "Valdate"');
    }
  });

  it('an invalid scenario fails the check', async () => {
    const bad = JSON.stringify(scenario({ steps: { Nope: { outcome: 'error' } } }));
    const { io, out } = memoryIo({ 'def.json': valid, 's.json': bad });
    expect(await main(['def.json', '--scenario', 's.json'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('s.json: steps.Nope: the orchestration has no step "Nope"\n');
  });

  it('says a scenario given as a design is a scenario to give with --scenario, and a design given as a scenario is an orchestration, one line each instead of every missing field', async () => {
    // given a design and its scenario, given the wrong way round
    const { io, out } = memoryIo({ 'def.json': valid, 's.json': JSON.stringify(scenario()) });
    // when the scenario is given as a second design, then as the design with the design as its scenario
    const asDesign = await main(['def.json', 's.json'], io);
    const asDesignLines = out.stderr;
    out.stderr = '';
    const swapped = await main(['s.json', '--scenario', 'def.json'], io);
    const { io: io2, out: out2 } = memoryIo({ 'def.json': valid });
    const designAsScenario = await main(['def.json', '--scenario', 'def.json'], io2);
    // then
    expect([asDesign, swapped, designAsScenario]).toEqual([2, 2, 2]);
    expect(asDesignLines).toBe('s.json: format: this file is a scenario ("format": "stageflow.scenario"), not an orchestration: give it with --scenario <file>, after its design\n');
    expect(out.stderr).toBe(asDesignLines);
    expect(out2.stderr).toBe('def.json: format: this file is an orchestration ("format": "stageflow.orchestration"), not a scenario\n');
  });

  it.each([
    [[], 'validate: the design file is missing'],
    [['a.json', 'b.json', '--scenario', 's.json'], 'validate: --scenario needs exactly one design (scenarios are checked against it)'],
    [['a.json', '--fast'], 'validate: unknown option "--fast"'],
  ])('bad arguments %j: a message and the usage, exit 2', async (argv, message) => {
    const { io, out } = memoryIo({});
    expect(await main(argv, io)).toBe(2);
    expect(unwrapped(out.stderr)).toBe(`${message}\nusage: stageflow validate <design.json | design.flow-meta.xml | project folder | project.zip>... [--orchestration <ApiName>] [--scenario <scenario.json>]...\n`);
  });
});
