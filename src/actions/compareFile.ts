/**
 * Reading the design to compare with from a file (JSON or Salesforce Flow XML), with the import's
 * checks but without opening it: the open design stays as it is. Never throws.
 */
import { fileTextOrThrow } from '../io/readFileText';
import type { Orchestration, Problem } from '../model/types';
import { isXmlFile, readFlowXml } from './xmlFiles';

/** Files up to this size are read (as for Import). */
export const MAX_COMPARE_BYTES = 20 * 1024 * 1024;

export type ComparedFile = { ok: true; doc: Orchestration } | { ok: false; problems: Problem[] };

export async function readComparedFile(file: File): Promise<ComparedFile> {
  if (file.size > MAX_COMPARE_BYTES) {
    return { ok: false, problems: [{ path: '', message: `the file is ${(file.size / 1e6).toFixed(1)} MB; files up to 20 MB can be compared`, severity: 'error' }] };
  }
  try {
    const text = await fileTextOrThrow(file);
    if (isXmlFile(file.name)) {
      const read = await readFlowXml(file.name, text);
      return read.doc ? { ok: true, doc: read.doc } : { ok: false, problems: read.problems };
    }
    const { readOrchestration } = await import('./readOrchestration');
    const read = readOrchestration(text);
    return read.ok ? { ok: true, doc: read.doc } : { ok: false, problems: read.problems };
  } catch (e) {
    return { ok: false, problems: [{ path: '', message: `cannot read ${file.name}: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }] };
  }
}
