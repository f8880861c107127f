/**
 * Where a relationship a design reads through leads (`$Record.Account.Tier__c` reads an Account,
 * `$Record.Manager.Username` a User, `$Record.Parent_Case__r.Status` whatever the lookup's
 * `<referenceTo>` names): the object of the related record, so its fields can be looked up in the
 * project's metadata and a scenario can be given one. One place for the checks and for Scenarios.
 */
import { isKnownObject, lookupFieldOf } from '../../flows/org/simulatedOrg';
import { parseReference } from '../../model/references';
import { lookupTarget } from './objectFields';
import type { ProjectObjects } from './types';

/** Standard relationships to a User whose name is not their object's. */
const USER_RELATIONSHIPS = new Set(['Owner', 'Manager', 'CreatedBy', 'LastModifiedBy', 'DelegatedApprover']);

/**
 * The object a relationship points to when its name says so: a polymorphic one written with its
 * type (`Owner:User`), a standard relationship to a User (`Manager`), `Parent` (the same object), a
 * standard lookup named after its object (`Account`, one the simulated org knows); null for a
 * custom one (`Project__r`) and any other.
 */
export function namedRelationshipTarget(relationship: string, from: string): string | null {
  const [name, typed] = relationship.split(':') as [string, string | undefined];
  if (typed) return typed;
  if (USER_RELATIONSHIPS.has(name)) return 'User';
  if (name === 'Parent') return from || null;
  return isKnownObject(name) ? name : null;
}

/**
 * The object a relationship of a record of `from` points to: by its name, else — a custom one —
 * by its lookup field's `<referenceTo>` in the project's metadata (one target only); null when
 * neither says.
 */
export function relationshipTarget(relationship: string, from: string, objects: ProjectObjects | undefined): string | null {
  const named = namedRelationshipTarget(relationship, from);
  if (named !== null || !from) return named;
  return lookupTarget(objects, from, lookupFieldOf(relationship.split(':')[0]!));
}

/**
 * The object and field a path read of a record of `object` ends on, following its relationships
 * (`['Account', 'Type']` of a Case → Account's `Type`); null when a relationship's object is not
 * known or the path is empty.
 */
export function fieldAtEnd(object: string, path: readonly string[], objects: ProjectObjects | undefined): { object: string; field: string } | null {
  if (path.length === 0) return null;
  let current: string | null = object;
  for (let i = 0; i < path.length - 1 && current !== null; i++) current = relationshipTarget(path[i]!, current, objects);
  return current === null ? null : { object: current, field: path[path.length - 1]! };
}

/**
 * The object and field a reference to a record the design reads ends on (`$Record.Account.Type`
 * → Account's `Type`; `records`: the design's records and their objects, designRecords.ts), or null
 * for any other reference or an unknown relationship.
 */
export function fieldReadBy(reference: string, records: ReadonlyMap<string, string>, objects: ProjectObjects | undefined): { object: string; field: string } | null {
  const ref = parseReference(reference);
  const object = ref?.kind === 'field' ? records.get(ref.variable) : undefined;
  return ref?.kind === 'field' && object !== undefined ? fieldAtEnd(object, ref.path, objects) : null;
}
