/**
 * A stage's or decision's position written as `<locationX>`/`<locationY>` is read back: the writer
 * refuses only what is past xsd:int's range (xmlWriteLimits.ts), so the reader takes that whole range.
 */
import { describe, expect, it } from 'vitest';
import { routedDesign } from '../../verify/testing/designs';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';
import { pastFlowXmlLimits } from './xmlWriteLimits';

describe('positions in Flow XML', () => {
  it('a position of ten digits within locationX’s range, which Export writes, comes back as it was', () => {
    // given a stage at the range's ends and a decision at 1,500,000,000, which Export does not refuse
    const doc = routedDesign();
    const layout = { ...doc.layout, Intake: { x: 2147483647, y: -2147483648 }, Route: { x: 1500000000, y: -1000000000 } };
    const far = { ...doc, layout };
    const { xml } = exportFlowXml(far);
    expect(pastFlowXmlLimits(far, xml)).toEqual([]);
    // when it is read back
    const read = importFlowXml(xml, { name: doc.name });
    // then each keeps its position, and nothing of it is kept aside as a part the model has no place for
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.doc.layout?.Intake).toEqual({ x: 2147483647, y: -2147483648 });
    expect(read.doc.layout?.Route).toEqual({ x: 1500000000, y: -1000000000 });
    expect(read.warnings.map((w) => w.message).join('\n')).not.toMatch(/location/);
  });

  it('a location past xsd:int’s range, which Salesforce does not write, is not read as a position', () => {
    // given a hand-edited file whose first stage is one past the range
    const doc = routedDesign();
    const xml = exportFlowXml(doc).xml.replace(/(<name>Intake<\/name>\s*(?:<label>[^<]*<\/label>\s*)?)<locationX>-?\d+<\/locationX>/, '$1<locationX>2147483648</locationX>');
    expect(xml).toContain('<locationX>2147483648</locationX>');
    // when
    const read = importFlowXml(xml, { name: doc.name });
    // then the stage is placed as one without a position would be
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.doc.layout?.Intake?.x).not.toBe(2147483648);
  });
});
