import { describe, expect, it } from 'vitest';
import { isBlankName } from './blankName';

describe('isBlankName', () => {
  it('empty, spaces, tabs and line breaks are blank', () => {
    for (const name of ['', '   ', '\t\n\r ']) expect(isBlankName(name)).toBe(true);
  });

  it('only characters that draw nothing — zero-width space, BOM, no-break space, word joiner, joiners, marks — is blank', () => {
    for (const name of ['\u200B', '\uFEFF', '\u00A0', '\u2060', ' \u200B\u00A0\u2060\uFEFF ', '\u200C\u200D', '\u00AD', '\u200E\u202A', '\uFE0F', '\u3164', '\u2800']) {
      expect(isBlankName(name), JSON.stringify(name)).toBe(true);
    }
  });

  it('a name with anything visible is not blank, whatever surrounds it', () => {
    for (const name of ['a', ' Late payment ', '\u200BUrgent\u200B', '🚀', '·', '_', '-', '0']) {
      expect(isBlankName(name), JSON.stringify(name)).toBe(false);
    }
  });
});
