import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/index';
import { importOrchestration } from '../io/jsonImport';
import { importScenario } from '../io/documentImport';

const SAMPLES = new URL('../../public/samples/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, SAMPLES), 'utf8');
const index = JSON.parse(read('index.json')) as Array<{ name: string; label: string; description: string; scenarios?: string[] }>;

/** Warnings a sample carries on purpose: onboarding's never-confirmed scenario shows what its evaluation flow's warning says (a field change alone wakes nothing). */
const TAUGHT_WARNINGS: Record<string, string[]> = { onboarding: ['warning stages[1].steps[0].start'] };

describe('public/samples', () => {
  it('index.json lists every sample, each with a label and a description', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.endsWith('.scenario.json'));
    expect(index.map((s) => `${s.name}.json`).sort()).toEqual(files.sort());
    expect(index.map((s) => s.name)).toEqual(expect.arrayContaining(['order-fulfilment', 'case-escalation', 'onboarding', 'loan-approval']));
    for (const sample of index) {
      expect(sample.label.length).toBeGreaterThan(0);
      expect(sample.description.length).toBeGreaterThan(20);
    }
  });

  it('index.json lists each sample\'s other scenarios, exactly the files of its .scenarios folder (the app fetches them by these names)', () => {
    for (const sample of index) {
      const folder = new URL(`${sample.name}.scenarios/`, SAMPLES);
      const files = (() => { try { return readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort(); } catch { return []; } })();
      expect(sample.scenarios ?? [], sample.name).toEqual(files);
    }
  });

  it.each(index.map((s) => s.name))('%s and its scenario validate with no errors, no warnings but the one it teaches, and run to a non-stalled end', (name) => {
    // given the sample and its scenario: a sample is what a new user sees first, so no warning
    // marker but the one the sample is about (an interactive step without its related record was one)
    const orchestration = importOrchestration(read(`${name}.json`));
    expect(orchestration.problems.map((p) => `${p.severity} ${p.path}`)).toEqual(TAUGHT_WARNINGS[name] ?? []);
    const scenario = importScenario(read(`${name}.scenario.json`), orchestration.doc);
    expect(scenario.problems).toEqual([]);
    // when it runs
    const trace = simulate(orchestration.doc!, scenario.doc);
    // then it ends
    expect(trace.run.stalled).toBe(false);
    expect(trace.run.stoppedBy).toBeUndefined();
    expect(['Completed', 'Error', 'Canceled']).toContain(trace.run.status);
  });

  it('loan-approval: the failing credit check sends the run down the stage fault path', () => {
    const doc = importOrchestration(read('loan-approval.json')).doc!;
    const trace = simulate(doc, importScenario(read('loan-approval.scenario.json'), doc).doc);
    expect(trace.steps.Credit_Check?.status).toBe('Error');
    expect(trace.stages.Intake?.status).toBe('Error');
    expect(trace.stages.Manual_Recovery?.status).toBe('Completed');
    expect(trace.run.status).toBe('Completed');
  });

  it('order-fulfilment mixes sync and async background steps', () => {
    const doc = importOrchestration(read('order-fulfilment.json')).doc!;
    const modes = new Set(Object.values(simulate(doc).steps).map((s) => s.mode));
    expect(modes).toEqual(new Set(['sync', 'async']));
  });
});
