/**
 * A plain, JSON-safe tree of XML elements: what the Flow metadata reader produces, what the writer
 * consumes, and what `extensions` keep verbatim. Salesforce metadata has no mixed content, so an
 * element holds either text or child elements.
 */

/** One XML element. `text` is set on leaves (decoded, not trimmed); `children` on the others. */
export interface XmlNode {
  tag: string;
  attributes?: Record<string, string>;
  text?: string;
  children?: XmlNode[];
}

/** The children of `node` (an empty list for a leaf). */
export function childrenOf(node: XmlNode): XmlNode[] {
  return node.children ?? [];
}

/** The first child element called `tag`, if any. */
export function firstChild(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((child) => child.tag === tag);
}

/** Every child element called `tag`, in document order. */
export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((child) => child.tag === tag);
}

/** The text of the first child called `tag` when that child is a leaf, else undefined. */
export function childText(node: XmlNode, tag: string): string | undefined {
  const child = firstChild(node, tag);
  return child && isLeaf(child) ? (child.text ?? '') : undefined;
}

/** True when the element has no child elements and no attributes. */
export function isLeaf(node: XmlNode): boolean {
  return (node.children === undefined || node.children.length === 0) && node.attributes === undefined;
}

/** True when the element carries text that only a leaf may have (`<start>and</start>`). */
export function hasText(node: XmlNode): boolean {
  return node.text !== undefined && node.text !== '';
}

/** A leaf element `<tag>text</tag>`. */
export function leaf(tag: string, text: string): XmlNode {
  return { tag, text };
}

/** An element with child elements; undefined entries are skipped so optional parts read naturally. */
export function element(tag: string, children: (XmlNode | undefined)[]): XmlNode {
  return { tag, children: children.filter((child): child is XmlNode => child !== undefined) };
}

/** Structural equality of two elements (tag, attributes, text, children in order). */
export function sameNode(a: XmlNode, b: XmlNode): boolean {
  if (a.tag !== b.tag || (a.text ?? '') !== (b.text ?? '')) return false;
  const attrsA = Object.entries(a.attributes ?? {});
  const attrsB = b.attributes ?? {};
  if (attrsA.length !== Object.keys(attrsB).length) return false;
  if (attrsA.some(([key, value]) => attrsB[key] !== value)) return false;
  const kidsA = childrenOf(a);
  const kidsB = childrenOf(b);
  return kidsA.length === kidsB.length && kidsA.every((kid, i) => sameNode(kid, kidsB[i]!));
}

const TAG_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True for names that may be used as element/attribute names and object keys. */
export function isSafeName(name: string): boolean {
  return TAG_NAME.test(name) && !FORBIDDEN_KEYS.has(name);
}

/**
 * True for a name read from an element's text that becomes a key of a map the importer builds
 * (a parameter's name): `constructor` and `prototype` are API names like any other (FORMAT.md §1)
 * and an own key of them changes no prototype; only `__proto__` would (docs/decisions.md, *chosen*).
 */
export function isKeyName(name: string): boolean {
  return TAG_NAME.test(name) && name !== '__proto__';
}

/**
 * Reads a value that should be an XmlNode (e.g. from a JSON document's `extensions`), checking its
 * shape and names all the way down; returns undefined when it is not one.
 */
export function asXmlNode(value: unknown, depth = 0): XmlNode | undefined {
  if (depth > 100 || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const { tag, text, attributes, children } = record;
  if (typeof tag !== 'string' || !isSafeName(tag)) return undefined;
  const node: XmlNode = { tag };
  if (text !== undefined) {
    if (typeof text !== 'string') return undefined;
    node.text = text;
  }
  if (attributes !== undefined) {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return undefined;
    const entries = Object.entries(attributes);
    if (entries.some(([key, v]) => !isSafeName(key) || typeof v !== 'string')) return undefined;
    node.attributes = Object.fromEntries(entries) as Record<string, string>;
  }
  if (children !== undefined) {
    if (!Array.isArray(children)) return undefined;
    const kids = children.map((child) => asXmlNode(child, depth + 1));
    if (kids.some((kid) => kid === undefined)) return undefined;
    node.children = kids as XmlNode[];
  }
  return node;
}
