/**
 * A project's metadata file (a field, an object, a record type, a custom metadata record…) parsed as
 * what it is meant to be (xmlFileKind.ts), and what git can leave in its place named for what it
 * is, as a flow file's is (projectFromFiles.ts): a merge committed with its conflict markers — common
 * in a field file whose picklist values two branches changed — said `"<<<<<<<" is not a valid
 * element name`, and a checkout without Git LFS `not field metadata XML: … "version
 * https://git-lfs…"` (*chosen*, docs/cli.md).
 */
import { gitLeftover } from '../gitLeftovers';
import { parseXml, type ParseXmlResult } from '../xml/parseXml';
import { xmlFileKind } from '../xml/xmlFileKind';

/** `text` parsed, its problems in the words of a file whose root element should be `root`. */
export function parseMetadataXml(text: string, root: string): ParseXmlResult {
  const parsed = parseXml(text, xmlFileKind(root));
  if (parsed.ok) return parsed;
  const leftover = gitLeftover(text);
  return leftover ? { ok: false, problems: [{ line: leftover.line, column: 1, message: leftover.message }] } : parsed;
}
