/**
 * The refinements of a string, a list or a number (shapeTypes.ts `ShapeCheck`) as zod runs them,
 * with the issues zod raises, and whether a check certainly passes (checkShape.ts's fast path).
 */
import type { z } from 'zod';
import type { ShapeCheck } from './shapeTypes';

/** An issue as zod raises it before its message is chosen, plus the message the schema gives. */
export type ShapeIssue = z.core.$ZodRawIssue & { path: PropertyKey[]; schemaMessage?: string };

const NUMBER_ORIGIN = 'number';

/** zod's `aborted`: an issue not marked `continue: true` stops what follows. */
export function aborted(issues: readonly ShapeIssue[], from = 0): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i]!.continue !== true) return true;
  return false;
}

export function explicitlyAborted(issues: readonly ShapeIssue[]): boolean {
  return issues.some((issue) => issue.continue === false);
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function lengthOrigin(value: unknown): 'string' | 'array' | 'unknown' {
  return typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : 'unknown';
}

const regexCache = new Map<string, RegExp>();
function regexOf(check: { re: string; flags: string }): RegExp {
  const key = `/${check.re}/${check.flags}`;
  let re = regexCache.get(key);
  if (!re) {
    re = new RegExp(check.re, check.flags);
    regexCache.set(key, re);
  }
  return re;
}

/** Completes `fields` (always a fresh object literal, so it is taken over, not copied) into an issue at `path`. */
export function issue(path: readonly PropertyKey[], fields: z.core.$ZodRawIssue, message: string | undefined): ShapeIssue {
  const made = fields as ShapeIssue;
  made.path = path.slice();
  if (message !== undefined) made.schemaMessage = message;
  return made;
}

/** One check on a value that passed its type (or, for a length check, on anything with a length). */
export function runCheck(check: ShapeCheck, value: unknown, path: readonly PropertyKey[], issues: ShapeIssue[]): void {
  switch (check.k) {
    case 'minLength':
    case 'maxLength': {
      const lengthy = value as { length: number };
      const units = lengthy.length;
      if (check.k === 'minLength') {
        const length = typeof value === 'string' && units >= check.v && units < check.v * 2 ? codePointLength(value) : units;
        if (length >= check.v) return;
        issues.push(issue(path, { code: 'too_small', origin: lengthOrigin(value), minimum: check.v, inclusive: true, input: value, continue: true }, check.m));
      } else {
        const length = typeof value === 'string' && units > check.v ? codePointLength(value) : units;
        if (length <= check.v) return;
        issues.push(issue(path, { code: 'too_big', origin: lengthOrigin(value), maximum: check.v, inclusive: true, input: value, continue: true }, check.m));
      }
      return;
    }
    case 'regex': {
      const re = regexOf(check);
      re.lastIndex = 0;
      if (re.test(value as string)) return;
      issues.push(issue(path, { code: 'invalid_format', origin: 'string', format: 'regex', pattern: re.toString(), input: value as string, continue: true }, check.m));
      return;
    }
    case 'int': {
      const n = value as number;
      if (!Number.isInteger(n)) {
        issues.push(issue(path, { code: 'invalid_type', expected: 'int', format: 'safeint', input: n, continue: false }, check.m));
        return;
      }
      if (!Number.isSafeInteger(n)) {
        const limit = n > 0
          ? { code: 'too_big' as const, maximum: Number.MAX_SAFE_INTEGER }
          : { code: 'too_small' as const, minimum: Number.MIN_SAFE_INTEGER };
        issues.push(issue(path, { ...limit, note: 'Integers must be within the safe integer range.', origin: 'int', inclusive: true, input: n, continue: true }, check.m));
      }
      return;
    }
    default: {
      const n = value as number;
      const inclusive = check.k === 'gte' || check.k === 'lte';
      if (check.k === 'gte' || check.k === 'gt') {
        if (inclusive ? n >= check.v : n > check.v) return;
        issues.push(issue(path, { code: 'too_small', origin: NUMBER_ORIGIN, minimum: check.v, inclusive, input: n, continue: true }, check.m));
      } else {
        if (inclusive ? n <= check.v : n < check.v) return;
        issues.push(issue(path, { code: 'too_big', origin: NUMBER_ORIGIN, maximum: check.v, inclusive, input: n, continue: true }, check.m));
      }
    }
  }
}

/** Whether `check` certainly passes on `value` (false when unsure: runCheck then decides). */
export function certainlyPasses(check: ShapeCheck, value: unknown): boolean {
  switch (check.k) {
    case 'maxLength': // code points never outnumber code units
      return typeof value === 'string' && (value.length <= check.v || codePointLength(value) <= check.v);
    case 'minLength': // a code point takes at most two code units
      return typeof value === 'string' && (value.length >= check.v * 2 || codePointLength(value) >= check.v);
    case 'regex': {
      const re = regexOf(check);
      re.lastIndex = 0;
      return typeof value === 'string' && re.test(value);
    }
    case 'int':
      return Number.isSafeInteger(value);
    case 'gte':
      return typeof value === 'number' && value >= check.v;
    case 'gt':
      return typeof value === 'number' && value > check.v;
    case 'lte':
      return typeof value === 'number' && value <= check.v;
    case 'lt':
      return typeof value === 'number' && value < check.v;
  }
}
