/**
 * The project archives (`.zip`) a command has read, by the `io` it reads with: an archive is read
 * and unzipped once per command. `stageflow test` finds its suites in an archive, then opens each
 * of its orchestrations from it, through `io`s derived from the command's (one that collects a
 * suite's messages, one that serves the archive's scenario files); each derived `io` shares the
 * reads of the one it was made from. On its own file, without the project reader, so that the
 * commands that derive an `io` do not load the project code.
 */
import type { CliIo } from './cliIo';

const readsByIo = new WeakMap<CliIo, Map<string, Promise<unknown>>>();

/** The archives read through `io` (or the `io` it was derived from), by path. */
export function archiveReadsOf(io: CliIo): Map<string, Promise<unknown>> {
  let reads = readsByIo.get(io);
  if (!reads) readsByIo.set(io, (reads = new Map()));
  return reads;
}

/** `derived` (an `io` made from `io`) reuses the archives `io` has read; returns `derived`. */
export function sharingArchiveReads<T extends CliIo>(io: CliIo, derived: T): T {
  readsByIo.set(derived, archiveReadsOf(io));
  return derived;
}
