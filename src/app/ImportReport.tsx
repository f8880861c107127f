/**
 * The report after an import: what was wrong (refused) or what to look at (warnings). Parts of a
 * Flow XML file the design has no place for (`<status>`, `<locationX>` of `<start>`, a decision's
 * `<defaultConnectorLabel>`…) are not warnings: nothing is wrong and nothing is lost, since they are
 * kept as written and saved back unchanged. Every real orchestration has some, so they are listed
 * apart, folded, and not counted as warnings.
 */
import { useCallback } from 'react';
import { KEPT_VERBATIM } from '../io/xml/keptVerbatim';
import type { Orchestration, Problem } from '../model/types';
import { problemInWords } from '../model/problemPlace';
import { causeError, consequenceInWords, inCauseOrder } from '../model/problemCauses';
import { useAppStore } from '../store/appStore';
import { useDialog } from '../ui/useDialog';

export function ImportReport() {
  const report = useAppStore((s) => s.importReport);
  // an import that opened: its problems are placed in the design, in the editor's words (the path stays beside, for the file)
  const doc = useAppStore((s) => (s.importReport?.ok ? s.doc : null));
  const close = useCallback(() => useAppStore.getState().setImportReport(null), []);
  const ref = useDialog(report !== null, close);
  const problems = report?.problems ?? [];
  const kept = problems.filter(isKeptAsWritten);
  const warnings = problems.filter((p) => !isKeptAsWritten(p));
  return (
    <dialog ref={ref} aria-labelledby="import-title" className="m-auto bg-white text-ink-800 max-w-2xl rounded-lg p-0 shadow-xl backdrop:bg-scrim">
      {report && (
        <div className="p-5 text-sm">
          <h2 id="import-title" className="mb-2 text-lg font-semibold text-ink-800">
            {report.ok ? `Imported ${report.fileName}` : `${report.fileName} was not imported`}
          </h2>
          <p className="mb-2 text-ink-600">
            {report.ok ? openedWith(warnings) : 'The open design is unchanged. Fix these problems and import again:'}
          </p>
          {warnings.length > 0 && <ProblemList problems={warnings} doc={doc} label={report.ok ? 'What to fix or check' : 'Problems to fix'} />}
          {kept.length > 0 && (
            <details className="mt-2 text-ink-600">
              <summary className="cursor-pointer rounded focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">Kept as written ({kept.length})</summary>
              <p className="mt-1">Parts of the file the design has no place for. They are kept as they are and written back unchanged when the design is exported or saved.</p>
              <ProblemList problems={kept.map(keptPart)} doc={doc} withPath={false} label="Parts kept as written" />
            </details>
          )}
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

/** "It opened with 3 warnings." — and first the errors a design read from a project may open with, which block a run. */
function openedWith(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  // only parts kept as written (or nothing): "0 warnings" read like a count still to be made
  if (errors === 0 && warnings === 0) return 'It opened with nothing to fix or check.';
  const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    ...(errors > 0 ? [counted(errors, 'problem to fix before it can run', 'problems to fix before it can run')] : []),
    ...(warnings > 0 ? [counted(warnings, 'warning', 'warnings')] : []),
  ];
  return `It opened with ${parts.join(' and ')}.`;
}

/** A part of the file kept verbatim (importContext.ts): a note, not something to fix. */
function isKeptAsWritten(problem: Problem): boolean {
  return problem.severity !== 'error' && problem.message.includes(KEPT_VERBATIM);
}

/**
 * A kept part as the list under "Kept as written" names it: what was kept, where ("The orchestration:
 * <status>"). The heading says the rest; each line said it again in the reader's words ("has no place
 * in the model; kept verbatim in extensions (extensions)") with its path in the JSON, which an admin
 * reading the report of their project has no use for.
 */
function keptPart(problem: Problem): Problem {
  const at = problem.message.indexOf(KEPT_VERBATIM);
  return at < 0 ? problem : { ...problem, message: problem.message.slice(0, at).trim() };
}

/**
 * Problems placed in the design in the editor's words when it opened (the path beside, for the file),
 * else by path. Errors first, then the warnings that only follow from one of them, said to (as
 * `stageflow validate` prints them, model/problemCauses.ts), then the other warnings.
 */
function ProblemList({ problems, doc, label, withPath = true }: { problems: readonly Problem[]; doc: Orchestration | null; label: string; withPath?: boolean }) {
  const ownFile = useAppStore((s) => s.projectFile?.path);
  // a project's lines are "<file>:line:col path": the errors by their design path, which a warning's cause names
  const errors = problems.filter((p) => p.severity === 'error').map((p) => ({ ...p, path: inDesign(p.path, ownFile) ?? p.path }));
  // a consequence names its error after its place, and its message is read after the place as any other's
  const inWords = (d: Orchestration, p: Problem, path: string) => {
    const cause = causeError(errors, p);
    return cause ? consequenceInWords(d, { path, message: p.message }, cause) : problemInWords(d, { path, message: p.message });
  };
  return (
    // a long list scrolls inside the dialog: it takes focus (and a name) so the keyboard can scroll it
    // too (axe: scrollable-region-focusable; a hostile project's report lists every refused file)
    <ul tabIndex={0} aria-label={label} className="max-h-80 list-disc overflow-auto rounded pl-5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
      {inCauseOrder(problems, errors).map((p, i) => (
        <li key={i} className={p.severity === 'error' ? 'text-status-error' : 'text-ink-800'}>
          {doc && p.path && inDesign(p.path, ownFile) !== null ? (
            <>
              {inWords(doc, p, inDesign(p.path, ownFile)!)}
              {withPath && <>{' '}<code className="text-xs text-ink-600">{p.path}</code></>}
            </>
          ) : (
            <><code>{p.path || 'document'}</code>: {p.message}</>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The design path of a report line's path, to place it in the design: a project's lines are
 * "<file>[:line:col] [path]" (project/projectSession.ts reportProblem). A line of another file (a
 * flow that could not be read, a scenario file) is placed at that file, null here: it read "The
 * orchestration: not read: …" of a file that was not the orchestration's; a line of the
 * orchestration's own file is placed by the path after it, which the file before it hid.
 */
function inDesign(path: string, ownFile: string | undefined): string | null {
  // the orchestration's own file (its folders may hold spaces)
  if (ownFile && (path === ownFile || path.startsWith(`${ownFile}:`) || path.startsWith(`${ownFile} `))) return path.slice(ownFile.length).replace(/^(:\d+:\d+)?\s?/, '');
  const space = path.indexOf(' ');
  const first = space < 0 ? path : path.slice(0, space);
  // a design path, as a JSON or XML file's report has ("stages[0].steps[2].flow" ends as a .flow file's name does)
  if (!/[/\\]|\.(xml|json)(:\d+:\d+)?$|\.flow:\d+:\d+$/i.test(first)) return path;
  return null;
}
