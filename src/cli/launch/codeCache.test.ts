import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CODE_CACHE_SUFFIX, createCodeCache, createModuleLoader, packCodeCache, unpackCodeCache, wrapCommonJs } from './codeCache';

let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stageflow-code-cache-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

/** Writes a module and, unless told not to, its cache made from that same text. */
function writeModule(name: string, source: string, withCache = true): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  if (withCache) writeFileSync(file + CODE_CACHE_SUFFIX, createCodeCache(readFileSync(file), file));
  return file;
}

describe('the code cache file', () => {
  it('gives back V8\'s data for the exact source it was made from', () => {
    // given
    const source = Buffer.from('exports.a = 1;');
    const packed = packCodeCache(source, Buffer.from([1, 2, 3]));
    // when / then
    expect(unpackCodeCache(packed, source)).toEqual(Buffer.from([1, 2, 3]));
  });

  it('gives nothing for a source of the same length but other text (V8 would only compare lengths)', () => {
    const packed = packCodeCache(Buffer.from('exports.a = 1;'), Buffer.from([1, 2, 3]));
    expect(unpackCodeCache(packed, Buffer.from('exports.a = 2;'))).toBeUndefined();
  });

  it('gives nothing for a file without the magic bytes, a truncated file or one without V8 data', () => {
    const source = Buffer.from('exports.a = 1;');
    expect(unpackCodeCache(Buffer.from('not a cache at all, just text'), source)).toBeUndefined();
    expect(unpackCodeCache(packCodeCache(source, Buffer.from([1])).subarray(0, 12), source)).toBeUndefined();
    expect(unpackCodeCache(packCodeCache(source, Buffer.alloc(0)), source)).toBeUndefined();
  });

  it('wraps a module as Node does, turning a #! line into a comment', () => {
    expect(wrapCommonJs('#!/usr/bin/env node\nx')).toBe('(function (exports, require, module, __filename, __dirname) {///usr/bin/env node\nx\n})');
  });
});

describe('createModuleLoader', () => {
  it('runs a module from its cache when the cache was made from its text', () => {
    // given
    const file = writeModule('a.js', 'exports.answer = 6 * 7; exports.file = __filename;');
    const loader = createModuleLoader();
    // when
    const exports = loader.load(file);
    // then
    expect(exports).toEqual({ answer: 42, file });
    expect(loader.cacheUse.get(file)).toBe('used');
  });

  it('runs the current text when the cache was made from an older one (a stale cache is ignored)', () => {
    // given: the cache of `answer = 1`, then the file rewritten with the same length
    const file = writeModule('a.js', 'exports.answer = 1;');
    writeFileSync(file, 'exports.answer = 2;');
    const loader = createModuleLoader();
    // when / then
    expect(loader.load(file)).toEqual({ answer: 2 });
    expect(loader.cacheUse.get(file)).toBe('stale');
  });

  it('runs a module without a cache file', () => {
    const file = writeModule('a.js', 'module.exports = { answer: 3 };', false);
    const loader = createModuleLoader();
    expect(loader.load(file)).toEqual({ answer: 3 });
    expect(loader.cacheUse.get(file)).toBe('missing');
  });

  it('runs the source when V8 refuses the cache (damaged data)', () => {
    // given: a cache file made for this text whose V8 data is garbage
    const file = writeModule('a.js', 'exports.answer = 4;', false);
    writeFileSync(file + CODE_CACHE_SUFFIX, packCodeCache(readFileSync(file), Buffer.alloc(64, 7)));
    const loader = createModuleLoader();
    // when / then
    expect(loader.load(file)).toEqual({ answer: 4 });
    expect(loader.cacheUse.get(file)).toBe('rejected');
  });

  it('loads relative requires through itself once each, cycles included, and Node\'s modules through Node', () => {
    // given: a requires b, b requires a back (a cycle) and node:path
    const a = writeModule('a.js', 'exports.early = 1; const b = require("./b.js"); exports.fromB = b.seen; exports.join = b.join;');
    writeModule('b.js', 'const a = require("./a.js"); exports.seen = a.early; exports.join = require("node:path").join("x", "y");');
    const loader = createModuleLoader();
    // when
    const exports = loader.load(a);
    // then
    expect(exports).toEqual({ early: 1, fromB: 1, join: join('x', 'y') });
    expect(loader.load(join(dir, 'b.js'))).toEqual({ seen: 1, join: join('x', 'y') });
    expect([...loader.cacheUse.values()]).toEqual(['used', 'used']);
  });

  it('rewrites the caches of the modules it loaded with the functions run so far (the build\'s training runs)', () => {
    // given: a module whose function is compiled only when called, and its top-level cache
    const file = writeModule('a.js', 'exports.sum = function (list) { let total = 0; for (const n of list) total += n * 2; return total; };');
    const topLevelOnly = readFileSync(file + CODE_CACHE_SUFFIX).length;
    const training = createModuleLoader();
    (training.load(file) as { sum(list: number[]): number }).sum([1, 2, 3]);
    // when
    training.writeCodeCaches();
    // then: the cache holds more compiled code, still for this text, and a new start uses it
    expect(readFileSync(file + CODE_CACHE_SUFFIX).length).toBeGreaterThan(topLevelOnly);
    const next = createModuleLoader();
    expect((next.load(file) as { sum(list: number[]): number }).sum([4])).toBe(8);
    expect(next.cacheUse.get(file)).toBe('used');
  });
});
