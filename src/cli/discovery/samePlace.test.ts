/**
 * "A design found twice runs its scenarios once" (docs/cli.md) held only for the same spelling:
 * `stageflow test designs/order.json ./designs/order.json` (or the absolute path, as a CI script
 * builds it) ran every scenario twice and counted it twice.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { discoverSuites } from './discover';

const design = '{ "format": "stageflow.orchestration", "version": 1, "name": "X", "stages": [] }';
const scenario = '{ "format": "stageflow.scenario", "version": 1 }';

describe('a design or scenario given under two spellings', () => {
  it('is one design with its scenarios once, named as first given', async () => {
    // given
    const files = { 'designs/order.json': design, 'designs/order.scenario.json': scenario, 'designs/order.scenarios/late.json': scenario };
    const { io } = memoryIo(Object.fromEntries(Object.entries(files).flatMap(([path, text]) => [[path, text], [resolve(path), text]])));
    // when
    const found = await discoverSuites(io, ['designs/order.json', './designs/order.json', resolve('designs/order.json'), './designs/order.scenarios/late.json', 'designs']);
    // then
    expect(found.problems).toEqual([]);
    expect(found.suites).toEqual([{ design: { kind: 'file', file: 'designs/order.json' }, scenarios: ['designs/order.scenario.json', 'designs/order.scenarios/late.json'] }]);
  });
});
