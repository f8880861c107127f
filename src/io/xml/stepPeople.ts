/**
 * Who a step involves: the interactive step's assignee (`<assignees>`) and the background step's
 * run-as choice (`<runAsUser>`). `runAsUser` is a boolean in the metadata and has no place for a
 * username, so `runAs: { mode: "user", user }` is written as `<runAsUser>true</runAsUser>` plus a
 * `processMetadataValues` entry `StageflowRunAsUser` holding the username (builder metadata that
 * Salesforce stores and ignores). `runAsUser` `true` without that entry stays verbatim.
 */
import type { Assignee, RunAs } from '../../model/types';
import type { Children } from './importContext';
import { exportText, importText, singleValue } from './values';
import { childrenOf, childText, element, firstChild, isLeaf, leaf, type XmlNode } from './xmlNode';

export const RUN_AS_METADATA = 'StageflowRunAsUser';

const ASSIGNEE_TYPES: Record<string, Assignee['type']> = { User: 'user', Group: 'group', Queue: 'queue' };
const XML_ASSIGNEE_TYPES: Record<Assignee['type'], string> = { user: 'User', group: 'Group', queue: 'Queue' };

/** The first `<assignees>` as the step's assignee, when it maps exactly. */
export function importAssignee(children: Children, names: ReadonlySet<string>): Assignee | undefined {
  const node = children.first('assignees');
  if (!node || node.attributes !== undefined || childrenOf(node).length !== 2) return undefined;
  const value = firstChild(node, 'assignee');
  const type = ASSIGNEE_TYPES[childText(node, 'assigneeType') ?? ''];
  const name = value ? importText(value, names) : undefined;
  if (!type || !name) return undefined;
  children.use(node);
  return { type, name };
}

export function exportAssignee(assignee: Assignee | undefined, names: ReadonlySet<string>): XmlNode | undefined {
  if (!assignee) return undefined;
  return element('assignees', [exportText('assignee', assignee.name, names), leaf('assigneeType', XML_ASSIGNEE_TYPES[assignee.type])]);
}

function runAsUserName(node: XmlNode): string | undefined {
  const kids = childrenOf(node);
  const value = firstChild(node, 'value');
  if (kids.length !== 2 || childText(node, 'name') !== RUN_AS_METADATA || !value) return undefined;
  const single = singleValue(value);
  return single?.kind === 'stringValue' && single.text !== '' ? single.text : undefined;
}

/** `runAsUser` (and the Stageflow username entry) as the step's run-as choice. */
export function importRunAs(children: Children): RunAs | undefined {
  if (children.useIf('runAsUser', 'false')) return { mode: 'default' };
  if (children.text('runAsUser') !== 'true') return undefined;
  const entries = children.all('processMetadataValues').filter((node) => runAsUserName(node) !== undefined);
  if (entries.length !== 1) return undefined;
  children.use(children.first('runAsUser'), entries[0]);
  return { mode: 'user', user: runAsUserName(entries[0]!)! };
}

export function exportRunAs(runAs: RunAs | undefined): XmlNode[] {
  if (!runAs) return [];
  if (runAs.mode !== 'user') return [leaf('runAsUser', 'false')];
  const metadata = element('processMetadataValues', [
    leaf('name', RUN_AS_METADATA),
    element('value', [leaf('stringValue', runAs.user)]),
  ]);
  return [metadata, leaf('runAsUser', 'true')];
}

/** `requiresAsyncProcessing` as a boolean, when it is `true` or `false`. */
export function importRequiresAsync(children: Children): boolean | undefined {
  const node = children.first('requiresAsyncProcessing');
  if (!node || !isLeaf(node) || children.all('requiresAsyncProcessing').length !== 1) return undefined;
  if (node.text !== 'true' && node.text !== 'false') return undefined;
  children.use(node);
  return node.text === 'true';
}
