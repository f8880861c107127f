/**
 * XmlNode tree → XML text, four-space indented like files retrieved from Salesforce, with the
 * `<?xml version="1.0" encoding="UTF-8"?>` declaration. Text and attribute values are escaped by
 * fast-xml-parser's builder (`&amp; &lt; &gt; &apos; &quot;`).
 */
import { XMLBuilder } from 'fast-xml-parser';
import { childrenOf, type XmlNode } from './xmlNode';

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  format: true,
  indentBy: '    ',
  processEntities: true,
  suppressEmptyNode: true,
});

type Ordered = Record<string, unknown>;

function toOrdered(node: XmlNode): Ordered {
  const kids = childrenOf(node);
  const content = kids.length > 0 ? kids.map(toOrdered) : node.text ? [{ '#text': node.text }] : [];
  const ordered: Ordered = { [node.tag]: content };
  if (node.attributes && Object.keys(node.attributes).length > 0) ordered[':@'] = { ...node.attributes };
  return ordered;
}

/** Serialises `root` as a complete XML document ending with a newline. */
export function writeXml(root: XmlNode): string {
  const body = String(builder.build([toOrdered(root)])).trim();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
