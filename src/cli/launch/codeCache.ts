/**
 * The built `stageflow` executable's own module loader, with a V8 code cache: Node 20 compiles a
 * module from its source on every start (Node 22's compile cache is not there yet), and compiling
 * the ~100 KB that `stageflow validate` runs is a large part of its start-up. The build
 * (vite.cli.config.ts) compiles each built CommonJS module once and writes V8's compiled code
 * beside it (`<file>.cache`); the launcher (src/cli/launcher.ts) loads the modules through
 * `loadModule`, which hands that cache to V8 when it belongs to the module's current text.
 *
 * The build then runs a few commands with STAGEFLOW_WRITE_CODE_CACHE=1, and the launcher rewrites
 * each loaded module's cache at exit (`writeCodeCaches`): the functions those commands ran are then
 * compiled in the cache too, not only the modules' top level. This is what Node 22's compile cache
 * does on a user's first run; here it happens once, at build time, so every run starts warm.
 *
 * Safety: a cache file holds a copy of the source it was made from and is used only when that
 * copy equals the file's text byte for byte (V8 itself checks only the length); V8 refuses a
 * cache from another Node version or other flags. A missing, stale, damaged or refused cache only
 * costs the compile: the module then runs from its source, exactly as without a cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The suffix of a module's cache file: `chunks/validate-XXXX.js` → `chunks/validate-XXXX.js.cache`. */
export const CODE_CACHE_SUFFIX = '.cache';

/** The first bytes of a cache file (a format version: change it when the layout changes). */
const MAGIC = Buffer.from('SFCC1');
const HEADER_BYTES = MAGIC.length + 4;

/** How a module's cache served it: used, no cache file, made from another text, or refused by V8. */
export type CacheUse = 'used' | 'missing' | 'stale' | 'rejected';

/**
 * The module's text as a function of what Node gives a CommonJS module. A line starting with `#!`
 * becomes a comment of the same length, as Node does for the script it starts.
 */
export function wrapCommonJs(source: string): string {
  const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
  return `(function (exports, require, module, __filename, __dirname) {${body}\n})`;
}

/** The content of a cache file: the magic bytes, the source's length, the source, V8's data. */
export function packCodeCache(source: Buffer, v8Data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length);
  return Buffer.concat([MAGIC, length, source, v8Data]);
}

/** V8's data in `cacheFile` when the file was made from exactly `source`; otherwise undefined. */
export function unpackCodeCache(cacheFile: Buffer, source: Buffer): Buffer | undefined {
  if (cacheFile.length < HEADER_BYTES || !cacheFile.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = cacheFile.readUInt32LE(MAGIC.length);
  const end = HEADER_BYTES + length;
  if (length !== source.length || cacheFile.length <= end || !cacheFile.subarray(HEADER_BYTES, end).equals(source)) return undefined;
  return cacheFile.subarray(end);
}

/** The cache file's content for the built module `source` (used by the build). */
export function createCodeCache(source: Buffer, filename: string): Buffer {
  const script = new Script(wrapCommonJs(source.toString('utf8')), { filename });
  return packCodeCache(source, script.createCachedData());
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file + CODE_CACHE_SUFFIX);
  } catch {
    return undefined;
  }
}

interface LoadedModule { exports: unknown }

/** Loads built CommonJS modules (a relative `require` loads a sibling module the same way). */
export interface ModuleLoader {
  /** The exports of the module at the absolute path `file`, run once (later calls return the same). */
  load(file: string): unknown;
  /** How each module loaded so far used its cache (for tests and `STAGEFLOW_DEBUG_CODE_CACHE`). */
  readonly cacheUse: ReadonlyMap<string, CacheUse>;
  /** Writes each loaded module's cache with all its functions compiled so far (the build's training runs). */
  writeCodeCaches(): void;
}

/**
 * A loader for the built modules. A `require` of a path starting with `.` loads that module
 * through this loader; any other name (Node's own modules — the build bundles every dependency)
 * goes to Node's `require`.
 */
export function createModuleLoader(): ModuleLoader {
  const modules = new Map<string, LoadedModule>();
  const cacheUse = new Map<string, CacheUse>();
  const compiled = new Map<string, { source: Buffer; script: Script }>();
  let nodeRequire: NodeJS.Require | undefined;

  function load(file: string): unknown {
    const known = modules.get(file);
    if (known) return known.exports;
    const source = readFileSync(file);
    const cacheFile = readCache(file);
    const cachedData = cacheFile && unpackCodeCache(cacheFile, source);
    const script = new Script(wrapCommonJs(source.toString('utf8')), { filename: file, cachedData });
    cacheUse.set(file, !cacheFile ? 'missing' : !cachedData ? 'stale' : script.cachedDataRejected === true ? 'rejected' : 'used');
    compiled.set(file, { source, script });
    const module: LoadedModule = { exports: {} };
    // registered before it runs, so that a cycle gets the exports filled so far, as in Node
    modules.set(file, module);
    const dir = dirname(file);
    const requireFrom = (id: string): unknown => {
      if (id.startsWith('.')) return load(join(dir, id));
      nodeRequire ??= createRequire(file);
      return nodeRequire(id);
    };
    const run = script.runInThisContext() as (exports: unknown, require: (id: string) => unknown, module: LoadedModule, filename: string, dirname: string) => void;
    run(module.exports, requireFrom, module, file, dir);
    return module.exports;
  }

  function writeCodeCaches(): void {
    for (const [file, { source, script }] of compiled) writeFileSync(file + CODE_CACHE_SUFFIX, packCodeCache(source, script.createCachedData()));
  }

  return { load, cacheUse, writeCodeCaches };
}
