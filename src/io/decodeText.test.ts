import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText: imported bytes as text', () => {
  it('reads UTF-8, accents and emoji included, and drops a byte order mark', () => {
    expect(decodeText(bytes('{"label": "Café 🚀"}'))).toEqual({ ok: true, text: '{"label": "Café 🚀"}' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{}'))).toEqual({ ok: true, text: '{}' });
  });

  it('refuses bytes that are not UTF-8 with the line and column of the first, never a replacement character', () => {
    const latin1 = bytes('{\n  "label": "Caf', [0xe9], '"\n}');
    expect(decodeText(latin1)).toEqual({ ok: false, message: '2:16: the file is not UTF-8 (byte 0xE9 there): save it as UTF-8, the encoding Salesforce and Stageflow files use' });
    expect(decodeText(bytes([0xff, 0xfe], 'x'))).toMatchObject({ ok: false, message: expect.stringMatching(/^1:1: .*0xFF/) });
    // named as what it is: "byte 0xFF there" told an admin whose editor saved "Unicode" nothing
    expect(decodeText(bytes([0xff, 0xfe], 'x'))).toEqual({ ok: false, message: '1:1: the file is UTF-16 (it starts with the byte order mark 0xFF 0xFE): save it as UTF-8, the encoding Salesforce and Stageflow files use' });
    expect(decodeText(bytes([0xfe, 0xff], 'x'))).toMatchObject({ ok: false, message: expect.stringMatching(/^1:1: the file is UTF-16 \(it starts with the byte order mark 0xFE 0xFF\)/) });
    // a sequence cut short at the end, an overlong form, a surrogate
    expect(decodeText(bytes('ab', [0xe2, 0x82]))).toMatchObject({ ok: false, message: expect.stringMatching(/^1:3: /) });
    expect(decodeText(bytes([0xc0, 0xaf]))).toMatchObject({ ok: false });
    expect(decodeText(bytes([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false });
  });

  it('reads an XML file in the encoding its declaration names', () => {
    const xml = bytes('<?xml version="1.0" encoding="ISO-8859-1"?>\n<Flow><label>Cas', [0xe9], '</label></Flow>');
    expect(decodeText(xml)).toEqual({ ok: true, text: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<Flow><label>Casé</label></Flow>' });
    expect(decodeText(bytes('<?xml version="1.0" encoding="x-made-up"?><Flow/>'))).toEqual({ ok: false, message: 'the file declares the encoding "x-made-up", which cannot be read: save it as UTF-8' });
  });
});
