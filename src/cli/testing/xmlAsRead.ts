/**
 * Test support: a JUnit report as an XML reader (a CI server) reads it. fast-xml-parser keeps a raw
 * line feed inside an attribute as it is, where XML 1.0 has every reader turn it into a space
 * (§3.3.3, attribute-value normalisation) and a raw carriage return anywhere into a line feed
 * (§2.11); so the values are taken raw and read here by those two rules, then their character and
 * entity references are replaced — what Jenkins or GitLab would show.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ReadElement { name: string; attributes: Record<string, string>; text: string; children: ReadElement[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function references(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

const lineEnds = (raw: string) => raw.replace(/\r\n?/g, '\n');
const attributeValue = (raw: string) => references(lineEnds(raw).replace(/[\t\n]/g, ' '));

type Ordered = Record<string, unknown>;

function element(node: Ordered): ReadElement | null {
  const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
  if (name === undefined) return null;
  const raw = (node[':@'] ?? {}) as Record<string, string>;
  const attributes = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/^@_/, ''), attributeValue(v)]));
  const content = node[name] as Ordered[];
  const text = content.filter((c) => '#text' in c).map((c) => references(lineEnds(String(c['#text'])))).join('');
  const children = content.map(element).filter((c): c is ReadElement => c !== null);
  return { name, attributes, text, children };
}

/** The document's root element as a reader sees it; throws on XML that is not well-formed. */
export function readXml(xml: string): ReadElement {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) throw new Error(`not well-formed XML: ${wellFormed.err.msg} at ${wellFormed.err.line}:${wellFormed.err.col}`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, processEntities: false, trimValues: false, parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true });
  const roots = (parser.parse(xml) as Ordered[]).map(element).filter((e): e is ReadElement => e !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0]!;
}

/** Every element named `name` under `root`, in document order. */
export function elementsNamed(root: ReadElement, name: string): ReadElement[] {
  return [...(root.name === name ? [root] : []), ...root.children.flatMap((c) => elementsNamed(c, name))];
}
