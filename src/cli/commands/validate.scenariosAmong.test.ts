/**
 * `stageflow validate designs/*.json` in the layout docs/cli.md recommends (`order.json` with
 * `order.scenario.json` and `order.scenarios/*.json` beside it): the glob takes the scenarios too,
 * and each was refused as "a scenario, not an orchestration", exit 2 on every such folder.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './validate';

const design = readFileSync('public/samples/order-fulfilment.json', 'utf8');
const scenario = (body: object = {}) => JSON.stringify({ format: 'stageflow.scenario', version: 1, ...body });

describe('stageflow validate: scenarios among several files', () => {
  it('a scenario beside its design is checked against it: "<file>: ok (a scenario of <design>)", exit 0', async () => {
    // given
    const { io, out } = memoryIo({ 'd/order.json': design, 'd/order.scenario.json': scenario(), 'd/order.scenarios/late.json': scenario() });
    // when
    const code = await main(['d/order.json', 'd/order.scenario.json', 'd/order.scenarios/late.json'], io);
    // then
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('d/order.json: ok\nd/order.scenario.json: ok (a scenario of d/order.json)\nd/order.scenarios/late.json: ok (a scenario of d/order.json)\n');
    expect(code).toBe(0);
  });

  it('a scenario that does not suit its design is a problem line, exit 2', async () => {
    // given
    const { io, out } = memoryIo({ 'd/order.json': design, 'd/order.scenario.json': scenario({ steps: { Nope: { durationMs: 1 } } }) });
    // when
    const code = await main(['d/order.json', 'd/order.scenario.json'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('d/order.scenario.json: steps.Nope: the orchestration has no step "Nope"\n');
  });
});
