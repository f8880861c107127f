/**
 * Safe parsing of untrusted JSON text (imported files, pasted text, CLI arguments): a size cap,
 * a nesting cap, no `__proto__` key anywhere (all of them named, with their paths), and syntax
 * errors reported at line:column. Never throws. `constructor` and `prototype` are valid API names
 * (FORMAT.md §1) and pass: as own keys of parsed objects they change no prototype, and nothing
 * merges an imported object into another by path (docs/decisions.md, "Untrusted input", *chosen*).
 */
import { childPath } from '../model/jsonPath';
import type { Problem } from '../model/types';
import { findSyntaxError, locate, offsetFromMessage } from './jsonSyntax';
import { MAX_JSON_BYTES, textPastSizeLimit } from './sizeLimit';

export const DEFAULT_MAX_BYTES = MAX_JSON_BYTES;
/** Deeper documents are refused: nothing legitimate nests this deep, and recursive code downstream stays safe. */
export const MAX_DEPTH = 100;
/** `__proto__` alone: assigning it sets a prototype, and it is no API name (FORMAT.md §1). */
const FORBIDDEN_KEYS = new Set(['__proto__']);

export interface JsonTextOptions { maxBytes?: number }

/**
 * The parsed value, or one problem. Its path is `line:column` for a syntax error, the JSON path
 * of the first forbidden key (its message names them all) or of a too-deep value, and empty for a
 * file that is too large.
 */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

const failure = (path: string, message: string): JsonTextResult => ({ ok: false, problem: { path, message, severity: 'error' } });

function syntaxFailure(text: string, engineMessage: string): JsonTextResult {
  const engineOffset = offsetFromMessage(engineMessage, text);
  const found = findSyntaxError(text);
  const agrees = found !== null && (engineOffset === null || found.offset === engineOffset);
  const offset = (agrees ? found.at : undefined) ?? engineOffset ?? found?.offset ?? 0;
  const { line, column } = locate(text, offset);
  const engineReason = engineMessage.replace(/\s*(in JSON )?at position \d+.*$/is, '').replace(/, ".*" is not valid JSON$/s, '');
  const reason = agrees ? found.reason : engineReason;
  return failure(`${line}:${column}`, `not valid JSON: ${reason}`);
}

interface Visit { value: unknown; parent: Visit | null; key: string | number; depth: number }

function pathOf(visit: Visit): string {
  const keys: Array<string | number> = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) keys.push(v.key);
  return keys.reverse().reduce<string>((path, key) => childPath(path, key), '');
}

/** Levels of a too-deep value's path written out; the rest are one `…` (the path was 300 characters of `[0]`). */
const PATH_LEVELS_SHOWN = 8;

/** Where a too-deep value starts: its path's first levels, then `…` for the rest. */
function shortPathOf(visit: Visit): string {
  const keys: Array<string | number> = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) keys.push(v.key);
  keys.reverse();
  const shown = keys.slice(0, PATH_LEVELS_SHOWN).reduce<string>((path, key) => childPath(path, key), '');
  return keys.length > PATH_LEVELS_SHOWN ? `${shown}…` : shown;
}

/** At most this many forbidden keys are named in the message; the rest are counted. */
const NAMED_KEYS = 10;

/** The message naming forbidden keys `found` (each `"key" at path`, file order) of `count` in all. */
function forbiddenMessage(found: readonly { key: string; path: string }[], count: number): string {
  if (count === 1) return `the key "${found[0]!.key}" is not allowed in an imported file`;
  const named = found.map(({ key, path }) => `"${key}" at ${path}`);
  const rest = count - found.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return `the keys ${list} are not allowed in an imported file`;
}

/**
 * The forbidden keys, every one named with its path (an admin cleaning a file sees all of them at
 * once, not one per import), at the first of them; or the first too-deep value. Walks iteratively
 * (no recursion, so no stack overflow); paths are only spelt out for offending values.
 */
function unsafePart(value: unknown): { path: string; message: string } | null {
  const stack: Visit[] = [{ value, parent: null, key: '', depth: 0 }];
  const found: { key: string; path: string }[] = [];
  let count = 0;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (typeof current !== 'object' || current === null) continue;
    if (visit.depth >= MAX_DEPTH) return { path: shortPathOf(visit), message: `values are nested more than ${MAX_DEPTH} levels deep` };
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key: i, depth: visit.depth + 1 });
      }
      continue;
    }
    const record = current as Record<string, unknown>;
    const keys = Object.keys(record);
    // the object's forbidden keys in its own order, before the objects below it (pushed last to first, popped in order)
    for (const key of keys) {
      if (!FORBIDDEN_KEYS.has(key)) continue;
      count++;
      if (found.length < NAMED_KEYS) found.push({ key, path: pathOf({ value: null, parent: visit, key, depth: visit.depth + 1 }) });
    }
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (FORBIDDEN_KEYS.has(key)) continue;
      const item = record[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key, depth: visit.depth + 1 });
    }
  }
  return count === 0 ? null : { path: found[0]!.path, message: forbiddenMessage(found, count) };
}

/**
 * Whether no value nests deeper than `levels` containers (the value itself counting as one).
 * Recursion is safe: it goes no deeper than `levels`, however deep the value.
 */
function nestedWithin(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (levels === 0) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!nestedWithin(value[i], levels - 1)) return false;
    return true;
  }
  for (const key in value) if (!nestedWithin((value as Record<string, unknown>)[key], levels - 1)) return false;
  return true;
}

/**
 * Whether the parsed value plainly holds no forbidden key and no too-deep value, without writing
 * any path: none of the forbidden names is spelt in the text and no `\u` escape could spell one,
 * and its containers nest no deeper than MAX_DEPTH. The depth is read from the parsed value, not
 * the text: a walk over a design's objects costs about a third of a pass over its characters
 * while the page opens it cold (6,312 objects against 338,490 characters at 2,000 steps: 1.0 ms
 * against 2.9), and the value is what the text's duplicate keys leave. When in doubt it answers
 * false, and the parsed value is walked again (unsafePart), which finds the path.
 */
function plainlySafe(text: string, value: unknown): boolean {
  if (text.includes('\\u')) return false;
  for (const key of FORBIDDEN_KEYS) if (text.includes(key)) return false;
  return nestedWithin(value, MAX_DEPTH);
}

/** Parses untrusted JSON text. Never throws. */
export function parseJsonText(text: string, options: JsonTextOptions = {}): JsonTextResult {
  const tooLarge = textPastSizeLimit(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (tooLarge) return failure('', tooLarge);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return syntaxFailure(body, e instanceof Error ? e.message : String(e));
  }
  const unsafe = plainlySafe(body, value) ? null : unsafePart(value);
  return unsafe ? failure(unsafe.path, unsafe.message) : { ok: true, value };
}
