/**
 * Malformed XML in an admin's words, at its line:column (xmlFaultWords.ts, notXmlMarkup.ts): the
 * parser's own ("char '&' is not expected.", "Extra text at the end") said where, never what to do.
 * The command line and the app's project report show the same words (one function, parseXml).
 */
import { describe, expect, it } from 'vitest';
import { main as convert } from '../../cli/commands/convert';
import { main as flow } from '../../cli/commands/flow';
import { main as simulate } from '../../cli/commands/simulate';
import { main as validate } from '../../cli/commands/validate';
import { memoryIo } from '../../cli/testing/memoryIo';
import { projectFromFiles } from '../project/projectFromFiles';
import { parseXml } from './parseXml';
import { xmlFaultWords } from './xmlFaultWords';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n';
const BODY = '    <label>Case</label>\n    <processType>Orchestrator</processType>\n';
const GOOD = `${HEAD}${BODY}</Flow>\n`;

/** The one problem parseXml gives, as `line:column: message`. */
function said(text: string): string {
  const result = parseXml(text);
  if (result.ok) return 'read';
  const [problem] = result.problems;
  return `${problem!.line}:${problem!.column}: ${problem!.message}`;
}

describe('malformed XML in an admin\'s words', () => {
  it.each([
    ['a stray "&"', GOOD.replace('<label>Case', '<label>R&D Case'), '3:13: a stray "&": in XML an ampersand is written &amp; (a bare "&" starts an entity such as &lt;)'],
    ['a stray "<"', GOOD.replace('<label>Case', '<label>a < b'), '3:15: a stray "<": in XML text a less-than sign is written &lt;'],
    ['a misspelt closing tag', GOOD.replace('</label>', '</labl>'), '3:16: </labl> does not close <label>, opened at 3:5: <label> is missing its </label>, or </labl> is misspelt'],
    ['a closing tag deleted mid-file', GOOD.replace('</label>', ''), '5:1: </Flow> does not close <label>, opened at 3:5: <label> is missing its </label>, or </Flow> is misspelt'],
    ['an extra closing tag', `${GOOD}</Flow>\n`, '6:1: </Flow> closes an element that is not open: an extra closing tag, or its start tag was deleted'],
    ['text after the root element', `${GOOD}trailing words\n`, '6:1: text after the root element has closed: the file should end with its closing tag (something was appended or pasted after it)'],
    ['a second root element', `${GOOD}<Flow></Flow>\n`, '6:1: a second element after the root element has closed: a metadata file holds exactly one root element (two files pasted together?)'],
    ['a file cut short', `${HEAD}    <label>Ca`, '3:14: the file ends before <label> (opened at 3:5) is closed (inside <Flow>, also open): it looks cut short, or a closing tag is missing'],
    ['a file cut inside a tag', `${HEAD}    <lab`, '3:5: the file ends inside the tag "<lab": it looks cut short'],
    ['an unclosed comment', GOOD.replace('<label>', '<!-- old <label>'), '3:5: a comment ("<!--") starts here and is never closed with "-->": the rest of the file is read as part of it'],
    ['an unclosed CDATA section', GOOD.replace('Case<', '<![CDATA[Case<'), '3:12: a CDATA section ("<![CDATA[") starts here and is never closed with "]]>": the rest of the file is read as part of it'],
    ['an attribute without quotes', GOOD.replace('xmlns="http://soap.sforce.com/2006/04/metadata"', 'xmlns=http://soap.sforce.com/2006/04/metadata'), '2:7: the attribute xmlns has no value in quotes: write xmlns="…"'],
    ['an attribute given twice', GOOD.replace('<Flow xmlns="http://soap.sforce.com/2006/04/metadata">', '<Flow a="1" a="2">'), '2:13: the attribute a is given twice on one element'],
    ['blank lines before the declaration', `\n\n${GOOD}`, '3:6: the XML declaration (<?xml …?>) must be the very first thing in the file: remove what comes before it, blank lines and spaces included'],
    ['a control character', GOOD.replace('Case', 'Ca\u0000se'), '3:14: a control character (U+0000) that XML does not allow: remove it (it is invisible in most editors)'],
    ['an HTML page from a bad download', '<!DOCTYPE html>\n<html lang="en"><head><title>Sign in</title></head><body></body></html>\n', '1:1: this is an HTML web page (its title: "Sign in"), not Flow XML: it was saved from a browser, or a download returned a page (a sign-in or "not found" page) in place of the file; download the raw file'],
    ['an HTML page without a doctype', '\n  <html><head><meta charset="utf-8"></head><body><br></body></html>', '2:3: this is an HTML web page, not Flow XML: it was saved from a browser, or a download returned a page (a sign-in or "not found" page) in place of the file; download the raw file'],
    ['UTF-16 read as UTF-8 (no byte order mark)', [...GOOD].map((ch) => `${ch}\u0000`).join(''), '1:1: the file is UTF-16 without a byte order mark (every other byte is 0x00): save it as UTF-8, the encoding Salesforce and Stageflow files use'],
    ['an empty file', '', '1:1: the file is empty: Flow metadata is an XML <Flow> element'],
    ['an HTML entity', GOOD.replace('<label>Case', '<label>Case&nbsp;Review'), '3:16: "&nbsp;" is not an XML entity (XML has only &amp; &lt; &gt; &quot; &apos;): write the character itself, or a character reference such as &#160;'],
  ])('%s', (_what, text, expected) => {
    expect(said(text)).toBe(expected);
  });

  it('names at most five elements a file cut short is inside, then how many more, then the root', () => {
    // given a file cut inside 10,000 nested elements
    const message = said(`${HEAD}${'<a>'.repeat(10_000)}`);
    // then: it named all 10,000 (60,000 characters)
    expect(message).toBe('3:30001: the file ends before <a> (opened at 3:29998) is closed (inside <a>, <a>, <a>, <a>, 9,995 more, <Flow>, also open): it looks cut short, or a closing tag is missing');
  });

  it('reads an HTML entity where XML does not read entities: in a comment or a CDATA section', () => {
    expect(said(GOOD.replace('<label>Case', '<!-- &nbsp; --><label><![CDATA[&nbsp;]]>Case&#160;&amp;'))).toBe('read');
  });

  it('cuts a tag name of any length at 80 characters in what it says', () => {
    // given a misspelt closing tag and an element left open, each named with 100,000 characters
    const long = 'x'.repeat(100_000);
    const shown = `${'x'.repeat(80)}…`;
    // then: each name was said whole, twice or more (200 KB a message)
    expect(said(GOOD.replace('</label>', `</${long}>`))).toBe(`3:16: </${shown}> does not close <label>, opened at 3:5: <label> is missing its </label>, or </${shown}> is misspelt`);
    expect(said(`${HEAD}<${long}>`)).toBe(`3:100003: the file ends before <${shown}> (opened at 3:1) is closed (inside <Flow>, also open): it looks cut short, or a closing tag is missing`);
  });

  it('a parser message it does not know (a new parser version) is capped as the ones it knows: each quoted name at 80 characters, the whole at 200', () => {
    // given a verdict no rule matches, quoting a 100,000-character name, and one of 10,000 words
    const long = 'x'.repeat(100_000);
    const quoting = { code: 'InvalidTag', msg: `Tag '${long}' is new in this version.`, line: 3, col: 5 };
    const wordy = { code: 'InvalidXml', msg: 'no '.repeat(10_000), line: 4, col: 1 };
    // when
    const [quoted, worded] = [xmlFaultWords(GOOD, quoting), xmlFaultWords(GOOD, wordy)];
    // then: at its place, in its own words, cut
    expect(quoted).toEqual({ line: 3, column: 5, message: `Tag '${'x'.repeat(80)}…' is new in this version.` });
    expect(worded).toEqual({ line: 4, column: 1, message: `${'no '.repeat(10_000).slice(0, 200)}…` });
  });

  it('a name the validator passes and the reader refuses (300 non-ASCII letters) is said at its place, cut, with what a name is made of', () => {
    // given the validator accepts the names, the reader refuses them (xmlNode's isSafeName)
    const name = 'é'.repeat(300);
    const shown = `${'é'.repeat(80)}…`;
    const rule = 'a name is made of the letters A–Z and a–z, digits, "_", ".", ":" and "-", and begins with a letter or "_"';
    // when / then: it said 'cannot read the XML: the attribute name "ééé…" is not allowed', 300 letters and more, with no place
    expect(said(`${HEAD}    <label ${name}="1">Case</label>\n</Flow>\n`)).toBe(`3:12: "${shown}" is not a valid attribute name here: ${rule}`);
    expect(said(`${HEAD}    <${name}>Case</${name}>\n</Flow>\n`)).toBe(`3:5: "${shown}" is not a valid element name here: ${rule}`);
  });

  it('reads a file with a byte order mark, CRLF line ends and tabs', () => {
    expect(said(`\uFEFF${GOOD.replace(/\n/g, '\r\n').replace(/ {4}/g, '\t')}`)).toBe('read');
  });

  it('says the same in validate, simulate, convert and flow, and in the app\'s project report', async () => {
    // given a flow file with a stray "&"
    const text = GOOD.replace('<label>Case', '<label>R&D Case');
    const line = 'Case.flow-meta.xml: 3:13: a stray "&": in XML an ampersand is written &amp; (a bare "&" starts an entity such as &lt;)';
    for (const [command, argv] of [[validate, []], [simulate, []], [convert, ['--out', 'case.json']], [flow, []]] as const) {
      const { io, out } = memoryIo({ 'Case.flow-meta.xml': text });
      // when
      expect(await command(['Case.flow-meta.xml', ...argv], io)).toBe(2);
      // then
      expect(out.stderr).toBe(`${line}\n`);
    }
    const project = projectFromFiles([{ path: 'force-app/main/default/flows/Case.flow-meta.xml', text }]);
    expect(project.problems).toContainEqual(expect.objectContaining({ line: 3, column: 13, message: 'not read: a stray "&": in XML an ampersand is written &amp; (a bare "&" starts an entity such as &lt;)' }));
  });
});
