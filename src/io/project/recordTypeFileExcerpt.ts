/**
 * An SFDX record type file (`objects/Case/recordTypes/Name.recordType-meta.xml`) as the reader needs
 * it: its `<picklistValues>` blanked in place. A real org's record type lists every picklist's values
 * (brendannova/salesforce-crm: 376 files, 6.5 MB, nearly all of it picklist values) and only its
 * `<label>` and `<active>` are read, yet a flow reading RecordType had every file parsed whole on every
 * run. Blanking keeps each line break and the last line's columns, so a problem elsewhere in the file
 * keeps its line:col. The file is untrusted, so a block is blanked only when the parser could not have
 * found a problem in it: the whole body is scanned once (indexOf, no backtracking) and anything outside
 * plain elements (attributes, comments, CDATA, character references, control characters, the names the
 * parser refuses, a tag not closed) leaves the text as it is, for the parser to judge whole.
 */
import { MAX_XML_BYTES } from '../xml/parseXml';
import { utf8Size } from '../sizeLimit';

const ROOT = '<RecordType';
/** A plain element name, as the root's children and their children are written. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
/** What parseXml refuses anywhere in the text (parseXml.ts): a block holding it is left for it to find. */
const REFUSED = /__proto__|constructor|prototype/;
const NAMED_ENTITY = /&(?:lt|gt|amp|apos|quot);/y;
/** The parser's own nesting cap is 64; deeper is left to it. */
const MAX_DEPTH = 60;

/** `text` with its characters blanked but its line breaks and its last line's columns kept. */
export function blank(text: string): string {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++;
  return `${'\n'.repeat(breaks)}${' '.repeat(text.length - text.lastIndexOf('\n') - 1)}`;
}

/** Whether `text` (between two tags of a blanked block) holds only what the parser takes without a word. */
function plainText(text: string): boolean {
  if (REFUSED.test(text)) return false;
  // control characters XML does not allow, and `>` (so no `]]>`): a blanked block must not hide them
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 62) return false;
  }
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    NAMED_ENTITY.lastIndex = at;
    if (!NAMED_ENTITY.test(text)) return false;
  }
  return true;
}

/** The `<RecordType>` file `text` with its root's `<picklistValues>` children blanked; the text unchanged when it is not plain (see above). */
export function withoutPicklistValues(text: string): string {
  // the byte cap is judged on the file as written, before multi-byte values are blanked
  if (!text.includes('<picklistValues>') || utf8Size(text, MAX_XML_BYTES) > MAX_XML_BYTES) return text;
  const root = text.indexOf(ROOT);
  const rootEnd = root < 0 ? -1 : text.indexOf('>', root);
  if (rootEnd < 0 || text[rootEnd - 1] === '/' || !/^[\s>]/.test(text.slice(root + ROOT.length, root + ROOT.length + 1))) return text;
  const open: string[] = [];
  const blocks: [number, number][] = [];
  let blockStart = -1;
  for (let at = rootEnd + 1; ; ) {
    const lt = text.indexOf('<', at);
    const gt = lt < 0 ? -1 : text.indexOf('>', lt);
    if (gt < 0) return text;
    const inBlock = blockStart >= 0;
    if (inBlock && !plainText(text.slice(at, lt))) return text;
    const closing = text[lt + 1] === '/';
    const name = text.slice(lt + (closing ? 2 : 1), gt);
    if (!closing) {
      if (!PLAIN_NAME.test(name) || (inBlock && REFUSED.test(name)) || open.length >= MAX_DEPTH) return text;
      if (open.length === 0 && name === 'picklistValues') blockStart = lt;
      open.push(name);
    } else if (open.length === 0) {
      // the root's end: what follows is left to the parser unless it is only white space
      if (name !== 'RecordType' || text.slice(gt + 1).trim() !== '') return text;
      break;
    } else {
      if (open.pop() !== name) return text;
      if (open.length === 0 && inBlock) {
        blocks.push([blockStart, gt + 1]);
        blockStart = -1;
      }
    }
    at = gt + 1;
  }
  let kept = '';
  let from = 0;
  for (const [start, end] of blocks) {
    kept += text.slice(from, start) + blank(text.slice(start, end));
    from = end;
  }
  return kept + text.slice(from);
}
