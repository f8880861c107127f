/**
 * Names that are `Object.prototype`'s properties (`constructor`, `prototype`, `toString`,
 * `valueOf`, `hasOwnProperty`) are API names like any other (FORMAT.md §1; docs/decisions.md,
 * *chosen*): a design and scenario using each of them in each role import, export, convert and
 * run exactly as the same design with ordinary names, renamed.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { validateScenario } from '../model/validateScenario';
import { ORDINARY, renamed, ROTATIONS, wordDesign, wordNames, wordScenario } from '../model/testing/objectWordNames';
import { importScenario } from './documentImport';
import { exportOrchestration, exportScenario, exportTrace } from './jsonExport';
import { importOrchestration } from './jsonImport';
import { exportFlowXml } from './xml/exportFlowXml';
import { importFlowXml } from './xml/importFlowXml';

/** JSON → XML → JSON, the flow catalog resolved from the design itself (as a project would). */
function throughXml(doc: Orchestration): { xml: string; back: string; problems: unknown } {
  const { xml } = exportFlowXml(doc);
  const flows = doc.flows ?? [];
  const imported = importFlowXml(xml, { name: doc.name, flows: { flow: (name) => flows.find((f) => f.name === name), missing: (name) => name } });
  if (!imported.ok) return { xml, back: JSON.stringify(imported.problems), problems: imported.problems };
  return { xml, back: exportOrchestration(imported.doc), problems: imported.problems };
}

const rotations = Array.from({ length: ROTATIONS }, (_, r) => r).map((r) => [r, Object.entries(wordNames(r)).filter(([role, name]) => name !== ORDINARY[role as keyof typeof ORDINARY]).map(([role, name]) => `${role}=${name}`).join(' ')] as const);

describe('names that are Object.prototype properties', () => {
  const ordinary = wordDesign(ORDINARY);
  const ordinaryScenario = wordScenario(ORDINARY);

  it('the control design with ordinary names is valid and runs to the end', () => {
    expect(validateOrchestration(ordinary)).toEqual([]);
    expect(validateScenario(ordinaryScenario, ordinary)).toEqual([]);
    expect(simulate(ordinary, ordinaryScenario).run.status).toBe('Completed');
  });

  it.each(rotations)('rotation %i (%s): JSON import gives back the design and scenario, exported to the same text', (rotation) => {
    const names = wordNames(rotation);
    const text = exportOrchestration(wordDesign(names));
    expect(text).toBe(renamed(exportOrchestration(ordinary), names));
    const imported = importOrchestration(text);
    expect(imported.problems).toEqual([]);
    expect(exportOrchestration(imported.doc!)).toBe(text);
    const scenarioText = exportScenario(wordScenario(names));
    const scenario = importScenario(scenarioText, imported.doc!);
    expect(scenario.problems).toEqual([]);
    expect(exportScenario(scenario.doc!)).toBe(scenarioText);
  });

  it.each(rotations)('rotation %i (%s): validates clean, as the ordinary design does', (rotation) => {
    const names = wordNames(rotation);
    expect(validateOrchestration(wordDesign(names))).toEqual([]);
    expect(validateScenario(wordScenario(names), wordDesign(names))).toEqual([]);
  });

  it.each(rotations)('rotation %i (%s): JSON → XML → JSON as the ordinary design, renamed', (rotation) => {
    const names = wordNames(rotation);
    const words = throughXml(wordDesign(names));
    const control = throughXml(ordinary);
    expect(words.xml).toBe(renamed(control.xml, names));
    expect(words.back).toBe(renamed(control.back, names));
    expect(JSON.stringify(words.problems)).toBe(renamed(JSON.stringify(control.problems), names));
  });

  it.each(rotations)('rotation %i (%s): without a layout, JSON and XML round-trip as the ordinary design does', (rotation) => {
    const names = wordNames(rotation);
    const text = exportOrchestration(wordDesign(names, false));
    expect(exportOrchestration(importOrchestration(text).doc!)).toBe(text);
    const words = throughXml(wordDesign(names, false));
    const control = throughXml(wordDesign(ORDINARY, false));
    expect(words.back).toBe(renamed(control.back, names));
  });

  it.each(rotations)('rotation %i (%s): simulates with the ordinary design\'s trace, renamed', (rotation) => {
    const names = wordNames(rotation);
    const trace = exportTrace(simulate(wordDesign(names), wordScenario(names)));
    expect(trace).toBe(renamed(exportTrace(simulate(ordinary, ordinaryScenario)), names));
  });

  it.each(rotations)('rotation %i (%s): with nothing overridden (every lookup by name misses), the same trace as the ordinary design', (rotation) => {
    const names = wordNames(rotation);
    expect(validateScenario(wordScenario(names, 'sparse'), wordDesign(names))).toEqual([]);
    const trace = exportTrace(simulate(wordDesign(names), wordScenario(names, 'sparse')));
    expect(trace).toBe(renamed(exportTrace(simulate(ordinary, wordScenario(ORDINARY, 'sparse'))), names));
  });
});
