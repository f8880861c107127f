/**
 * The orchestration of a suite, from its source. Files go through loadDesign (JSON or Flow XML).
 * SFDX project folders are read by src/io/project once it lands: wire its loader into
 * `loadProjectDesign` (the manifest and discovery already produce project sources).
 */
import type { Orchestration } from '../../model/types';
import type { CliIo } from '../cliIo';
import type { DesignSource } from '../discovery/suite';
import { loadDesign, type Loaded } from '../loadFiles';

async function loadProjectDesign(io: CliIo, source: Extract<DesignSource, { kind: 'project' }>): Promise<Loaded<Orchestration> | null> {
  io.stderr(`${source.folder}: reading orchestration ${source.orchestration} from an SFDX project folder is not available in this version; convert it first (stageflow convert) or point the manifest at its .flow-meta.xml\n`);
  return null;
}

/** The design of `source`, validated; null after printing why it cannot be used. */
export function loadSuiteDesign(io: CliIo, source: DesignSource): Promise<Loaded<Orchestration> | null> {
  return source.kind === 'file' ? loadDesign(io, source.file) : loadProjectDesign(io, source);
}
