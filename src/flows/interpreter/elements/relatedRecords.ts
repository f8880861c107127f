/**
 * Update Records on a relationship of a record — `$Record.Account`, `$Record.Project__r`,
 * `$Record.Parent:Case`: Flow Builder's "Update records related to the record that triggered the
 * flow" (Salesforce Help, Update Records Element), saved as the element's `inputReference`. A lookup
 * to a parent is followed through its field (`Account` → `AccountId`, `Project__r` → `Project__c`,
 * `Parent:Case` → `ParentId` when that record is a Case): that record is the one updated, if it
 * passes the element's filters. Survey 12: 41 Update Records elements of 33 real flows update a parent
 * this way, and the run read the relationship as a field of `$Record`, null, and updated nothing.
 *
 * A child relationship (`$Record.Contacts` on an Account: the records whose lookup names this one)
 * needs the org's schema to know which object and field, which a flow file does not carry: a standard
 * one of `standardChildRelationships.ts`, or a custom one the project declares (the run's
 * `childRelationships`), names the records of its child object whose lookup holds the record's Id
 * (survey 17); any other (`$Record.Orders__r`) stops as unsupported, as does a
 * relationship whose lookup field the record was given without (the simulator cannot tell it from a
 * child relationship).
 */
import { isOfType, lookupFieldOf, readField, type FieldValue } from '../../org/simulatedOrg';
import { standardChildRelationship } from '../../org/standardChildRelationships';
import type { Frame } from '../frame';
import { unsupported } from '../stop';

type Fields = Readonly<Record<string, FieldValue>>;

function hasField(fields: Fields, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(fields).some((k) => k.toLowerCase() === lower);
}

/**
 * The records an Update Records element's `reference` names when it is a relationship of a record
 * (`$Record.Account`): the parent record, none when the lookup is empty or names a record of another
 * type than a polymorphic step asks for. Undefined when `reference` is not such a relationship (a
 * variable, `$Record` itself, or a field the record holds), so the caller reads it as a value.
 */
export function relatedRecords(frame: Frame, element: string, reference: string): Fields[] | undefined {
  const parts = reference.trim().split('.');
  if (parts.length < 2) return undefined;
  const step = parts[parts.length - 1]!;
  const ownerReference = parts.slice(0, -1).join('.');
  // the owner may itself be a related record (`$Record.Account.Parent`): followed the same way
  const ownerRecords = relatedRecords(frame, element, ownerReference);
  if (ownerRecords !== undefined && ownerRecords.length !== 1) return [];
  const owner = ownerRecords === undefined ? frame.resolve(ownerReference) : undefined;
  const payload = ownerRecords === undefined ? owner!.value : ownerRecords[0]!;
  if (owner?.collection || payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const fields = payload as Fields;
  const [relationship, requiredObject] = step.split(':') as [string, string | undefined];
  if (requiredObject === undefined && hasField(fields, step)) return undefined;
  const lookup = lookupFieldOf(relationship);
  const children = requiredObject === undefined && !hasField(fields, lookup) ? childRecords(frame, ownerReference, fields, relationship) : undefined;
  if (children) return children;
  if (!hasField(fields, lookup)) {
    throw unsupported(`${element}: {!${reference}}: ${ownerReference} has no ${lookup}, so the records related through ${relationship} are not known: the simulator updates the parent record a lookup names (give ${ownerReference} its ${lookup}) and, of the child relationships (the records whose lookup names this one), reads only the standard ones it knows, such as an Account's Contacts`, { reference });
  }
  const id = readField({ object: '', fields }, lookup);
  // an empty lookup relates no record: nothing to update (*chosen*, as a Get Records that finds none)
  if (typeof id !== 'string' || id === '') return [];
  const parent = frame.org.get(id);
  // a parent the org lacks is given by its Id, so the update says it does not exist
  if (!parent) return [{ Id: id }];
  if (requiredObject !== undefined && !isOfType(parent, requiredObject)) return [];
  return [{ ...parent.fields }];
}

/**
 * The records a standard child relationship of the owner names (`$Record.Contacts`: the contacts whose
 * AccountId is the account's Id), or undefined when the owner's object or the relationship is not known.
 */
function childRecords(frame: Frame, ownerReference: string, fields: Fields, relationship: string): Fields[] | undefined {
  const id = readField({ object: '', fields }, 'Id');
  if (typeof id !== 'string' || id === '') return undefined;
  // the owner's object: the org's record of that Id, else $Record's trigger object or the variable's declared one
  const object = frame.org.get(id)?.object
    ?? (ownerReference.toLowerCase() === '$record' ? frame.definition.start.object : frame.slot(ownerReference)?.objectType);
  const child = object === undefined ? undefined : standardChildRelationship(object, relationship) ?? frame.options.childRelationships?.get(`${object}.${relationship}`.toLowerCase());
  if (!child) return undefined;
  return frame.org.recordsOf(child.object).filter((r) => readField(r, child.field) === id).map((r) => ({ ...r.fields }));
}
