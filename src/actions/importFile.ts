/**
 * Import of a file chosen in the picker or dropped on the page: JSON or Salesforce Flow XML, with
 * loadDocument semantics (a failed import never touches the open design) and a report of problems.
 */
import { readFileText } from '../io/readFileText';
import type { AppStore } from '../store/appStore';
import type { LoadResult } from './documentIo';
import { isXmlFile, readFlowXml } from './xmlFiles';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export async function importFile(store: AppStore, file: File): Promise<void> {
  const { setImportReport, notify } = store.getState();
  if (file.size > MAX_IMPORT_BYTES) {
    setImportReport({ fileName: file.name, ok: false, problems: [{ path: '', message: `the file is ${(file.size / 1e6).toFixed(1)} MB; files up to 20 MB can be imported`, severity: 'error' }] });
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
  if (isXmlFile(file.name)) {
    const read = await readFlowXml(file.name, text);
    result = read.doc ? loadDocument(store, read.doc) : { ok: false, problems: read.problems };
    if (read.doc) result = { ...result, problems: [...read.problems, ...result.problems] };
  } else {
    // read and validated in a worker: a big file never freezes the page (readOffThread.ts)
    const { readOffThread } = await import('./readOffThread');
    result = openRead(store, await readOffThread(text));
  }
  if (!result.ok || result.problems.length) setImportReport({ fileName: file.name, ...result });
  else notify('info', `Imported ${file.name}.`);
}
