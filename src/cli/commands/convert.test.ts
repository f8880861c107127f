import { readFileSync } from 'node:fs';
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
    expect(out.stderr).toMatch(/^Draft\.flow-meta\.xml: converted with 1 error: draft\.json holds the draft; fix it before running it or activating it$/m);
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

  it('a Salesforce InvalidDraft goes back to the same file: XML → JSON → XML, byte for byte, exit 0, its errors named', async () => {
    // a real project's stage-less draft (LightningFlowComponents, see the fixture folder's README)
    const file = 'Orchestration_Two_Level_Approval_Demo_Opportunity.flow-meta.xml';
    const original = readFileSync(new URL(`../../io/xml/__fixtures__/real/${file}`, import.meta.url), 'utf8');
    const { io, out } = memoryIo({ [file]: original });
    expect(await main([file, '--out', 'draft.json'], io)).toBe(0);
    expect(out.stderr).toMatch(/: converted with 1 error: draft\.json holds the draft; fix it before running it or activating it$/m);
    const back = memoryIo({ 'draft.json': out.written['draft.json']! });
    expect(await main(['draft.json', '--out', file], back.io)).toBe(0);
    expect(back.out.written[file]).toBe(original);
    expect(back.out.stderr).toMatch(/^draft\.json: stages: an orchestration needs at least one stage$/m);
    expect(back.out.stderr).toMatch(/^draft\.json: written with its errors as an InvalidDraft/m);
  });

  it('a design with errors that did not come from an InvalidDraft is still not written as XML', async () => {
    const { io, out } = memoryIo({ 'Draft.flow-meta.xml': draftXml.replace('<status>InvalidDraft</status>', '<status>Draft</status>') });
    expect(await main(['Draft.flow-meta.xml', '--out', 'draft.json'], io)).toBe(0);
    expect(out.stderr).toMatch(/fix it before running it or converting it back to Flow XML$/m);
    const back = memoryIo({ 'draft.json': out.written['draft.json']! });
    expect(await main(['draft.json', '--out', 'Draft.flow-meta.xml'], back.io)).toBe(2);
    expect(back.out.written).toEqual({});
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

describe('stageflow convert: options', () => {
  it('an unknown option is named with the closest known one, exit 2', async () => {
    const { io, out } = memoryIo({ 'Draft.flow-meta.xml': draftXml });
    expect(await main(['Draft.flow-meta.xml', '--ot', 'draft.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/^convert: unknown option "--ot"; did you mean "--out"\?\nusage: /);
  });

  it('--out - is standard output (the other format, as without --out), not a file named "-"', async () => {
    const { io, out } = memoryIo({ 'Draft.flow-meta.xml': draftXml });
    expect(await main(['Draft.flow-meta.xml', '--out', '-'], io)).toBe(0);
    expect(out.written).toEqual({});
    expect(JSON.parse(out.stdout)).toMatchObject({ format: 'stageflow.orchestration' });
  });
});
