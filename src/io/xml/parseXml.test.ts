import { describe, expect, it } from 'vitest';
import { parseXml } from './parseXml';

/** A Flow element holding `levels - 1` nested elements, a comment with a tag-like text in the innermost. */
const nested = (levels: number) => `<Flow>\n${'<a>'.repeat(levels - 1)}<!-- <b> -->${'</a>'.repeat(levels - 1)}</Flow>`;

describe('parseXml nesting cap (FORMAT.md §7: 64 levels of XML)', () => {
  // the message was the parser's "cannot read the XML: Maximum nested tags exceeded", with no place
  it('refuses the 65th level at its start tag\'s line:column, and reads 64', () => {
    expect(parseXml(nested(64)).ok).toBe(true);
    expect(parseXml(nested(65))).toEqual({ ok: false, problems: [{ line: 2, column: 190, message: 'elements are nested more than 64 levels deep' }] });
    expect(parseXml(nested(100_000))).toEqual({ ok: false, problems: [{ line: 2, column: 190, message: 'elements are nested more than 64 levels deep' }] });
  });
});
