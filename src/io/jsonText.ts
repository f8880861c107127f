/**
 * Safe parsing of untrusted JSON text (imported files, pasted text, CLI arguments): a size cap,
 * a nesting cap, no `__proto__` / `constructor` / `prototype` keys anywhere, and syntax errors
 * reported at line:column. Never throws.
 */
import { childPath } from '../model/jsonPath';
import type { Problem } from '../model/types';
import { findSyntaxError, locate, offsetFromMessage } from './jsonSyntax';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Deeper documents are refused: nothing legitimate nests this deep, and recursive code downstream stays safe. */
export const MAX_DEPTH = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonTextOptions { maxBytes?: number }

/**
 * The parsed value, or one problem. Its path is `line:column` for a syntax error, the JSON path
 * of a forbidden key or of a too-deep value, and empty for a file that is too large.
 */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** UTF-8 size of `text`, computed without encoding when the length alone decides. */
function byteLength(text: string, cap: number): number {
  if (text.length > cap || text.length * 3 <= cap) return text.length;
  return new TextEncoder().encode(text).length;
}

const failure = (path: string, message: string): JsonTextResult => ({ ok: false, problem: { path, message, severity: 'error' } });

function syntaxFailure(text: string, engineMessage: string): JsonTextResult {
  const engineOffset = offsetFromMessage(engineMessage, text);
  const found = findSyntaxError(text);
  const offset = engineOffset ?? found?.offset ?? 0;
  const { line, column } = locate(text, offset);
  const engineReason = engineMessage.replace(/\s*(in JSON )?at position \d+.*$/is, '').replace(/, ".*" is not valid JSON$/s, '');
  const reason = found && (engineOffset === null || found.offset === engineOffset) ? found.reason : engineReason;
  return failure(`${line}:${column}`, `not valid JSON: ${reason}`);
}

/** The path of the first forbidden key or too-deep value, walking iteratively. */
function unsafePart(value: unknown): { path: string; message: string } | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= MAX_DEPTH) return { path: item.path, message: `values are nested more than ${MAX_DEPTH} levels deep` };
    if (Array.isArray(item.value)) {
      for (let i = item.value.length - 1; i >= 0; i--) stack.push({ value: item.value[i], path: childPath(item.path, i), depth: item.depth + 1 });
      continue;
    }
    const keys = Object.keys(item.value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const path = childPath(item.path, key);
      if (FORBIDDEN_KEYS.has(key)) return { path, message: `the key "${key}" is not allowed in an imported file` };
      stack.push({ value: (item.value as Record<string, unknown>)[key], path, depth: item.depth + 1 });
    }
  }
  return null;
}

/** Parses untrusted JSON text. Never throws. */
export function parseJsonText(text: string, options: JsonTextOptions = {}): JsonTextResult {
  const cap = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = byteLength(text, cap);
  if (size > cap) return failure('', `the file is ${formatSize(size)}, more than the ${formatSize(cap)} limit`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return syntaxFailure(body, e instanceof Error ? e.message : String(e));
  }
  const unsafe = unsafePart(value);
  return unsafe ? failure(unsafe.path, unsafe.message) : { ok: true, value };
}
