/**
 * Step and action parameters ↔ the model's maps. `inputParameters` / `…ActionInputParameters`
 * (`name` + optional `value`) become `{ name: "reference or literal" }`; a parameter with no value
 * (API 52's engine-filled `ActionInput__Assignee`…) becomes `""`. `outputParameters`
 * (`assignToReference` + `name`) become `{ name: variable }`. A parameter that would not be written
 * back identically stays verbatim in `extensions`.
 */
import type { Children } from './importContext';
import { exportText, importText } from './values';
import { childrenOf, element, isKeyName, isLeaf, leaf, type XmlNode } from './xmlNode';
import { inputText, type InputValues } from '../../model/inputValue';

function leafText(node: XmlNode, tag: string): string | undefined {
  const matches = childrenOf(node).filter((kid) => kid.tag === tag);
  return matches.length === 1 && isLeaf(matches[0]!) ? (matches[0]!.text ?? '') : undefined;
}

/** Maps the parameters called `tag`, marking the mapped ones as used; undefined when none maps. */
export function importParameters(children: Children, tag: string, names: ReadonlySet<string>): Record<string, string> | undefined {
  const nodes = children.all(tag);
  if (nodes.length === 0) return undefined;
  const map: Record<string, string> = {};
  for (const node of nodes) {
    const name = leafText(node, 'name');
    const value = childrenOf(node).find((kid) => kid.tag === 'value');
    const expected = value ? 2 : 1;
    if (node.attributes !== undefined || childrenOf(node).length !== expected || !name || !isKeyName(name) || Object.hasOwn(map, name)) continue;
    const text = value ? importText(value, names) : '';
    if (text === undefined) continue;
    map[name] = text;
    children.use(node);
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** Parameters called `tag` for a map. */
export function exportParameters(tag: string, map: InputValues | undefined, names: ReadonlySet<string>): XmlNode[] {
  return Object.entries(map ?? {}).map(([name, text]) => element(tag, [leaf('name', name), exportText('value', inputText(text), names)]));
}

/** Maps `outputParameters`, marking the mapped ones as used; undefined when none maps. */
export function importOutputs(children: Children): Record<string, string> | undefined {
  const nodes = children.all('outputParameters');
  if (nodes.length === 0) return undefined;
  const map: Record<string, string> = {};
  for (const node of nodes) {
    const name = leafText(node, 'name');
    const target = leafText(node, 'assignToReference');
    const expected = target === undefined ? 1 : 2;
    if (node.attributes !== undefined || childrenOf(node).length !== expected || !name || !isKeyName(name) || Object.hasOwn(map, name)) continue;
    if (target === '') continue;
    map[name] = target ?? '';
    children.use(node);
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** `outputParameters` for a map. */
export function exportOutputs(map: Readonly<Record<string, string>> | undefined): XmlNode[] {
  return Object.entries(map ?? {}).map(([name, target]) =>
    element('outputParameters', [target === '' ? undefined : leaf('assignToReference', target), leaf('name', name)]),
  );
}
