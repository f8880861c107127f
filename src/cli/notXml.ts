/**
 * A Flow file (`.flow-meta.xml`, `.flow`) that is not XML — text that does not begin with markup
 * (a README saved under the wrong name, a text export, an error message a script wrote in its
 * place), an HTML page, UTF-16 without a byte order mark — is named for what it is, in the words
 * the app's import report uses (io/xml/notXmlMarkup.ts). The XML validator said `1:1: char 'h' is
 * not expected.`, which names the place but not the cause (*chosen*, docs/cli.md).
 */
import { notXmlMarkup } from '../io/xml/notXmlMarkup';
import { fileLabel } from './fileLabel';

/** The one stderr line (without its newline) when `text` is not XML of any kind, else null. */
export function notXmlLine(file: string, text: string): string | null {
  const problem = notXmlMarkup(text);
  return problem === null ? null : `${fileLabel(file)}: ${problem.line}:${problem.column}: ${problem.message}`;
}
