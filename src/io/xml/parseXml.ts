/**
 * Untrusted XML text → XmlNode tree, or problems with line:col. Guards: a size cap, no DOCTYPE (so
 * no entity definitions, hence no expansion bombs), entity processing done here in one pass over the
 * five XML entities and character references, no `__proto__`/`constructor`/`prototype` names, a
 * nesting cap. Never throws. What is wrong is said in an admin's words (notXmlMarkup.ts for a file
 * that is not XML at all, xmlFaultWords.ts for malformed XML), the parser's only as a last resort.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { notXmlMarkup } from './notXmlMarkup';
import { FLOW_FILE, type XmlFileKind } from './xmlFileKind';
import { capParserWords, clip, positionAt, unknownEntity, xmlFaultWords } from './xmlFaultWords';
import { isSafeName, type XmlNode } from './xmlNode';
import { MAX_XML_BYTES } from './xmlSizeLimit';
import { textPastSizeLimit } from '../sizeLimit';

export { MAX_XML_BYTES } from './xmlSizeLimit';
const MAX_DEPTH = 64;

/** A problem in the XML text, located by line and column when known (1-based). */
export interface XmlTextProblem {
  line?: number;
  column?: number;
  message: string;
}

export type ParseXmlResult = { ok: true; root: XmlNode } | { ok: false; problems: XmlTextProblem[] };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_DEPTH,
  onDangerousProperty: (name: string) => name,
});

/** Parses `text` into a single root element; a problem's words name `kind`, the file it is meant to be (a flow when not told). */
export function parseXml(text: string, kind: XmlFileKind = FLOW_FILE): ParseXmlResult {
  try {
    return parseUnsafe(text, kind);
  } catch (error) {
    // the parser's nesting cap says neither where nor how deep ("Maximum nested tags exceeded")
    const deep = typeof text === 'string' ? tooDeepAt(text) : -1;
    if (deep >= 0) return fail(positionAt(text, deep), `elements are nested more than ${MAX_DEPTH} levels deep`);
    if (error instanceof RefusedName) return refused(text, error);
    return fail(undefined, `cannot read the XML: ${capParserWords(error instanceof Error ? error.message : String(error))}`);
  }
}

/**
 * Where the first start tag nested deeper than MAX_DEPTH is in well-formed `text`, or -1: comments,
 * CDATA sections, processing instructions and declarations hold no elements, and are passed over.
 */
function tooDeepAt(text: string): number {
  const markup = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][\s\S]*?>|<(\/?)[^\s/>]+(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  let depth = 0;
  for (let match = markup.exec(text); match; match = markup.exec(text)) {
    if (match[1] === undefined) continue;
    if (match[1] === '/') depth--;
    else if (match[2] !== '/' && ++depth > MAX_DEPTH) return match.index;
  }
  return -1;
}

/** A name the validator passes and the reader does not take (isSafeName: `é`, not ASCII), with what it names. */
class RefusedName extends Error {
  constructor(readonly what: 'element' | 'attribute', readonly name: string) {
    super(`the ${what} name "${name}" is not allowed`);
  }
}

/**
 * Where the refused name first is, and why: it said `cannot read the XML: the attribute name "ééé…"
 * is not allowed`, with no place and the name whole.
 */
function refused(text: string, error: RefusedName): ParseXmlResult {
  const escaped = error.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(error.what === 'element' ? `<${escaped}[\\s/>]` : `\\s${escaped}\\s*=`).exec(text);
  const place = at ? positionAt(text, at.index + (error.what === 'element' ? 0 : 1)) : undefined;
  // a name made of those characters is refused for itself (isSafeName: __proto__, constructor);
  // parseUnsafe's own check says so first, this is in case a name slips past its pattern
  if (/^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(error.name)) return fail(place, `the name "${clip(error.name)}" is not allowed`);
  return fail(place, `"${clip(error.name)}" is not a valid ${error.what} name here: a name is made of the letters A–Z and a–z, digits, "_", ".", ":" and "-", and begins with a letter or "_"`);
}

function parseUnsafe(input: string, kind: XmlFileKind): ParseXmlResult {
  if (typeof input !== 'string') return fail(undefined, 'the input is not text');
  const tooLarge = textPastSizeLimit(input, MAX_XML_BYTES);
  if (tooLarge) return fail(undefined, tooLarge);
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  // the validator's own words for it are "Start tag expected."
  if (text.trim() === '') return fail({ line: 1, column: 1 }, `the file is empty: ${kind.metadata} is an XML <${kind.root}> element`);
  const notMarkup = notXmlMarkup(text, kind);
  if (notMarkup) return { ok: false, problems: [notMarkup] };
  // XML 1.0 allows no control character but tab, line feed and carriage return; one pasted from a
  // chat or a PDF is invisible in an editor and would end up in a label
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.exec(text);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return fail(positionAt(text, control.index), `a control character (${code}) that XML does not allow: remove it (it is invisible in most editors)`);
  }
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) return fail(positionAt(text, doctype.index), `DOCTYPE declarations are not allowed in ${kind.metadata}`);
  const forbidden = /<\/?\s*(__proto__|constructor|prototype)[\s/>]|\s(__proto__|constructor|prototype)\s*=/.exec(text);
  if (forbidden) {
    return fail(positionAt(text, forbidden.index), `the name "${forbidden[1] ?? forbidden[2]}" is not allowed`);
  }
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) return { ok: false, problems: [xmlFaultWords(text, verdict.err, kind)] };
  const entity = unknownEntity(text);
  if (entity) return { ok: false, problems: [entity] };
  const items: unknown = parser.parse(text);
  const roots = Array.isArray(items) ? toNodes(items, 0) : [];
  if (roots.length !== 1) return fail(undefined, roots.length === 0 ? 'there is no root element' : 'there is more than one root element');
  return { ok: true, root: roots[0]! };
}

/** Converts fast-xml-parser's ordered output into XmlNodes, dropping comments and whitespace. */
function toNodes(items: unknown[], depth: number): XmlNode[] {
  if (depth > MAX_DEPTH) throw new Error(`elements are nested more than ${MAX_DEPTH} deep`);
  const nodes: XmlNode[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const entry = item as Record<string, unknown>;
    const tag = Object.keys(entry).find((key) => key !== ':@' && !key.startsWith('#'));
    if (tag === undefined) continue;
    if (!isSafeName(tag)) throw new RefusedName('element', tag);
    const content = entry[tag];
    const node: XmlNode = { tag };
    const attributes = readAttributes(entry[':@']);
    if (attributes) node.attributes = attributes;
    const parts = Array.isArray(content) ? content : [];
    const children = toNodes(parts, depth + 1);
    if (children.length > 0) node.children = children;
    else node.text = parts.map(textOf).join('');
    nodes.push(node);
  }
  return nodes;
}

/** Text of a content part: entities decoded in plain text, CDATA taken as written. */
function textOf(part: unknown): string {
  if (typeof part !== 'object' || part === null) return '';
  const record = part as Record<string, unknown>;
  const text = record['#text'];
  if (typeof text === 'string' || typeof text === 'number') return decodeEntities(String(text));
  const cdata = record['#cdata'];
  return Array.isArray(cdata) ? cdata.map((inner) => rawText(inner)).join('') : '';
}

function rawText(part: unknown): string {
  if (typeof part !== 'object' || part === null) return '';
  const text = (part as Record<string, unknown>)['#text'];
  return typeof text === 'string' || typeof text === 'number' ? String(text) : '';
}

function readAttributes(raw: unknown): Record<string, string> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) return undefined;
  const attributes: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (!isSafeName(name)) throw new RefusedName('attribute', name);
    attributes[name] = decodeEntities(String(value));
  }
  return attributes;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** One pass over the XML entities and character references (another entity is refused before: unknownEntity). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|apos|quot);/g, (whole, body: string) => {
    if (!body.startsWith('#')) return NAMED[body] ?? whole;
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

function fail(at: { line: number; column: number } | undefined, message: string): ParseXmlResult {
  return { ok: false, problems: [{ ...at, message }] };
}
