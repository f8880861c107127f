/**
 * Reading the design to compare with from a file (JSON or Salesforce Flow XML), with the import's
 * checks but without opening it: the open design stays as it is. Never throws.
 */
import { fileTextOrThrow } from '../io/readFileText';
import { pastSizeLimit, sizeLimitOf } from '../io/sizeLimit';
import type { Orchestration, Problem } from '../model/types';
import { isXmlPath } from '../io/xml/xmlSizeLimit';
import { readFlowXml } from './xmlFiles';

export type ComparedFile = { ok: true; doc: Orchestration } | { ok: false; problems: Problem[] };

export async function readComparedFile(file: File): Promise<ComparedFile> {
  // refused before it is read, at the cap its reader holds it to, as Import does
  const limit = sizeLimitOf(file.name);
  if (file.size > limit) return { ok: false, problems: [{ path: '', message: pastSizeLimit(file.size, limit), severity: 'error' }] };
  try {
    const text = await fileTextOrThrow(file);
    if (isXmlPath(file.name)) {
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
