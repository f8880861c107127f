import { describe, expect, it } from 'vitest';
import { exportOrchestration } from '../../io/jsonExport';
import { exportFlowXml } from '../../io/xml/index';
import { routedDesign } from '../../verify/testing/designs';
import { memoryIo } from '../testing/memoryIo';
import { main } from './convert';

/** A Salesforce draft orchestration with no stages (as real projects hold: status InvalidDraft). */
const draftXml = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>52.0</apiVersion>
    <label>Draft</label>
    <processType>Orchestrator</processType>
    <status>InvalidDraft</status>
</Flow>
`;

/** The routed design whose decision's default path leads to a stage it does not have. */
const brokenDesign = () => {
  const doc = routedDesign();
  const decision = doc.decisions![0]!;
  decision.defaultNext = 'Nowhere';
  return doc;
};
const brokenXml = () => exportFlowXml(routedDesign()).xml.replace('<targetReference>Small_Stage</targetReference>', '<targetReference>Nowhere</targetReference>');

describe('stageflow convert: a design with validation errors', () => {
  it('XML → JSON writes the draft, prints each error as <file>: <path>: <message> (as simulate does), says so, and exits 0 (it was converted)', async () => {
    const { io, out } = memoryIo({ 'Draft.flow-meta.xml': draftXml });
    expect(await main(['Draft.flow-meta.xml', '--out', 'draft.json'], io)).toBe(0);
    expect(JSON.parse(out.written['draft.json']!)).toMatchObject({ format: 'stageflow.orchestration', name: 'Draft', stages: [] });
    expect(out.stderr).toMatch(/^Draft\.flow-meta\.xml: stages: an orchestration needs at least one stage$/m);
    expect(out.stderr).toMatch(/^Draft\.flow-meta\.xml: converted with 1 error: draft\.json holds the draft; fix it before running it or converting it back to Flow XML$/m);
    // FORMAT.md §5–6: an error is `<file>: <path>: <message>`; only warnings carry a label
    expect(out.stderr).not.toMatch(/: error: /);
  });

  it('XML → JSON with an unknown target: the error names its path, the draft is written, exit 0', async () => {
    const { io, out } = memoryIo({ 'Test.flow-meta.xml': brokenXml() });
    expect(await main(['Test.flow-meta.xml', '--out', 'test.json'], io)).toBe(0);
    expect(out.written['test.json']).toContain('"defaultNext": "Nowhere"');
    expect(out.stderr).toMatch(/^Test\.flow-meta\.xml: decisions\[0\]\.defaultNext: [^:]*"Nowhere"/m);
  });

  it('JSON → XML of the same design: the same error line, exit 2, nothing written', async () => {
    const { io, out } = memoryIo({ 'test.json': exportOrchestration(brokenDesign()) });
    expect(await main(['test.json', '--out', 'Test.flow-meta.xml'], io)).toBe(2);
    expect(out.written).toEqual({});
    expect(out.stderr).toMatch(/^test\.json: decisions\[0\]\.defaultNext: [^:]*"Nowhere"/m);
    expect(out.stderr).toMatch(/^test\.json: not converted: Flow XML is written only for a design without errors$/m);
  });

  it('a valid design converts both ways with exit 0 and no error line', async () => {
    const { io, out } = memoryIo({ 'test.json': exportOrchestration(routedDesign()) });
    expect(await main(['test.json', '--out', 'Test.flow-meta.xml'], io)).toBe(0);
    expect(await main(['Test.flow-meta.xml', '--out', 'back.json'], io)).toBe(0);
    expect(JSON.parse(out.written['back.json']!)).toMatchObject({ name: 'Test' });
    expect(out.stderr).not.toMatch(/error:/);
  });
});

describe('stageflow convert: bad arguments name the file first (FORMAT.md §6)', () => {
  it('an input of another extension: <file>: <message>, exit 2', async () => {
    const { io, out } = memoryIo({ 'order.txt': '{}' });
    expect(await main(['order.txt'], io)).toBe(2);
    expect(out.stderr).toBe('order.txt: use a .json, .flow-meta.xml or .flow file\n');
  });

  it('an output of the same format as the input: <file>: <message>, exit 2, nothing written', async () => {
    const { io, out } = memoryIo({ 'test.json': exportOrchestration(routedDesign()) });
    expect(await main(['test.json', '--out', 'copy.json'], io)).toBe(2);
    expect(out.written).toEqual({});
    expect(out.stderr).toMatch(/^test\.json: cannot convert to copy\.json: /);
  });
});
