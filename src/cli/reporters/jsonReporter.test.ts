/**
 * The JSON report's times are milliseconds to three decimals, the summary's too: a CI step that
 * shows or compares `summary.timeMs` read `80.6386399999999` (a sum of clock readings) where each
 * scenario's said `40.812`.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioResult, SuiteResult } from '../run/results';
import { jsonReport } from './jsonReporter';

const scenario = (timeMs: number): ScenarioResult => ({ name: 's', file: 's.json', status: 'passed', timeMs, run: null, expectations: [], problems: [], recorded: 0 });

describe('stageflow test --reporter json', () => {
  it('rounds the summary time as it rounds each scenario\'s', () => {
    // given three times whose sum is not exact in binary floating point
    const suites: SuiteResult[] = [{ label: 'd.json', name: 'D', problems: [], scenarios: [scenario(40.8124), scenario(0.1), scenario(0.2)] }];
    // when
    const report = JSON.parse(jsonReport(suites));
    // then
    expect(report.summary.timeMs).toBe(41.112);
    expect(report.designs[0].scenarios.map((s: { timeMs: number }) => s.timeMs)).toEqual([40.812, 0.1, 0.2]);
  });
});
