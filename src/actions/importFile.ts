/**
 * Import of a file chosen in the picker or dropped on the page: JSON or Salesforce Flow XML, with
 * loadDocument semantics (a failed import never touches the open design) and a report of problems.
 */
import { readFileText } from '../io/readFileText';
import { pastSizeLimit, sizeLimitOf } from '../io/sizeLimit';
import type { AppStore } from '../store/appStore';
import type { LoadResult } from './documentIo';
import type { Project } from '../io/project/types';
import { isXmlPath } from '../io/xml/xmlSizeLimit';
import { nameFromFile, readFlowXml } from './xmlFiles';

/** The project open in the app (its name for messages), whose flows an imported orchestration calls. */
export interface OpenProjectFlows {
  project: Project;
  name: string;
}

/**
 * Imports `file`. A Flow XML orchestration imported while a project is open (`open`) has the flows
 * its steps call resolved from that project, as opening it from the project does (docs/projects.md,
 * *chosen*): an orchestration exported and imported again keeps running its flows' real elements.
 */
export async function importFile(store: AppStore, file: File, open: OpenProjectFlows | null = null): Promise<void> {
  const { setImportReport, notify } = store.getState();
  // refused before it is read, at the cap its reader holds it to and in its words (it said '21.0 MB; files up to 20 MB' in millions of bytes)
  const limit = sizeLimitOf(file.name);
  if (file.size > limit) {
    setImportReport({ fileName: file.name, ok: false, problems: [{ path: '', message: pastSizeLimit(file.size, limit), severity: 'error' }] });
    return;
  }
  const decoded = await readFileText(file);
  if (!decoded.ok) {
    setImportReport({ fileName: file.name, ok: false, problems: [{ path: '', message: decoded.message, severity: 'error' }] });
    return;
  }
  const text = decoded.text;
  const { loadDocument, openRead } = await import('./documentIo');
  let result: LoadResult;
  if (isXmlPath(file.name) && open) {
    result = await importLinked(store, file.name, text, open);
  } else if (isXmlPath(file.name)) {
    const read = await readFlowXml(file.name, text);
    result = read.doc ? loadDocument(store, read.doc) : { ok: false, problems: read.problems };
    if (read.doc) result = { ...result, problems: [...read.problems, ...result.problems] };
  } else {
    // read and validated in a worker: a big file never freezes the page (readOffThread.ts)
    const { readOffThread } = await import('./readOffThread');
    result = openRead(store, await readOffThread(text));
  }
  if (!result.ok || result.problems.length) setImportReport({ fileName: file.name, ...result });
  else if (!open || !isXmlPath(file.name)) notify('info', `Imported ${file.name}.`);
  if (result.ok && open && isXmlPath(file.name)) notify('info', `Imported ${file.name}, linked to the open project ${open.name}: its steps call the project's flows.`);
}

/** A Flow XML file read with the open project's flows (io/project/importIntoProject.ts). */
async function importLinked(store: AppStore, fileName: string, text: string, open: OpenProjectFlows): Promise<LoadResult> {
  const [{ importIntoProject }, { reportProblem }, { loadDocument }] = await Promise.all([import('../io/project/importIntoProject'), import('../io/project/reportProblem'), import('./documentIo')]);
  const imported = importIntoProject(open.project, fileName, nameFromFile(fileName), text);
  if (!imported.ok) return { ok: false, problems: imported.report.map(reportProblem) };
  const loaded = loadDocument(store, imported.doc);
  return { ...loaded, problems: [...imported.report.map(reportProblem), ...loaded.problems] };
}
