/**
 * Export (download JSON or Salesforce Flow XML) and Import (file picker or a file dropped on the
 * page; JSON or XML; loadDocument semantics: a failed import never touches the open design; a
 * report of problems).
 */
import { useCallback, useRef, useState, type ChangeEvent } from 'react';
import { downloadText } from '../io/download';
import { useDocumentStore } from '../store/documentStore';
import { problemsOf } from '../store/useProblems';
import { useUiStore } from '../store/uiStore';
import { exportText, loadDocument } from './documentIo';
import { isXmlFile, readFlowXml, writeFlowXml } from './xmlFiles';
import type { ImportReportState } from './ImportReport';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;


export function useFileActions() {
  const fileInput = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ImportReportState | null>(null);

  const onExport = useCallback(() => {
    const doc = useDocumentStore.getState().doc;
    const errors = problemsOf(doc).filter((p) => p.severity === 'error');
    if (errors.length) {
      const first = errors[0]!;
      useUiStore.getState().notify('error', `Export is blocked by ${errors.length} error(s). First: ${first.path || 'document'}: ${first.message}`);
      return;
    }
    downloadText(`${doc.name}.orchestration.json`, exportText(doc));
  }, []);

  const onExportXml = useCallback(async () => {
    const doc = useDocumentStore.getState().doc;
    const errors = problemsOf(doc).filter((p) => p.severity === 'error');
    if (errors.length) {
      const first = errors[0]!;
      useUiStore.getState().notify('error', `Export is blocked by ${errors.length} error(s). First: ${first.path || 'document'}: ${first.message}`);
      return;
    }
    const { xml, warnings } = await writeFlowXml(doc);
    downloadText(`${doc.name}.flow-meta.xml`, xml, 'application/xml');
    if (warnings.length) useUiStore.getState().notify('info', `Flow XML written. Not carried by XML: ${warnings.join(' ')}`);
  }, []);

  const onImportClick = useCallback(() => fileInput.current?.click(), []);

  const importFile = useCallback(async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setReport({ fileName: file.name, ok: false, problems: [{ path: '', message: `the file is ${(file.size / 1e6).toFixed(1)} MB; files up to 20 MB can be imported`, severity: 'error' }] });
      return;
    }
    const text = await file.text();
    let result;
    if (isXmlFile(file.name)) {
      const read = await readFlowXml(file.name, text);
      result = read.doc ? loadDocument(read.doc, `Import ${file.name}`) : { ok: false, problems: read.problems };
      if (read.doc) result = { ...result, problems: [...read.problems, ...result.problems] };
    } else result = loadDocument(text, `Import ${file.name}`);
    if (!result.ok || result.problems.length) setReport({ fileName: file.name, ...result });
    else useUiStore.getState().notify('info', `Imported ${file.name}.`);
  }, []);

  const onFileChosen = useCallback(async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await importFile(file);
  }, [importFile]);

  const closeReport = useCallback(() => setReport(null), []);
  return { fileInput, report, onExport, onExportXml, onImportClick, onFileChosen, importFile, closeReport };
}
