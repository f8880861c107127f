import { describe, expect, it } from 'vitest';
import { exportOrchestration } from '../io/jsonExport';
import { importOrchestration } from '../io/jsonImport';
import { exportFlowXml } from '../io/xml/exportFlowXml';
import { inputText } from './inputValue';
import { backgroundStep, describeProblems, errorsOf, orchestration, stage, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

/** Steps passing a JSON number and a JSON boolean, as FORMAT.md allows ("resource reference or literal"). */
const withLiterals = () => withSteps(
  backgroundStep('A', { inputs: { recordId: 42 } }),
  backgroundStep('B', { inputs: { recordId: true }, start: { mode: 'evaluationFlow', flow: 'Is_Ready', inputs: { recordId: 2.5 } } }),
);

describe('R50: JSON number and boolean literals in inputs', () => {
  it('validate: a number or boolean input is a literal, not a problem', () => {
    const doc = withLiterals();
    expect(describeProblems(errorsOf(validateOrchestration(doc)))).toEqual([]);
  });

  it('a file with them round-trips unchanged: the number stays a number, the boolean a boolean', () => {
    const text = exportOrchestration(withLiterals());
    expect(text).toContain('"recordId": 42');
    expect(text).toContain('"recordId": true');
    const imported = importOrchestration(text);
    expect(imported.doc?.stages[0]!.steps[0]!.inputs).toEqual({ recordId: 42 });
    expect(exportOrchestration(imported.doc!)).toBe(text);
  });

  it('a wrong kind of value (null, an object) is still refused with its path', () => {
    const doc = JSON.parse(exportOrchestration(withSteps(backgroundStep('A', { inputs: { recordId: 'x' } })))) as { stages: Array<{ steps: Array<{ inputs: unknown }> }> };
    doc.stages[0]!.steps[0]!.inputs = { recordId: { id: 1 } };
    const imported = importOrchestration(JSON.stringify(doc));
    expect(imported.ok).toBe(false);
    expect(imported.problems.map((p) => p.path)).toContain('stages[0].steps[0].inputs.recordId');
  });

  it('Flow XML writes them as numberValue and booleanValue, as Salesforce does', () => {
    const doc = orchestration({ stages: [stage('S', [backgroundStep('A', { inputs: { recordId: 42, rush: false } })])] });
    doc.flows = doc.flows?.map((f) => (f.name === 'Do_Work' ? { ...f, inputs: ['recordId', 'rush'] } : f));
    const xml = exportFlowXml(doc).xml;
    expect(xml).toMatch(/<name>recordId<\/name>\s*<value>\s*<numberValue>42\.0<\/numberValue>/);
    expect(xml).toMatch(/<name>rush<\/name>\s*<value>\s*<booleanValue>false<\/booleanValue>/);
  });

  it('inputText reads them as the text R50 types back: "42", "true"', () => {
    expect([inputText(42), inputText(true), inputText('order.Id')]).toEqual(['42', 'true', 'order.Id']);
  });
});
