/**
 * Picklist values kept apart from the field. A custom picklist may name a global value set
 * (`<valueSetName>Tiers</valueSetName>`, values in `globalValueSets/Tiers.globalValueSet-meta.xml`
 * or `.globalValueSet` in a retrieved package); every global value set of the project is read with
 * the trigger objects' metadata (an org has few, and which ones are needed is known only from the
 * fields). Standard picklists' values come from a project's standard value sets
 * (`standardValueSets/CaseStatus.standardValueSet-meta.xml`, or `.standardValueSet` in a
 * retrieved package): since API 38 the values of `Case.Status`, `Opportunity.StageName` and the
 * like are kept there, not with the object. An orchestration driven by a case's status compares
 * `$Record.Status` with them, so they feed the same picklist checks and suggestions as a custom
 * picklist's own values (picklistValues.ts). Only the sets of the trigger objects' fields below
 * are read; the names are Salesforce's ("StandardValueSet Names and Standard Picklist Fields").
 */
import { parseXml } from '../xml/parseXml';
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

/** The values of the sets `wanted` among `files` (every value listed, active or not), by set name. */
export function readStandardValueSets(files: readonly ProjectFile[], wanted: ReadonlySet<string>): { sets: Map<string, string[]>; problems: ProjectProblem[] } {
  const sets = new Map<string, string[]>();
  const problems: ProjectProblem[] = [];
  for (const file of files) {
    const name = standardValueSetOf(file.path);
    if (name === null || !wanted.has(name) || sets.has(name)) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok || parsed.root.tag !== 'StandardValueSet') {
      const first = parsed.ok ? undefined : parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `standard value set not read: ${first?.message ?? 'its root element is not <StandardValueSet>'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    const values = childrenNamed(parsed.root, 'standardValue').map((v) => childText(v, 'fullName')).filter((v): v is string => v !== undefined && v !== '');
    if (values.length) sets.set(name, values);
  }
  return { sets, problems };
}

const GLOBAL_FILE = /(?:^|\/)globalValueSets\/([A-Za-z0-9_]+)\.globalValueSet(?:-meta\.xml)?$/i;

/** The global value set a file holds (`Tiers`), or null. */
export function globalValueSetOf(path: string): string | null {
  return GLOBAL_FILE.exec(path)?.[1] ?? null;
}

/** The values of every global value set among `files` (`<customValue><fullName>`), by set name. */
export function readGlobalValueSets(files: readonly ProjectFile[]): { sets: Map<string, string[]>; problems: ProjectProblem[] } {
  const sets = new Map<string, string[]>();
  const problems: ProjectProblem[] = [];
  for (const file of files) {
    const name = globalValueSetOf(file.path);
    if (name === null || sets.has(name)) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok || parsed.root.tag !== 'GlobalValueSet') {
      const first = parsed.ok ? undefined : parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `global value set not read: ${first?.message ?? 'its root element is not <GlobalValueSet>'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    const values = childrenNamed(parsed.root, 'customValue').map((v) => childText(v, 'fullName')).filter((v): v is string => v !== undefined && v !== '');
    if (values.length) sets.set(name, values);
  }
  return { sets, problems };
}

