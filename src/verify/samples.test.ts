/**
 * The samples' scenarios as the app runs them ("Run all scenarios" checks expectations against
 * the trace alone): every expectation passes there too, so a sample never shows a failure the
 * command line does not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/index';
import { importOrchestration } from '../io/jsonImport';
import { importScenario } from '../io/documentImport';
import { checkExpectations } from './expectations/index';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, SAMPLES), 'utf8');
const names = (JSON.parse(read('index.json')) as { name: string }[]).map((s) => s.name);

function scenarioFiles(name: string): string[] {
  const folder = `${name}.scenarios/`;
  const more = existsSync(new URL(folder, SAMPLES)) ? readdirSync(new URL(folder, SAMPLES)).filter((f) => f.endsWith('.json')).sort().map((f) => folder + f) : [];
  return [`${name}.scenario.json`, ...more];
}

describe.each(names)('sample %s', (name) => {
  it.each(scenarioFiles(name))('%s: valid, with expectations that all hold when checked from the trace alone', (file) => {
    // given
    const doc = importOrchestration(read(`${name}.json`)).doc!;
    const scenario = importScenario(read(file), doc);
    expect(scenario.problems).toEqual([]);
    expect(scenario.doc!.expectations?.length ?? 0).toBeGreaterThan(0);
    // when
    const results = checkExpectations(scenario.doc!.expectations!, simulate(doc, scenario.doc));
    // then
    expect(results.filter((r) => !r.pass).map((r) => r.detail)).toEqual([]);
  });
});
