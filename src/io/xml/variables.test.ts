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
});
