import { describe, expect, it } from 'vitest';
import { isXmlPath, MAX_XML_BYTES, pastSizeLimit } from './xmlSizeLimit';

describe('pastSizeLimit', () => {
  it('names the file size and the limit, never a size that reads as the limit itself', () => {
    expect(pastSizeLimit(6 * 1024 * 1024, MAX_XML_BYTES)).toBe('the file is 6.0 MB, more than the 5 MB limit');
    expect(pastSizeLimit(20 * 1024 * 1024 + 5, MAX_XML_BYTES)).toBe('the file is 20.0 MB, more than the 5 MB limit');
    expect(pastSizeLimit(MAX_XML_BYTES + 20_000, MAX_XML_BYTES)).toBe('the file is 5.02 MB, more than the 5 MB limit');
    expect(pastSizeLimit(MAX_XML_BYTES + 1, MAX_XML_BYTES)).toBe('the file is 5242881 bytes, more than the 5 MB limit');
  });

  it('knows a Flow XML path by its name', () => {
    expect(['A.flow-meta.xml', 'A.flow', 'a.XML'].map(isXmlPath)).toEqual([true, true, true]);
    expect(['a.json', 'flow', 'a.flows'].map(isXmlPath)).toEqual([false, false, false]);
  });
});
