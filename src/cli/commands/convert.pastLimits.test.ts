/**
 * `stageflow convert` JSON → XML refuses what the format allows but a Flow file cannot hold, where
 * it wrote the file and exited 0: a design whose XML is past the 5 MB a Flow file is read at (the
 * file `convert` itself then refused), and a stage whose canvas position is past `locationX`'s
 * whole-number range (`<locationX>1e+300</locationX>`, read back without its position). Exit 2,
 * nothing written, each cause a `<file>: <path>: <message>` line (docs/cli.md, *chosen*).
 */
import { describe, expect, it } from 'vitest';
import { exportOrchestration } from '../../io/jsonExport';
import { routedDesign } from '../../verify/testing/designs';
import type { Orchestration } from '../../model/types';
import { memoryIo } from '../testing/memoryIo';
import { main } from './convert';

/** The routed design with its first step given `count` text inputs of 1,000 characters each. */
function withLongInputs(count: number): Orchestration {
  const doc = routedDesign();
  const step = doc.stages[0]!.steps[0]!;
  const inputs = Object.fromEntries(Array.from({ length: count }, (_, i) => [`note_${i}`, `${i} `.padEnd(1000, 'x')]));
  return { ...doc, stages: [{ ...doc.stages[0]!, steps: [{ ...step, inputs: { ...step.inputs, ...inputs } }, ...doc.stages[0]!.steps.slice(1)] }, ...doc.stages.slice(1)] };
}

describe('stageflow convert: what a Flow file cannot hold is not written', () => {
  it('a design whose Flow XML is past 5 MB: exit 2, nothing written, the size said', async () => {
    const doc = withLongInputs(6000);
    const { io, out } = memoryIo({ 'big.json': exportOrchestration(doc) });
    expect(await main(['big.json', '--out', `${doc.name}.flow-meta.xml`], io)).toBe(2);
    expect(out.written).toEqual({});
    expect(out.stderr).toMatch(/^big\.json: the Flow XML would be \d+\.\d MB, and a Flow file larger than 5 MB is not read \(by convert, validate or the app\): split the design, or shorten its labels and descriptions$/m);
    expect(out.stderr).toMatch(/^big\.json: not converted: the Flow XML would not be read back$/m);
  });

  it("a stage's position past locationX's range: exit 2, nothing written, its layout path named; a step's, which Flow XML does not hold, is no matter", async () => {
    const doc = routedDesign();
    const stage = doc.stages[0]!;
    const step = stage.steps[0]!;
    const placed = { ...doc, layout: { ...doc.layout, [stage.name]: { x: 1e300, y: 10 }, [step.name]: { x: 1e300, y: 0 } } };
    const { io, out } = memoryIo({ 'far.json': exportOrchestration(placed) });
    expect(await main(['far.json', '--out', `${doc.name}.flow-meta.xml`], io)).toBe(2);
    expect(out.written).toEqual({});
    expect(out.stderr.split('\n').filter((line) => line.startsWith('far.json: layout'))).toEqual([`far.json: layout.${stage.name}.x: 1e+300 is past a Flow file's locationX, a whole number from -2147483648 to 2147483647`]);
    // the same design at an ordinary place converts
    const near = memoryIo({ 'near.json': exportOrchestration({ ...placed, layout: { ...placed.layout, [stage.name]: { x: 2147483647, y: -2147483648 } } }) });
    expect(await main(['near.json', '--out', `${doc.name}.flow-meta.xml`], near.io)).toBe(0);
    expect(near.out.written[`${doc.name}.flow-meta.xml`]).toContain('<locationX>2147483647</locationX>');
  });
});
