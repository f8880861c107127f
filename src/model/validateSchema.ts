/**
 * Structure checks: runs a zod schema and turns its issues into Problems whose messages speak the
 * admin's language ("choose one of background, interactive"), not zod's ("Invalid option").
 * Messages written in schema.ts itself win over the wording here (zod's precedence).
 */
import type { z } from 'zod';
import { closestName } from './closestName';
import { formatPath } from './jsonPath';
import type { Problem } from './types';
import { checkShape } from './shape/checkShape';
import type { ShapeTable } from './shape/shapeTypes';

type RawIssue = z.core.$ZodRawIssue;

const KIND_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list',
  object: 'an object', record: 'an object', null: 'null', nan: 'a number', bigint: 'a number',
};

/** How a JSON value is called in a message ("text", "a number", "a list"…). */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return KIND_WORDS[typeof value] ?? typeof value;
}

function fieldOf(path: ReadonlyArray<PropertyKey> | undefined): string {
  if (!path || path.length === 0) return 'the document';
  const last = path.at(-1);
  return typeof last === 'string' ? `"${last}"` : 'this item';
}

function listOf(values: ReadonlyArray<unknown>): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function sizeWord(origin: string, n: number | bigint): string {
  if (origin === 'string') return `${n} character${n === 1 ? '' : 's'}`;
  if (origin === 'array') return `${n} item${n === 1 ? '' : 's'}`;
  return String(n);
}

/**
 * A choice out of a fixed list (a step kind, an expectation kind, a status) written a letter off or
 * in the wrong case: the choice it most likely meant, said before the list, as a misspelt field
 * name gets one (validateScenarioKeys.ts) — eleven expectation kinds to read through otherwise.
 */
function choiceOf(input: unknown, values: ReadonlyArray<unknown>): string {
  const choices = listOf(values);
  const meant = typeof input === 'string' ? closestName(input, values.filter((v): v is string => typeof v === 'string')) : undefined;
  return meant === undefined ? `choose one of ${choices}` : `did you mean "${meant}"? Choose one of ${choices}`;
}

/** A bound on a number (`int` is a whole number past the safe range), as against a text's or a list's size. */
const isNumberOrigin = (origin: string): boolean => origin === 'number' || origin === 'int';

/** "text, a number, true/false or null": a Boolean is "true/false" here, its "or" would read as another choice. */
function alternatives(words: readonly string[]): string {
  const said = words.map((w) => (w === KIND_WORDS.boolean ? 'true/false' : w));
  return said.length < 2 ? said.join('') : `${said.slice(0, -1).join(', ')} or ${said.at(-1)}`;
}

/**
 * A union of plain kinds (text, a number, true or false, null) that refused a value: the kinds, when
 * every option refused it for its kind alone (one type issue on the value itself, none deeper).
 * `errors` holds each option's issues with paths relative to the union, as zod gives them.
 */
function refusedKinds(errors: unknown): string[] | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const kinds: string[] = [];
  for (const option of errors as unknown[]) {
    if (!Array.isArray(option) || option.length !== 1) return undefined;
    const only = option[0] as { code?: string; expected?: string; path?: unknown[] };
    if (only.code !== 'invalid_type' || only.path?.length !== 0 || typeof only.expected !== 'string') return undefined;
    const word = KIND_WORDS[only.expected] ?? only.expected;
    if (!kinds.includes(word)) kinds.push(word);
  }
  return kinds;
}

/**
 * A whole number past JavaScript's safe range (`1e300`): zod reports it under the `int` check, so a
 * schema message written for that check ("times are whole virtual milliseconds") would call it not
 * whole. The bound is said instead.
 */
function isUnsafeInteger(issue: { code: string; origin?: unknown }): boolean {
  return (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'int';
}

/** The admin-language message of one zod issue (the per-parse error map). */
export function adminMessage(issue: RawIssue): string | undefined {
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is required`;
      // a NaN (a document handed over as an object, not JSON text) is no number an admin knows, and not "too large"
      if (typeof issue.input === 'number' && Number.isNaN(issue.input)) return `${field} must be ${KIND_WORDS[issue.expected] ?? issue.expected}, not NaN (not a number)`;
      // JSON's 1e999 parses as Infinity: "must be a number, not the number Infinity" would contradict itself
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return `${field} is a number too large to represent (it reads as ${issue.input})`;
      return `${field} must be ${KIND_WORDS[issue.expected] ?? issue.expected}, not ${describeJsonValue(issue.input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) {
        const expected = JSON.stringify(issue.values[0]);
        return issue.input === undefined ? `${field} is required and must be ${expected}` : `${field} must be ${expected}, not ${describeJsonValue(issue.input)}`;
      }
      if (issue.input === undefined) return `${field} is required: choose one of ${listOf(issue.values)}`;
      return `${describeJsonValue(issue.input)} is not allowed here: ${choiceOf(issue.input, issue.values)}`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && Array.isArray(issue.options)) {
        const options = issue.options as unknown[];
        const input: unknown = issue.input;
        const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
        return value === undefined ? `"${issue.discriminator}" is required: choose one of ${listOf(options)}` : `"${issue.discriminator}" cannot be ${describeJsonValue(value)}: ${choiceOf(value, options)}`;
      }
      if (issue.input === undefined) return `${field} is required`;
      {
        const kinds = refusedKinds(issue.errors);
        if (kinds) return `${field} must be ${alternatives(kinds)}, not ${describeJsonValue(issue.input)}`;
      }
      return `${describeJsonValue(issue.input)} does not have an allowed shape`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${field} cannot be empty`;
      // a number is at least its minimum; a text or a list has at least so many characters or items
      return `${field} must ${isNumberOrigin(issue.origin) ? 'be' : 'have'} at least ${sizeWord(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `${field} can ${isNumberOrigin(issue.origin) ? 'be' : 'have'} at most ${sizeWord(issue.origin, issue.maximum)}`;
    case 'invalid_format':
      return `${field} does not have the expected format`;
    case 'unrecognized_keys':
      return `unexpected field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return undefined;
  }
}

/**
 * An issue of a value of the right kind that is out of bounds (an 81-character name, apiVersion 40,
 * an empty label, a name not matching its pattern). A document whose issues are all such is well
 * typed: every field has its type, so the rules can read it too (model/validate.ts). A length check
 * that zod runs after a type error comes with that type error, which is not one of these.
 */
function isOutOfBounds(issue: { code: string; origin?: unknown }): boolean {
  return (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_format') && !isUnsafeInteger(issue);
}

/** Parses `value` with `schema`; on failure, every issue as an error Problem with its JSON path. */
export function schemaProblems<T>(schema: z.ZodType<T>, value: unknown): { ok: true; data: T } | { ok: false; problems: Problem[]; wellTyped: boolean } {
  const result = schema.safeParse(value, { error: adminMessage });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue): Problem => ({
    path: formatPath(issue.path),
    message: isUnsafeInteger(issue) ? (adminMessage(issue as RawIssue) ?? issue.message) : issue.message,
    severity: 'error',
  }));
  return { ok: false, problems, wellTyped: result.error.issues.every(isOutOfBounds) };
}

/**
 * Like `schemaProblems`, from a written-out shape (shape/checkShape.ts) instead of a zod schema:
 * the same problems and the same output, without loading or building zod (docs/performance.md).
 */
/** `unknownFields`: whether the value may have fields the shape does not name (checkShape's ShapeResult). */
export function shapeProblems<T>(shape: ShapeTable, value: unknown): { ok: true; data: T; unknownFields: boolean } | { ok: false; problems: Problem[]; wellTyped: boolean; unknownFields: boolean } {
  const result = checkShape(shape, value);
  if (result.ok) return { ok: true, data: result.data as T, unknownFields: result.unknownFields };
  const problems = result.issues.map((issue): Problem => ({
    path: formatPath(issue.path),
    message: (isUnsafeInteger(issue) ? undefined : issue.schemaMessage) ?? adminMessage(issue) ?? 'Invalid input',
    severity: 'error',
  }));
  return { ok: false, problems, wellTyped: result.issues.every(isOutOfBounds), unknownFields: result.unknownFields };
}

const isInside = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/**
 * The schema's problems of a well-typed document (each a value out of bounds: an empty choice the
 * editor leaves until the admin makes it, an 81-character name, apiVersion 40), then the rules'
 * problems elsewhere: FORMAT.md §5 asks for one line per problem, and a name one character too long
 * hid every broken connector of the design. The rules' own words about those same fields (`"" is
 * not a resource`) are left out: the schema's say it.
 */
export function withRuleProblems(schema: readonly Problem[], rules: readonly Problem[]): Problem[] {
  const paths = schema.map((p) => p.path);
  return [...schema, ...rules.filter((p) => !paths.some((path) => isInside(p.path, path)))];
}
