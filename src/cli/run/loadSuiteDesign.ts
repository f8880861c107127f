/**
 * The orchestration of a suite, from its source: files go through loadDesign (JSON or Flow XML,
 * a `.flow-meta.xml` with the flows of its folder); a manifest's `{ project, orchestration }` is
 * opened from the SFDX project folder (or `.zip`) with the flows it calls.
 */
import type { Orchestration } from '../../model/types';
import type { CliIo } from '../cliIo';
import type { DesignSource } from '../discovery/suite';
import { loadDesign, type Loaded } from '../loadFiles';

/** The design of `source`, validated; null after printing why it cannot be used. */
export function loadSuiteDesign(io: CliIo, source: DesignSource): Promise<Loaded<Orchestration> | null> {
  return source.kind === 'file' ? loadDesign(io, source.file) : loadDesign(io, source.folder, { orchestration: source.orchestration });
}
