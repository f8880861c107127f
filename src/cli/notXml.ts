/**
 * A Flow file (`.flow-meta.xml`, `.flow`) that does not begin with markup — a README saved under
 * the wrong name, a text export, an error message a script wrote in its place — is named as not Flow
 * XML, with what it begins with. The XML validator said `1:1: char 'h' is not expected.`, which
 * names the place but not the cause (*chosen*, docs/cli.md).
 */
import { fileLabel, oneLine } from './fileLabel';

/** The one stderr line (without its newline) when `text` has content and does not begin with `<`, else null. */
export function notXmlLine(file: string, text: string): string | null {
  const start = /\S/.exec(text.replace(/^\uFEFF/, ''));
  if (!start || start[0] === '<') return null;
  const before = text.replace(/^\uFEFF/, '').slice(0, start.index).split('\n');
  const where = `${before.length}:${before.at(-1)!.length + 1}`;
  const line = text.replace(/^\uFEFF/, '').slice(start.index).split(/\r?\n/)[0]!;
  const shown = line.length > 40 ? `${line.slice(0, 40)}…` : line;
  return `${fileLabel(file)}: ${where}: not Flow XML: a flow file begins with "<?xml" or "<Flow", and this one with "${oneLine(shown)}"`;
}
