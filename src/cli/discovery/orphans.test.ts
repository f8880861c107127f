/**
 * A walk that meets a scenario with no design of its name beside it (a misspelt file, a design
 * renamed without its scenarios, `order.scenario/` for `order.scenarios/`) does not run it; it was
 * passed over in silence, so `stageflow test` passed in CI with the scenario never run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main as test } from '../commands/test';
import { memoryIo } from '../testing/memoryIo';
import { discoverSuites } from './discover';

const design = readFileSync('public/samples/order-fulfilment.json', 'utf8');
const scenario = '{ "format": "stageflow.scenario", "version": 1 }';

const files = {
  'repo/order.json': design,
  'repo/order.scenario.json': scenario,
  'repo/ordr.scenario.json': scenario,
  'repo/gone.scenarios/late.json': scenario,
  'repo/order.scenario/early.json': scenario,
};

describe('a walk\'s scenarios without a design', () => {
  it('are warnings naming the file and the designs looked for; the input is not bad', async () => {
    // given
    const { io } = memoryIo(files);
    // when
    const found = await discoverSuites(io, ['repo']);
    // then
    expect(found.problems).toEqual([]);
    expect(found.suites).toEqual([{ design: { kind: 'file', file: 'repo/order.json' }, scenarios: ['repo/order.scenario.json'] }]);
    expect(found.warnings).toEqual([
      'repo/gone.scenarios: (root): warning: no design for these scenarios (no gone.json, gone.orchestration.json, gone.flow-meta.xml or gone.flow beside it), so it was not run',
      'repo/order.scenario: (root): warning: a design\'s folder of scenarios is named order.scenarios, so the scenarios in this one were not run',
      'repo/ordr.scenario.json: (root): warning: no design for this scenario (no ordr.json, ordr.orchestration.json, ordr.flow-meta.xml or ordr.flow beside it), so it was not run',
    ]);
  });

  it('stageflow test says so on stderr and still exits on what ran', async () => {
    // given
    const { io, out } = memoryIo(files);
    // when
    const code = await test(['repo'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toContain('repo/ordr.scenario.json: (root): warning: no design for this scenario');
  });
});
