/**
 * URLENCODE(text): the text made safe for a URL. Salesforce's function reference describes it as
 * replacing the characters that are illegal in URLs with the codes RFC 3986 defines — a blank space
 * becomes `%20`, an exclamation point `%21` — so every character but RFC 3986's unreserved ones
 * (letters, digits, `-`, `.`, `_`, `~`) is written as the `%XX` codes of its UTF-8 bytes. JavaScript's
 * encodeURIComponent leaves `!'()*` alone, so those are encoded here as well.
 */
import { textValue } from '../../values';
import { checkTextLength } from '../textLimit';
import type { FunctionTable } from './formulaFunction';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 3986 percent-encoding: only unreserved characters are kept; hex digits in upper case. */
function percentEncode(text: string): string {
  // a lone surrogate (half an emoji) has no UTF-8 form: encodeURIComponent would throw, so it becomes U+FFFD
  const wellFormed = text.replace(LONE_SURROGATE, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const URL_ENCODE_FUNCTIONS: FunctionTable = {
  URLENCODE: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const text = args.text(0);
      if (text === null) return textValue(null);
      const encoded = percentEncode(text);
      checkTextLength(encoded.length, args.pos, 'URLENCODE', 'URLENCODE');
      return textValue(encoded);
    },
  },
};
