import { describe, expect, it } from 'vitest';
import { isXmlPath } from './xmlSizeLimit';

describe('isXmlPath', () => {
  it('knows a Flow XML path by its name', () => {
    expect(['A.flow-meta.xml', 'A.flow', 'a.XML'].map(isXmlPath)).toEqual([true, true, true]);
    expect(['a.json', 'flow', 'a.flows'].map(isXmlPath)).toEqual([false, false, false]);
  });
});
