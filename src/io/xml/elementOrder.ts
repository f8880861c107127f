/**
 * Salesforce's element order. The Metadata API XSD declares each type's own fields alphabetically,
 * after the fields it inherits: FlowBaseElement (`processMetadataValues`) → FlowElement
 * (`description`, `name`) → FlowNode (`elementSubtype`, `label`, `locationX`, `locationY`). Retrieved
 * files follow that order, and so do we. Repeated elements keep their relative order.
 */
import type { XmlNode } from './xmlNode';

/** Which inherited fields come first. `flow` is the `<Flow>` root: purely alphabetical. */
export type ElementKind = 'flow' | 'base' | 'element' | 'node';

const HEADS: Record<ElementKind, readonly string[]> = {
  flow: [],
  base: ['processMetadataValues'],
  element: ['processMetadataValues', 'description', 'name'],
  node: ['processMetadataValues', 'description', 'name', 'elementSubtype', 'label', 'locationX', 'locationY'],
};

function compareTags(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The children sorted into the order Salesforce writes for an element of this kind (stable). */
export function inSalesforceOrder(children: readonly XmlNode[], kind: ElementKind): XmlNode[] {
  const head = HEADS[kind];
  const rank = (tag: string): number => {
    const i = head.indexOf(tag);
    return i === -1 ? head.length : i;
  };
  return children
    .map((child, position) => ({ child, position }))
    .sort((x, y) => {
      const byHead = rank(x.child.tag) - rank(y.child.tag);
      if (byHead !== 0) return byHead;
      return compareTags(x.child.tag, y.child.tag) || x.position - y.position;
    })
    .map(({ child }) => child);
}
