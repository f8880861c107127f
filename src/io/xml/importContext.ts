/**
 * State shared while reading one Flow file: the API version (some defaults depend on it), the names
 * of its elements and variables (to tell references from literals), and the warnings.
 */
import { keptEntries, type KeptChild, type KeptElement } from './extensions';
import { KEPT_VERBATIM } from './keptVerbatim';
import { childrenOf, isLeaf, type XmlNode } from './xmlNode';

/** A warning about the conversion; `path` is where in the JSON document it applies. */
export interface XmlWarning {
  path?: string;
  message: string;
  /** The same for a person in the editor: elements by name, fields in the panel's words (the message keeps paths, for the command line). */
  inWords?: string;
}

export class ImportContext {
  readonly warnings: XmlWarning[] = [];
  private readonly keptByTag = new Map<string, string[]>();
  /** Elements a warning of their own already speaks for: kept without the grouped note too (one warning per cause). */
  private readonly said = new Set<XmlNode>();

  constructor(
    readonly apiVersion: number | undefined,
    readonly names: ReadonlySet<string>,
  ) {}

  warn(path: string | undefined, message: string): void {
    this.warnings.push(path === undefined ? { message } : { path, message });
  }

  /** `element` is kept verbatim but said otherwise (its own warning, or none needed): `keep` does not note it. */
  keepUnnoted(element: XmlNode): void {
    this.said.add(element);
  }

  /** Extension entries for `kept`, noting each for the grouped "kept verbatim" warnings. */
  keep(path: string, kept: readonly KeptChild[], parent?: 'start'): KeptElement[] {
    for (const { element } of kept) {
      if (this.said.has(element)) continue;
      // a child of <start> is said as such: "<locationX> of <start>" is the start element's
      // position, which the model does not draw, not the stages' (those are mapped to layout)
      const key = parent ? `${element.tag}> of <${parent}` : element.tag;
      const paths = this.keptByTag.get(key) ?? [];
      paths.push(path);
      this.keptByTag.set(key, paths);
    }
    return keptEntries(kept, parent);
  }

  /**
   * Every warning, with one line per kind of kept element, at the first place it was kept; the other
   * places are listed after "also". The first was listed again in the parentheses, so a line read
   * `extensions: warning: <status> … kept verbatim in extensions (extensions)` (*chosen*, docs/cli.md).
   */
  allWarnings(): XmlWarning[] {
    const grouped = [...this.keptByTag].map(([tag, paths]) => {
      const [first, ...others] = [...new Set(paths)];
      const where = others.length > 3 ? `${others.slice(0, 3).join(', ')} and ${others.length - 3} more` : others.join(', ');
      const count = paths.length > 1 ? ` ×${paths.length}` : '';
      return { path: first, message: `<${tag}>${count} ${KEPT_VERBATIM}${where ? ` (also ${where})` : ''}` };
    });
    return [...this.warnings, ...grouped];
  }
}

/** Tracks which children of an element were mapped; the rest are kept verbatim. */
export class Children {
  private readonly used = new Set<XmlNode>();

  constructor(readonly node: XmlNode) {}

  all(tag: string): XmlNode[] {
    return childrenOf(this.node).filter((child) => child.tag === tag);
  }

  first(tag: string): XmlNode | undefined {
    return childrenOf(this.node).find((child) => child.tag === tag);
  }

  /** Text of the only child called `tag` when it is a leaf; undefined when absent, repeated or not a leaf. */
  text(tag: string): string | undefined {
    const all = this.all(tag);
    return all.length === 1 && isLeaf(all[0]!) ? (all[0]!.text ?? '') : undefined;
  }

  /** Marks children as mapped. */
  use(...nodes: (XmlNode | undefined)[]): void {
    for (const node of nodes) if (node) this.used.add(node);
  }

  /** Marks the only child called `tag` as mapped when its text is `expected`; returns whether it was. */
  useIf(tag: string, expected: string): boolean {
    if (this.text(tag) !== expected) return false;
    this.use(this.first(tag));
    return true;
  }

  /** Children not marked, with their index among same-named siblings. */
  rest(): KeptChild[] {
    const seen = new Map<string, number>();
    const kept: KeptChild[] = [];
    for (const child of childrenOf(this.node)) {
      const index = seen.get(child.tag) ?? 0;
      seen.set(child.tag, index + 1);
      if (!this.used.has(child)) kept.push({ element: child, index });
    }
    return kept;
  }
}
