/**
 * fast-xml-parser's verdict on malformed XML, in an admin's words: what is wrong and what to do,
 * at the place it is — `</labl> does not close <label>, opened at 5:5` where the parser said
 * `Expected closing tag 'label' (opened in line 5, col 5) instead of closing tag 'labl'.`, and
 * `a stray "&"` for `char '&' is not expected.` (*chosen*, docs/cli.md). The command line and the
 * app's import and project reports show these words, through parseXml.
 */
import type { XmlTextProblem } from './parseXml';
import { FLOW_FILE, type XmlFileKind } from './xmlFileKind';

/** The validator's error object (XMLValidator.validate's `err`). */
export interface XmlVerdict {
  code: string;
  msg: string;
  line: number;
  col: number;
}

/** 1-based line and column of a character index. */
export function positionAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** The character index of a 1-based line and column. */
function indexAt(text: string, line: number, column: number): number {
  let index = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', index);
    if (next < 0) return text.length;
    index = next + 1;
  }
  return Math.min(text.length, index + column - 1);
}

/** Comments, CDATA sections and declarations hold no elements; a start or end tag with its name. */
const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][\s\S]*?>|<(\/?)([^\s/>]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;

/** The elements still open at the end of `text`, outermost first, each with where its start tag is. */
function openAtEnd(text: string): Array<{ tag: string; index: number }> {
  const open: Array<{ tag: string; index: number }> = [];
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(text); match; match = MARKUP.exec(text)) {
    if (match[1] === undefined) continue;
    if (match[1] === '/') open.pop();
    else if (match[3] !== '/') open.push({ tag: match[2]!, index: match.index });
  }
  return open;
}

/** A comment or CDATA section opened and never closed: the parser reads the rest of the file into it. */
function unclosedSection(text: string): XmlTextProblem | null {
  const opener = /<!--|<!\[CDATA\[/g;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const comment = match[0] === '<!--';
    const end = text.indexOf(comment ? '-->' : ']]>', match.index + match[0].length);
    if (end < 0) {
      const what = comment ? 'a comment ("<!--")' : 'a CDATA section ("<![CDATA[")';
      return { ...positionAt(text, match.index), message: `${what} starts here and is never closed with "${comment ? '-->' : ']]>'}": the rest of the file is read as part of it` };
    }
    opener.lastIndex = end;
  }
  return null;
}

/**
 * The elements still open when the text ended, from the verdict ("Unclosed tag 'Flow'." for one;
 * "Invalid '[ "Flow", "orchestratedStages" ]' found." for several, outermost first), or null for
 * any other fault.
 */
export function unclosedTags(message: string): string[] | null {
  const one = /^Unclosed tag '([^']+)'\.$/.exec(message);
  if (one) return [one[1]!];
  const several = /^Invalid '\[([^\]]*)\]' found\.$/.exec(message);
  if (!several) return null;
  const names = [...several[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  return names.length > 0 ? names : null;
}

/** A name longer than this is cut in a message: it is the file's own text, of any length. */
const NAME_SHOWN = 80;
/** `name` as a message says it: cut at NAME_SHOWN characters. */
export const clip = (name: string): string => (name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN)}…` : name);

/** At most this many enclosing elements named one by one: a file cut inside 100,000 nested tags said each. */
const ENCLOSING_SHOWN = 5;

/** The innermost enclosing elements, how many more, and the outermost (the root: which file it is). */
function enclosing(tags: readonly string[]): string[] {
  if (tags.length <= ENCLOSING_SHOWN + 1) return [...tags];
  return [...tags.slice(0, ENCLOSING_SHOWN - 1), `${(tags.length - ENCLOSING_SHOWN).toLocaleString('en-US')} more`, tags.at(-1)!];
}

/**
 * "the file ends before <rightValue> (opened at 58:13) is closed (inside <stageSteps>, <Flow>, also
 * open)", at the end of the text: the parser reports it at 1:1, which points nowhere useful.
 */
function cutShort(text: string, names: readonly string[]): XmlTextProblem {
  const end = text.trimEnd().length;
  const lastTag = text.lastIndexOf('<', end);
  if (lastTag >= 0 && text.indexOf('>', lastTag) < 0) {
    // cut inside a tag: "<lab" is not an element named "lab"
    const tag = text.slice(lastTag, Math.min(end, lastTag + 40));
    return { ...positionAt(text, lastTag), message: `the file ends inside the tag "${tag}": it looks cut short` };
  }
  const open = openAtEnd(text);
  const innermost = open.at(-1);
  const innermostName = names[names.length - 1]!;
  const opened = innermost && innermost.tag === innermostName ? (({ line, column }) => ` (opened at ${line}:${column})`)(positionAt(text, innermost.index)) : '';
  const around = enclosing(names.slice(0, -1).reverse().map((tag) => `<${clip(tag)}>`));
  const inside = around.length > 0 ? ` (inside ${around.join(', ')}, also open)` : '';
  return { ...positionAt(text, end), message: `the file ends before <${clip(innermostName)}>${opened} is closed${inside}: it looks cut short, or a closing tag is missing` };
}

/** Outside comments and CDATA sections, an entity reference by name. */
const ENTITY = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|&([A-Za-z_:][\w.:-]*);/g;
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * An entity XML does not define (`&nbsp;`, `&eacute;` from HTML), which the validator lets pass:
 * kept as written it became the label's text "&nbsp;", saved back as "&amp;nbsp;" — a change to
 * the file no one made — and Salesforce refuses the file on deploy.
 */
export function unknownEntity(text: string): XmlTextProblem | null {
  if (!text.includes('&')) return null;
  ENTITY.lastIndex = 0;
  for (let match = ENTITY.exec(text); match; match = ENTITY.exec(text)) {
    const name = match[1];
    if (name === undefined || XML_ENTITIES.has(name)) continue;
    const shown = name.length > 20 ? `${name.slice(0, 20)}…` : name;
    return { ...positionAt(text, match.index), message: `"&${shown};" is not an XML entity (XML has only &amp; &lt; &gt; &quot; &apos;): write the character itself, or a character reference such as &#160;` };
  }
  return null;
}

type Rule = [RegExp, (m: readonly string[], kind: XmlFileKind) => string];

/** The validator's messages (fast-xml-parser 5's validator.js), each in an admin's words. */
const RULES: readonly Rule[] = [
  [/^char '&' is not expected\.$/, () => 'a stray "&": in XML an ampersand is written &amp; (a bare "&" starts an entity such as &lt;)'],
  [/^char '(.)' is not expected\.$/s, (m) => `the character "${m[1]}" is not allowed here: text belongs inside an element`],
  [/^Extra text at the end$/, () => 'text after the root element has closed: the file should end with its closing tag (something was appended or pasted after it)'],
  [/^Multiple possible root nodes found\.$/, () => 'a second element after the root element has closed: a metadata file holds exactly one root element (two files pasted together?)'],
  [/^Closing tag '(.*)' has not been opened\.$/s, (m) => `</${m[1]}> closes an element that is not open: an extra closing tag, or its start tag was deleted`],
  [/^Expected closing tag '(.*)' \(opened in line (\d+), col (\d+)\) instead of closing tag '(.*)'\.$/s, (m) => `</${m[4]}> does not close <${m[1]}>, opened at ${m[2]}:${m[3]}: <${m[1]}> is missing its </${m[1]}>, or </${m[4]}> is misspelt`],
  [/^Invalid space after '<'\.$/, () => 'a stray "<": in XML text a less-than sign is written &lt;'],
  [/^Tag '(.*)' is an invalid name\.$/s, (m) => `"<${m[1]}" is not a valid element name (a name starts with a letter or "_"): if this "<" is text, write it as &lt;`],
  [/^Closing tag '(.*)' doesn't have proper closing\.$/s, (m) => `</${m[1]} is not ended with ">"`],
  [/^Closing tag '(.*)' can't have attributes or invalid starting\.$/s, (m) => `</${m[1]}> cannot hold attributes or other text before its ">"`],
  [/^Attributes for '(.*)' have open quote\.$/s, (m) => `an attribute of <${m[1]}> opens a quote that is never closed`],
  [/^Attribute '(.*)' has no space in starting\.$/s, (m) => `the attribute ${m[1]} needs a space before it`],
  [/^(?:Attribute|boolean attribute) '(.*)' (?:is without value|is not allowed)\.$/s, (m) => `the attribute ${m[1]} has no value in quotes: write ${m[1]}="…"`],
  [/^Attribute '(.*)' is an invalid name\.$/s, (m) => `"${m[1]}" is not a valid attribute name`],
  [/^Attribute '(.*)' is repeated\.$/s, (m) => `the attribute ${m[1]} is given twice on one element`],
  [/^XML declaration allowed only at the start of the document\.$/, () => 'the XML declaration (<?xml …?>) must be the very first thing in the file: remove what comes before it, blank lines and spaces included'],
  [/^Start tag expected\.$/, (_m, kind) => `the file holds no element: ${kind.metadata} is an XML <${kind.root}> element`],
];

/** Where it is reported: the start tag's "<" for a second root (the parser points past its name). */
function placeOf(text: string, verdict: XmlVerdict): { line: number; column: number } {
  if (verdict.msg === 'Multiple possible root nodes found.') {
    const lt = text.lastIndexOf('<', indexAt(text, verdict.line, verdict.col));
    if (lt >= 0) return positionAt(text, lt);
  }
  return { line: verdict.line, column: verdict.col };
}

/** At most this much of a parser's message this file does not know: it may quote the file's text, of any length. */
const PARSER_WORDS_SHOWN = 200;

/**
 * A parser's own message, each quoted name in it cut as a recognised message's names are (clip) and
 * the whole at PARSER_WORDS_SHOWN: an unknown message quoting a 100,000-character name was said whole.
 */
export function capParserWords(message: string): string {
  const names = message.replace(/'([^']*)'/g, (_whole, name: string) => `'${clip(name)}'`);
  return names.length > PARSER_WORDS_SHOWN ? `${names.slice(0, PARSER_WORDS_SHOWN)}…` : names;
}

/** The admin's words for the validator's verdict on `text` (the text it validated), naming `kind`, the file it is meant to be. */
export function xmlFaultWords(text: string, verdict: XmlVerdict, kind: XmlFileKind = FLOW_FILE): XmlTextProblem {
  const unclosed = unclosedTags(verdict.msg);
  // an unclosed comment before the fault is its cause: the parser read on through it (an element
  // left open is found at the end of the text, whatever place the parser gives it)
  const section = unclosedSection(text);
  const faultAt = unclosed ? text.length : indexAt(text, verdict.line, verdict.col);
  if (section && indexAt(text, section.line!, section.column!) <= faultAt) return section;
  if (unclosed) return cutShort(text, unclosed);
  for (const [pattern, words] of RULES) {
    const match = pattern.exec(verdict.msg);
    // a tag or attribute name of 100,000 characters was said whole, twice
    if (match) return { ...placeOf(text, verdict), message: words(match.map((group) => clip(group ?? '')), kind) };
  }
  // a message this table does not know (a new parser version): its own words, capped, at its place
  return { line: verdict.line, column: typeof verdict.col === 'number' ? verdict.col : undefined, message: capParserWords(verdict.msg) };
}
