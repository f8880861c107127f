/**
 * What a resource reference string names (R50), in Salesforce's own syntax:
 * - a resource by name (`amount`, a formula, an evaluation flow's input);
 * - `X.Status`: a step or stage status when `X` names a step or stage, else the `Status` field of
 *   the Record variable `X` (the resolver decides, R50);
 * - a step output `Step.Outputs.x`, and a field path into a record output (`Step.Outputs.user.Id`);
 * - a field path on a Record variable: `rec.Field`, relationships `$Record.Owner.Email`, polymorphic
 *   steps `$Record.Owner:User.Username`; `$Record` and `$Record__Prior` are Record variables;
 * - a global variable: `$User.Username`, `$Flow.CurrentDateTime`, `$GlobalConstant.True`,
 *   `$Orchestration.Instance`, and the other `$` globals Salesforce offers.
 * The parse is purely syntactic; the validator and the engine decide what the head name is.
 */
export type Reference =
  | { kind: 'name'; name: string }
  | { kind: 'status'; element: string }
  | { kind: 'output'; step: string; output: string; path: readonly string[] }
  | { kind: 'field'; variable: string; path: readonly string[] }
  | { kind: 'global'; scope: string; path: readonly string[] };

/** The triggering record and its values before the save (record-triggered orchestrations). */
export const RECORD = '$Record';
export const RECORD_PRIOR = '$Record__Prior';

/** Global variables other than `$Record`/`$Record__Prior` (their first segment). */
export const GLOBAL_SCOPES = [
  '$User', '$Flow', '$GlobalConstant', '$Orchestration',
  '$Api', '$Label', '$Organization', '$Permission', '$Profile', '$Setup', '$System', '$UserRole',
] as const;

const IDENT = '[A-Za-z$][A-Za-z0-9_]*';
/** A path segment: a name, or a polymorphic relationship step `Owner:User`. */
const SEGMENT = `${IDENT}(?::[A-Za-z][A-Za-z0-9_]*)?`;
const REFERENCE_SHAPE = new RegExp(`^${IDENT}(\\.${SEGMENT})*$`);
const GLOBAL_SET: ReadonlySet<string> = new Set(GLOBAL_SCOPES);

/** Parses `text` as a reference, or returns null when it does not have a reference's shape. */
export function parseReference(text: string): Reference | null {
  if (!REFERENCE_SHAPE.test(text)) return null;
  const [head, ...rest] = text.split('.') as [string, ...string[]];
  if (rest.some((segment) => segment.startsWith('$'))) return null;
  if (GLOBAL_SET.has(head)) return rest.length === 0 ? null : { kind: 'global', scope: head, path: rest };
  if (rest.length === 0) return { kind: 'name', name: head };
  if (head.startsWith('$')) return { kind: 'field', variable: head, path: rest };
  if (rest.length === 1 && rest[0] === 'Status') return { kind: 'status', element: head };
  if (rest[0] === 'Outputs' && rest.length >= 2) return { kind: 'output', step: head, output: rest[1]!, path: rest.slice(2) };
  return { kind: 'field', variable: head, path: rest };
}

/** The variable and field path a `status` or `field` reference reads when its head is a Record variable. */
export function fieldPathOf(ref: Reference): { variable: string; path: readonly string[] } | null {
  if (ref.kind === 'field') return { variable: ref.variable, path: ref.path };
  if (ref.kind === 'status') return { variable: ref.element, path: ['Status'] };
  return null;
}

/** True when the text has the dotted shape of a reference (`a.b`) or names a global, so it must resolve (R50). */
export function looksLikeDottedReference(text: string): boolean {
  return REFERENCE_SHAPE.test(text) && (text.includes('.') || text.startsWith('$'));
}


/** The lookup field behind a relationship name (`Owner` → `OwnerId`, `Parent__r` → `Parent__c`). */
export function lookupFieldOf(relationship: string): string {
  const name = relationship.split(':')[0]!;
  return name.endsWith('__r') ? `${name.slice(0, -3)}__c` : `${name}Id`;
}

/**
 * The field of the head record that a field path depends on: the field itself (`Status`), or the
 * lookup field of its first relationship (`Owner.Email` → `OwnerId`). A change to it changes the value.
 */
export function firstFieldOf(path: readonly string[]): string {
  return path.length === 1 ? path[0]! : lookupFieldOf(path[0]!);
}

/**
 * R50: `X.Status` is a step or stage status only when `X` names a step or stage; on anything else
 * (a Record variable) it is the field `Status`. Returns the reference with that decided.
 */
export function decideStatus(ref: Reference, isStepOrStage: (name: string) => boolean): Reference {
  if (ref.kind !== 'status' || isStepOrStage(ref.element)) return ref;
  return { kind: 'field', variable: ref.element, path: ['Status'] };
}

/**
 * True when an assignee (or another free-text value) is a resource rather than a literal: a `$`
 * global, or a reference whose first name is a resource of the orchestration (`approver`,
 * `curUser.Username`). `jane.doe` with no `jane` resource is a literal username.
 */
export function isResourceText(text: string, hasName: (name: string) => boolean): boolean {
  const ref = parseReference(text);
  if (!ref) return false;
  if (text.startsWith('$')) return true;
  const head = ref.kind === 'name' ? ref.name : ref.kind === 'status' ? ref.element : ref.kind === 'output' ? ref.step : ref.kind === 'field' ? ref.variable : ref.scope;
  return hasName(head);
}
