/** The report after an import: what was wrong (refused) or what to look at (warnings). */
import { useCallback } from 'react';
import { problemInWords } from '../model/problemPlace';
import { useAppStore } from '../store/appStore';
import { useDialog } from '../ui/useDialog';

export function ImportReport() {
  const report = useAppStore((s) => s.importReport);
  // an import that opened: its problems are placed in the design, in the editor's words (the path stays beside, for the file)
  const doc = useAppStore((s) => (s.importReport?.ok ? s.doc : null));
  const close = useCallback(() => useAppStore.getState().setImportReport(null), []);
  const ref = useDialog(report !== null, close);
  return (
    <dialog ref={ref} aria-labelledby="import-title" className="m-auto max-w-2xl rounded-lg p-0 shadow-xl backdrop:bg-ink-800/40">
      {report && (
        <div className="p-5 text-sm">
          <h2 id="import-title" className="mb-2 text-lg font-semibold text-ink-800">
            {report.ok ? `Imported ${report.fileName}` : `${report.fileName} was not imported`}
          </h2>
          <p className="mb-2 text-ink-600">
            {report.ok ? `It opened with ${report.problems.length} warning${report.problems.length === 1 ? '' : 's'}.` : 'The open design is unchanged. Fix these problems and import again:'}
          </p>
          <ul className="max-h-80 list-disc overflow-auto pl-5">
            {report.problems.map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'text-status-error' : 'text-ink-800'}>
                {doc && p.path ? (
                  <>
                    {problemInWords(doc, p)}{' '}
                    <code className="text-xs text-ink-600">{p.path}</code>
                  </>
                ) : (
                  <><code>{p.path || 'document'}</code>: {p.message}</>
                )}
              </li>
            ))}
          </ul>
          {/* only for a JSON file: a Flow XML file, a project or a .zip is not described by it (it stood between
              "Fix these problems" and the problems, for every import) */}
          {/\.json$/i.test(report.fileName) && (
            <p className="mt-2 text-ink-600">
              The format is described by the <a className="text-brand-700 underline" href="/schema/orchestration.schema.json" target="_blank" rel="noreferrer">orchestration JSON Schema</a>.
            </p>
          )}
          <form method="dialog" className="mt-4 text-right">
            <button data-autofocus className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2">
              Close
            </button>
          </form>
        </div>
      )}
    </dialog>
  );
}
