/** Export (download JSON) and Import (file picker, loadDocument semantics, a report of problems). */
import { useCallback, useRef, useState, type ChangeEvent } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { problemsOf } from '../store/useProblems';
import { useUiStore } from '../store/uiStore';
import { exportText, loadDocument } from './documentIo';
import type { ImportReportState } from './ImportReport';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
    download(`${doc.name}.orchestration.json`, exportText(doc));
  }, []);

  const onImportClick = useCallback(() => fileInput.current?.click(), []);

  const onFileChosen = useCallback(async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setReport({ fileName: file.name, ok: false, problems: [{ path: '', message: 'the file is larger than 20 MB', severity: 'error' }] });
      return;
    }
    const result = loadDocument(await file.text(), `Import ${file.name}`);
    if (!result.ok || result.problems.length) setReport({ fileName: file.name, ...result });
    else useUiStore.getState().notify('info', `Imported ${file.name}.`);
  }, []);

  const closeReport = useCallback(() => setReport(null), []);
  return { fileInput, report, onExport, onImportClick, onFileChosen, closeReport };
}
