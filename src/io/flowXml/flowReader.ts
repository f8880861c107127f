/**
 * What the flow file reader shares while it walks one file: the problems found so far (each with the
 * path of the element it is about) and typed readers of leaves, values and connectors. Lenient where
 * a default is obvious, strict where a wrong guess would change what the flow does.
 */
import type { FlowValueSpec, SingleValueSpec } from '../../flows/definition';
import { isSafeName, childrenNamed, childText, firstChild, childrenOf, type XmlNode } from '../xml/xmlNode';

/** A problem in a flow file: where (a path such as `decisions[Check].rules[0]`, or line:col) and what. */
export interface FlowReadProblem {
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const VALUE_KINDS: Readonly<Record<string, (text: string) => SingleValueSpec | undefined>> = {
  stringValue: (text) => ({ string: text }),
  elementReference: (text) => (text.trim() === '' ? undefined : { ref: text.trim() }),
  numberValue: (text) => (NUMBER.test(text.trim()) ? { number: Number(text.trim()) } : undefined),
  booleanValue: (text) => (text.trim() === 'true' ? { boolean: true } : text.trim() === 'false' ? { boolean: false } : undefined),
  dateValue: (text) => ({ date: text.trim() }),
  dateTimeValue: (text) => ({ dateTime: text.trim() }),
  // a setup record named by its API name (a routing action's `sfdc_phone` ServiceChannel): Salesforce
  // passes its Id; the simulated org holds no setup records, so the name is the value (*chosen*, docs/flows.md)
  setupReference: (text) => (text.trim() === '' ? undefined : { string: text.trim() }),
};

/** Collects problems and reads typed leaves of one flow file. */
export class FlowReader {
  readonly problems: FlowReadProblem[] = [];

  /** Records a problem at `path`. */
  problem(path: string, message: string): void {
    if (this.problems.length < 100) this.problems.push({ path, message });
  }

  /** The trimmed text of the leaf child `tag`, or undefined when absent or empty. */
  text(node: XmlNode, tag: string): string | undefined {
    const text = childText(node, tag)?.trim();
    return text === undefined || text === '' ? undefined : text;
  }

  /** The text of the leaf child `tag` exactly as written (templates and expressions keep their spaces). */
  rawText(node: XmlNode, tag: string): string | undefined {
    return childText(node, tag);
  }

  /** The text of a child that must be there; a problem (and '') when it is missing. */
  required(node: XmlNode, tag: string, path: string): string {
    const text = this.text(node, tag);
    if (text === undefined) this.problem(`${path}.${tag}`, `${tag} is missing`);
    return text ?? '';
  }

  /** A name that is also used as an object key: required, and never `__proto__` and the like. */
  name(node: XmlNode, path: string, tag = 'name'): string {
    const text = this.required(node, tag, path);
    if (text !== '' && !isSafeName(text)) this.problem(`${path}.${tag}`, `"${text}" is not a valid API name${notFoundHint(text)}`);
    return text;
  }

  /** `true`/`false`, or undefined when absent; anything else is a problem. */
  bool(node: XmlNode, tag: string, path: string): boolean | undefined {
    const text = this.text(node, tag);
    if (text === undefined) return undefined;
    if (text === 'true' || text === 'false') return text === 'true';
    this.problem(`${path}.${tag}`, `"${text}" is not true or false`);
    return undefined;
  }

  /** A number, or undefined when absent; text that is not a number is a problem. */
  number(node: XmlNode, tag: string, path: string): number | undefined {
    const text = this.text(node, tag);
    if (text === undefined) return undefined;
    if (NUMBER.test(text)) return Number(text);
    this.problem(`${path}.${tag}`, `"${text}" is not a number`);
    return undefined;
  }

  /** One of `allowed`, or undefined when absent; another word is a problem. */
  oneOf<T extends string>(node: XmlNode, tag: string, path: string, allowed: readonly T[]): T | undefined {
    const text = this.text(node, tag);
    if (text === undefined) return undefined;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    this.problem(`${path}.${tag}`, `"${text}" is not one of ${allowed.join(', ')}`);
    return undefined;
  }

  /**
   * The value inside the child `tag` (`<value><stringValue>x</stringValue></value>`); undefined when empty.
   * `<inputConfiguratorMode>` beside the value says how Flow Builder shows the input (`Custom`), not
   * what it holds, so it is passed over, as `<setupReferenceType>` beside a `<setupReference>` (the kind of
   * setup record it names); `<collectionElements>` (one per item) is a list written in place.
   */
  value(node: XmlNode, tag: string, path: string): FlowValueSpec | undefined {
    const holder = firstChild(node, tag);
    if (!holder) return undefined;
    const kids = childrenOf(holder).filter((kid) => kid.tag !== 'inputConfiguratorMode' && kid.tag !== 'setupReferenceType');
    if (kids.length === 0) return undefined;
    if (kids[0]!.tag === 'collectionElements') {
      const items = kids.filter((kid) => kid.tag === 'collectionElements');
      const list = items.flatMap((item, i) => {
        const leaf = childrenOf(item)[0];
        const value = leaf ? this.single(leaf, `${path}.${tag}.collectionElements[${i}]`) : undefined;
        return value === undefined ? [] : [value];
      });
      return { list };
    }
    return this.single(kids[0]!, `${path}.${tag}`);
  }

  /** One value leaf (`<stringValue>x</stringValue>`); `path` is its holder's. */
  private single(kid: XmlNode, path: string): SingleValueSpec | undefined {
    const read = VALUE_KINDS[kid.tag];
    if (!read) return { unsupported: kid.tag };
    const value = read(kid.text ?? '');
    if (value === undefined && kid.tag !== 'elementReference') this.problem(`${path}.${kid.tag}`, `"${kid.text ?? ''}" is not a valid ${kid.tag}`);
    return value;
  }

  /**
   * The target of the connector child `tag` (`<connector><targetReference>X</targetReference></connector>`).
   * A connector given twice is a problem, not a guess: which one a run takes would change what the flow does.
   */
  connector(node: XmlNode, tag: string, path: string): string | undefined {
    const holders = childrenNamed(node, tag);
    if (holders.length > 1) this.problem(`${path}.${tag}`, `<${tag}> is given ${holders.length} times; it goes to one element`);
    return holders[0] ? this.text(holders[0], 'targetReference') : undefined;
  }

  /** Every child `tag`, each with its path `<path>.<tag>[i]`. */
  each<T>(node: XmlNode, tag: string, path: string, read: (child: XmlNode, path: string) => T): T[] {
    return childrenNamed(node, tag).map((child, i) => read(child, `${path}.${tag}[${i}]`));
  }

  /** The texts of every leaf child `tag` (e.g. `queriedFields`), trimmed, empty ones dropped. */
  texts(node: XmlNode, tag: string): string[] {
    return childrenNamed(node, tag).map((child) => (child.text ?? '').trim()).filter((text) => text !== '');
  }
}

/**
 * Why a name ending in `__NotFound` is there: the marker Salesforce writes in a retrieved flow for a
 * field or object it could not resolve (survey 19's `PricebookEntry__NotFound`; survey 21: an Active
 * Process Builder process updates `00N2J000008RV5N__NotFound`, a custom field's Id, the field most
 * likely deleted). The name is refused as any invalid name is; the message says what it means (*chosen*).
 */
function notFoundHint(text: string): string {
  if (!text.endsWith('__NotFound')) return '';
  const id = /^00N[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?__NotFound$/.test(text) ? ' (00N… is the Id of a custom field: most likely one deleted since)' : '';
  return `: Salesforce writes "__NotFound" after a field or object the flow names that it could not find when the file was retrieved${id}; choose the field again in the flow, save it and retrieve the file again`;
}
