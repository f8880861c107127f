/**
 * A file given as metadata of any kind (a flow, a field, an object…: xmlFileKind.ts) that is not XML at all, named for what it is before any parser
 * speaks: text that does not begin with markup (a README saved under the wrong name, an error
 * message a script wrote in its place), an HTML page (a browser's "Save as" of GitHub's view, a
 * download that returned a sign-in or "not found" page) and UTF-16 read as UTF-8 (Windows
 * PowerShell's `>` without an encoding). The parser said `1:1: char 'h' is not expected.`, `Expected
 * closing tag 'meta'…` or `Tag ' ? x m l ' is an invalid name.`, which name a place, not the cause
 * (*chosen*, docs/cli.md). One function for the command line and the app's import report.
 */
import type { XmlTextProblem } from './parseXml';
import { FLOW_FILE, type XmlFileKind } from './xmlFileKind';

// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` as one printable line: control characters written as JSON writes them (as cli/fileLabel's oneLine). */
function printable(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const json = JSON.stringify(ch).slice(1, -1);
    return json === ch ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : json;
  });
}

function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** What an HTML page is called, from its <title>, when it has one. */
function titleOf(text: string): string {
  const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  if (!title) return '';
  return ` (its title: "${printable(title.length > 60 ? `${title.slice(0, 60)}…` : title)}")`;
}

/**
 * The problem when `input` (a byte order mark already allowed for) is not XML of any kind, else null,
 * in the words of the file it is meant to be (`kind`: a flow when not told, a project's field file…).
 * Text that is XML but malformed is left to the parser and its words (xmlFaultWords.ts).
 */
export function notXmlMarkup(input: string, kind: XmlFileKind = FLOW_FILE): XmlTextProblem | null {
  const text = input.replace(/^\uFEFF/, '');
  // UTF-16 of ASCII read as UTF-8: every other character is U+0000 ("<\0?\0x\0m\0l\0")
  // eslint-disable-next-line no-control-regex -- finding U+0000 is the point
  if (/^\s*(?:<\u0000|\u0000<)/.test(text)) {
    return { line: 1, column: 1, message: 'the file is UTF-16 without a byte order mark (every other byte is 0x00): save it as UTF-8, the encoding Salesforce and Stageflow files use' };
  }
  const start = /\S/.exec(text);
  if (!start) return null;
  if (start[0] !== '<') {
    const line = text.slice(start.index).split(/\r?\n/)[0]!;
    const shown = line.length > 40 ? `${line.slice(0, 40)}…` : line;
    return { ...positionOf(text, start.index), message: `not ${kind.xml}: ${kind.file} begins with "<?xml" or "<${kind.root}", and this one with "${printable(shown)}"` };
  }
  const html = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+html\b|<html[\s>])/i.exec(text.slice(start.index));
  if (html) {
    return {
      ...positionOf(text, start.index + html.index + html[0].length - html[1]!.length),
      message: `this is an HTML web page${titleOf(text)}, not ${kind.xml}: it was saved from a browser, or a download returned a page (a sign-in or "not found" page) in place of the file; download the raw file`,
    };
  }
  return null;
}
