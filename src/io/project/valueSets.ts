/**
 * Picklist values kept apart from the field. A custom picklist may name a global value set
 * (`<valueSetName>Tiers</valueSetName>`, values in `globalValueSets/Tiers.globalValueSet-meta.xml`
 * or `.globalValueSet` in a retrieved package); every global value set of the project is read with
 * the metadata of the objects the orchestrations read (an org has few, and which ones are needed is known only from the
 * fields). Standard picklists' values come from a project's standard value sets
 * (`standardValueSets/CaseStatus.standardValueSet-meta.xml`, or `.standardValueSet` in a
 * retrieved package): since API 38 the values of `Case.Status`, `Opportunity.StageName` and the
 * like are kept there, not with the object. An orchestration driven by a case's status compares
 * `$Record.Status` with them, so they feed the same picklist checks and suggestions as a custom
 * picklist's own values (picklistValues.ts). Only the sets of those objects' fields below
 * are read; the names are Salesforce's ("StandardValueSet Names and Standard Picklist Fields").
 */
import { parseMetadataXml } from './parseMetadataXml';
import { childrenNamed, childText } from '../xml/xmlNode';
import type { ProjectFile, ProjectProblem } from './types';

/** Object → standard picklist field → the standard value set holding its values. */
const STANDARD_PICKLISTS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(Object.entries({
  Account: { Industry: 'Industry', Type: 'AccountType', Rating: 'AccountRating', Ownership: 'AccountOwnership', AccountSource: 'LeadSource' },
  Asset: { Status: 'AssetStatus' },
  Campaign: { Status: 'CampaignStatus', Type: 'CampaignType' },
  Case: { Status: 'CaseStatus', Priority: 'CasePriority', Origin: 'CaseOrigin', Reason: 'CaseReason', Type: 'CaseType' },
  Contact: { LeadSource: 'LeadSource' },
  Contract: { Status: 'ContractStatus' },
  Lead: { Status: 'LeadStatus', LeadSource: 'LeadSource', Industry: 'Industry', Rating: 'AccountRating' },
  Opportunity: { StageName: 'OpportunityStage', Type: 'OpportunityType', LeadSource: 'LeadSource' },
  Order: { Status: 'OrderStatus', Type: 'OrderType' },
  Quote: { Status: 'QuoteStatus' },
  Solution: { Status: 'SolutionStatus' },
  Task: { Status: 'TaskStatus', Priority: 'TaskPriority', Type: 'TaskType' },
  WorkOrder: { Status: 'WorkOrderStatus', Priority: 'WorkOrderPriority' },
}).map(([object, fields]) => [object, new Map(Object.entries(fields))]));

const SET_FILE = /(?:^|\/)standardValueSets\/([A-Za-z0-9_]+)\.standardValueSet(?:-meta\.xml)?$/i;

/** The standard value set a file holds (`CaseStatus`), or null. */
export function standardValueSetOf(path: string): string | null {
  return SET_FILE.exec(path)?.[1] ?? null;
}

/** The standard picklist fields of `object` and their value sets (`Status` → `CaseStatus`). */
export function standardPicklistsOf(object: string): ReadonlyMap<string, string> {
  return STANDARD_PICKLISTS.get(object) ?? new Map();
}

/** The value sets `objects`' standard picklists keep their values in. */
export function valueSetsOf(objects: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const object of objects) for (const set of standardPicklistsOf(object).values()) names.add(set);
  return names;
}

/** How one kind of value set file is read: its name from its path, its root and value elements, its name for messages. */
interface ValueSetKind {
  nameOf(path: string): string | null;
  root: string;
  value: string;
  what: string;
}

/** The values of the sets of `kind` among `files` that `wanted` accepts, by set name (every value listed, active or not). */
function readValueSets(files: readonly ProjectFile[], kind: ValueSetKind, wanted: (name: string) => boolean): { sets: Map<string, string[]>; problems: ProjectProblem[] } {
  const sets = new Map<string, string[]>();
  const problems: ProjectProblem[] = [];
  for (const file of files) {
    const name = kind.nameOf(file.path);
    if (name === null || !wanted(name) || sets.has(name)) continue;
    const parsed = parseMetadataXml(file.text, kind.root);
    if (!parsed.ok || parsed.root.tag !== kind.root) {
      const first = parsed.ok ? undefined : parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `${kind.what} not read: ${first?.message ?? `its root element is not <${kind.root}>`}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    const values = childrenNamed(parsed.root, kind.value).map((v) => childText(v, 'fullName')).filter((v): v is string => v !== undefined && v !== '');
    if (values.length) sets.set(name, values);
  }
  return { sets, problems };
}

/** The values of the standard value sets `wanted` among `files` (`<standardValue><fullName>`), by set name. */
export function readStandardValueSets(files: readonly ProjectFile[], wanted: ReadonlySet<string>): { sets: Map<string, string[]>; problems: ProjectProblem[] } {
  return readValueSets(files, { nameOf: standardValueSetOf, root: 'StandardValueSet', value: 'standardValue', what: 'standard value set' }, (name) => wanted.has(name));
}

const GLOBAL_FILE = /(?:^|\/)globalValueSets\/([A-Za-z0-9_]+)\.globalValueSet(?:-meta\.xml)?$/i;

/** The global value set a file holds (`Tiers`), or null. */
export function globalValueSetOf(path: string): string | null {
  return GLOBAL_FILE.exec(path)?.[1] ?? null;
}

/** The values of every global value set among `files` (`<customValue><fullName>`), by set name. */
export function readGlobalValueSets(files: readonly ProjectFile[]): { sets: Map<string, string[]>; problems: ProjectProblem[] } {
  return readValueSets(files, { nameOf: globalValueSetOf, root: 'GlobalValueSet', value: 'customValue', what: 'global value set' }, () => true);
}
