/**
 * One way to decide and say a size cap (sizeLimit.ts): jsonText, the XML parser, a project's files,
 * the app's trace and scenario files and the command line's reader all say a file past a cap in these
 * words. Before, three helpers said it three ways below a megabyte: '2 KB' beside '6.0 MB', a 100-byte
 * cap read as '1 KB', and a JSON text longer than its cap was sized by its length, not its bytes.
 */
import { describe, expect, it } from 'vitest';
import { pastSizeLimit, sizeInWords, textPastSizeLimit, utf8Size } from './sizeLimit';

const MAX_XML_BYTES = 5 * 1024 * 1024;

describe('pastSizeLimit', () => {
  it('names the file size and the limit, never a size that reads as the limit itself', () => {
    expect(pastSizeLimit(6 * 1024 * 1024, MAX_XML_BYTES)).toBe('the file is 6.0 MB, more than the 5 MB limit');
    expect(pastSizeLimit(20 * 1024 * 1024 + 5, MAX_XML_BYTES)).toBe('the file is 20.0 MB, more than the 5 MB limit');
    expect(pastSizeLimit(MAX_XML_BYTES + 20_000, MAX_XML_BYTES)).toBe('the file is 5.02 MB, more than the 5 MB limit');
    expect(pastSizeLimit(MAX_XML_BYTES + 1, MAX_XML_BYTES)).toBe('the file is 5242881 bytes, more than the 5 MB limit');
  });

  it('says both sizes in the unit of the limit below a megabyte too, the decimal kept as for megabytes', () => {
    expect(pastSizeLimit(2002, 1024)).toBe('the file is 2.0 KB, more than the 1 KB limit');
    expect(pastSizeLimit(1025, 1024)).toBe('the file is 1025 bytes, more than the 1 KB limit');
    expect(pastSizeLimit(14, 10)).toBe('the file is 14 bytes, more than the 10 bytes limit');
    // a 100-byte cap is no '1 KB limit'
    expect(pastSizeLimit(1600, 100, 'the archive')).toBe('the archive is 1600 bytes, more than the 100 bytes limit');
  });
});

describe('sizeInWords', () => {
  it('says a cap in the largest unit it reaches, to two decimals at the most', () => {
    expect([100 * 1024 * 1024, 5 * 1024 * 1024, 2000, 2048, 100].map(sizeInWords)).toEqual(['100 MB', '5 MB', '1.95 KB', '2 KB', '100 bytes']);
  });
});

describe('textPastSizeLimit', () => {
  it('counts a text in UTF-8 bytes: a text within the limit by its length but past it as a file is refused, with its size in bytes', () => {
    expect(utf8Size('€€€€', 10)).toBe(12);
    expect(textPastSizeLimit('€€€€', 10)).toBe('the file is 12 bytes, more than the 10 bytes limit');
    expect(textPastSizeLimit('€€€', 10)).toBeNull();
    // a text longer than the limit is sized as a file too, not by its length
    expect(textPastSizeLimit('€'.repeat(2048), 1024)).toBe('the file is 6.0 KB, more than the 1 KB limit');
  });
});
