import { describe, expect, it } from 'vitest';
import { exportVariable, importVariable } from './variables';
import { ImportContext } from './importContext';
import { element, leaf } from './xmlNode';

describe('variables: available for input and output', () => {
  it('reads isInput/isOutput true as input/output and writes them back', () => {
    // given the real DeactivateUser variable UserResponded
    const node = element('variables', [
      leaf('name', 'UserResponded'), leaf('dataType', 'Boolean'), leaf('isCollection', 'false'), leaf('isInput', 'true'), leaf('isOutput', 'true'),
    ]);
    // when
    const variable = importVariable(node, new ImportContext(55, new Set()), 0);
    // then
    expect(variable).toEqual({ name: 'UserResponded', type: 'Boolean', input: true, output: true });
    expect(exportVariable(variable!)).toEqual(node);
  });

  it('writes a variable without input/output as not available', () => {
    const xml = exportVariable({ name: 'note', type: 'Text' });
    expect(xml?.children?.filter((c) => c.tag === 'isInput' || c.tag === 'isOutput').map((c) => c.text)).toEqual(['false', 'false']);
  });

  // FORMAT.md §6 (import maps variables): a Currency variable was kept whole in extensions, so every
  // condition on it (an amount over a limit) was refused as an unknown resource
  it('reads a Currency variable as a Number and writes it back as Currency, byte for byte', () => {
    const node = element('variables', [
      leaf('name', 'Amount'), leaf('dataType', 'Currency'), leaf('isCollection', 'false'), leaf('isInput', 'true'), leaf('isOutput', 'false'),
      leaf('scale', '2'), element('value', [leaf('numberValue', '12.5')]),
    ]);
    const variable = importVariable(node, new ImportContext(61, new Set()), 0);
    expect(variable).toMatchObject({ name: 'Amount', type: 'Number', value: 12.5, input: true });
    expect(exportVariable(variable!)).toEqual(node);
    // turned into another type in the app, it is written as that type, not as Currency
    const text = exportVariable({ ...variable!, type: 'Text', value: 'x' });
    expect(text?.children?.find((c) => c.tag === 'dataType')?.text).toBe('String');
  });
});
