/**
 * Where a page keeps a change not saved yet as it is hidden or left (designStorage.keepUnsaved):
 * one localStorage entry per page (`stageflow:unsaved:<page>`), written at once, since IndexedDB
 * never answers a page that is going. Each page holds a Web Lock named after it for as long as it
 * lives, so a page that starts recovers only the entries of pages that are gone: a tab that is
 * merely hidden keeps its own, and saves it itself.
 */

const PREFIX = 'stageflow:unsaved:';
const LOCK_PREFIX = 'stageflow-page:';

export interface UnsavedSlots {
  /** Writes this page's entry (throws when storage is full or blocked). */
  write(text: string): void;
  /** Clears this page's entry. */
  clear(): void;
  /** The entries of pages that are gone (their lock is free). */
  orphans(): Promise<{ key: string; text: string }[]>;
  /** Writes `text` over the orphan entry `key`, or removes it (null). */
  replace(key: string, text: string | null): void;
}

interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

function lockManager(): LockManagerLike | null {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as { locks?: LockManagerLike }).locks;
  return locks && typeof locks.request === 'function' && typeof locks.query === 'function' ? locks : null;
}

function pageId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** This page's entries in localStorage, its lock taken as it is created. */
export function localUnsavedSlots(): UnsavedSlots {
  const id = pageId();
  const own = PREFIX + id;
  // held until the page is gone: the callback's promise never settles
  void lockManager()?.request(LOCK_PREFIX + id, () => new Promise<never>(() => undefined)).catch(() => undefined);
  return {
    write: (text) => localStorage.setItem(own, text),
    clear: () => { try { localStorage.removeItem(own); } catch { /* storage blocked */ } },
    async orphans() {
      let keys: string[];
      try {
        keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => k !== null && k.startsWith(PREFIX) && k !== own);
      } catch {
        return [];
      }
      if (keys.length === 0) return [];
      const locks = lockManager();
      const held = new Set(locks ? ((await locks.query().catch(() => ({ held: [] }))).held ?? []).map((l) => l.name) : []);
      return keys
        .filter((key) => !held.has(LOCK_PREFIX + key.slice(PREFIX.length)))
        .map((key) => ({ key, text: localStorage.getItem(key) ?? '' }));
    },
    replace(key, text) {
      try {
        if (text === null) localStorage.removeItem(key);
        else localStorage.setItem(key, text);
      } catch { /* storage blocked: the entry stays as it was */ }
    },
  };
}

/** In memory, for tests: `alive` lists the pages whose lock is held. */
export function memoryUnsavedSlots(entries: Map<string, string>, page: string, alive: () => ReadonlySet<string> = () => new Set()): UnsavedSlots {
  const own = PREFIX + page;
  return {
    write: (text) => { entries.set(own, text); },
    clear: () => { entries.delete(own); },
    orphans: () => Promise.resolve([...entries].filter(([key]) => key !== own && !alive().has(key.slice(PREFIX.length))).map(([key, text]) => ({ key, text }))),
    replace: (key, text) => { if (text === null) entries.delete(key); else entries.set(key, text); },
  };
}
