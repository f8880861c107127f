/**
 * What a command reads, read once: a cache by the `io` the command reads with (its run) and a key
 * (a path). `validate` given every file of a flows folder, or `test` finding eleven orchestrations
 * in one project, reads the folder or project once.
 */
import type { CliIo } from './cliIo';

/** A reader that keeps each promise `read` gives, by `io` and `key`, for as long as `io` lives. */
export function readOnce<T>(): (io: CliIo, key: string, read: () => Promise<T>) => Promise<T> {
  const byIo = new WeakMap<CliIo, Map<string, Promise<T>>>();
  return (io, key, read) => {
    let cache = byIo.get(io);
    if (!cache) byIo.set(io, (cache = new Map()));
    let found = cache.get(key);
    if (!found) cache.set(key, (found = read()));
    return found;
  };
}
