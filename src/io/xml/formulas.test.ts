import { describe, expect, it } from 'vitest';
import { exportFormula, importFormula } from './formulas';
import { element, leaf } from './xmlNode';

describe('formula resources in XML', () => {
  it('reads name, type, expression and scale, and writes the same element back', () => {
    // given
    const node = element('formulas', [leaf('name', 'Total_With_Tax'), leaf('dataType', 'Currency'), leaf('expression', '{!amount} * 1.2'), leaf('scale', '2')]);
    // when
    const formula = importFormula(node);
    // then
    expect(formula).toEqual({ name: 'Total_With_Tax', type: 'Currency', expression: '{!amount} * 1.2', scale: 2 });
    expect(exportFormula(formula!)).toEqual(node);
  });

  it('maps String to Text and keeps a description first, as Salesforce orders it', () => {
    const node = element('formulas', [leaf('description', 'why'), leaf('name', 'Label_Text'), leaf('dataType', 'String'), leaf('expression', '"x"')]);
    expect(importFormula(node)).toEqual({ name: 'Label_Text', type: 'Text', expression: '"x"', description: 'why' });
    expect(exportFormula(importFormula(node)!)).toEqual(node);
  });

  it('leaves a formula it cannot hold to be kept verbatim', () => {
    expect(importFormula(element('formulas', [leaf('name', 'T'), leaf('dataType', 'Time'), leaf('expression', 'x')]))).toBeUndefined();
    expect(importFormula(element('formulas', [leaf('name', 'T'), leaf('dataType', 'Number'), leaf('expression', '1'), element('processMetadataValues', [])]))).toBeUndefined();
  });
});
