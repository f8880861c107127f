/** The keyboard shortcuts dialog, opened with `?` (Esc closes). */
import { useCallback, useEffect, useRef } from 'react';
import { useDialog } from '../ui/useDialog';
import { helpSections } from '../actions/helpList';
import { useAppStore } from '../store/appStore';
import { CanvasMarksLegend } from './CanvasMarksLegend';

/** Written once, from the action registry (and the gestures it lists), by where the keys work. */
const SECTIONS = helpSections();

export function HelpDialog() {
  const open = useAppStore((s) => s.dialog === 'help');
  const onClose = useCallback(() => useAppStore.getState().setDialog(null), []);
  const ref = useDialog(open, onClose);
  // The dialog's first control is a link at the end of a long list: focused, it scrolled the list to
  // its end. The heading takes focus instead, so the list opens at its top (Tab reaches the links).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="help-title" className="m-auto bg-white text-ink-800 max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-scrim">
      <div className="p-5">
        <h2 id="help-title" ref={heading} tabIndex={-1} className="mb-3 text-lg font-semibold text-ink-800 focus:outline-none">Keyboard shortcuts</h2>
        {SECTIONS.map(({ title, rows }) => (
          // fixed columns, the same in every section, so the keys line up from one table to the next
          <table key={title} className="mb-3 w-full table-fixed text-sm">
            <caption className="pb-1 text-left text-xs font-semibold uppercase tracking-wide text-ink-600">{title}</caption>
            <colgroup><col className="w-[62%]" /><col /></colgroup>
            <thead className="sr-only">
              <tr><th scope="col">Action</th><th scope="col">Keys</th></tr>
            </thead>
            <tbody>
              {rows.map(({ what, keys }) => (
                <tr key={what} className="border-t border-ink-400/20">
                  <th scope="row" className="py-1.5 pr-4 text-left font-normal text-ink-600">{what}</th>
                  <td className="py-1.5 font-mono text-xs text-ink-800">{keys}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <CanvasMarksLegend />
        <p className="mt-4 text-sm text-ink-600">
          File formats: JSON Schemas of the{' '}
          <a className="text-brand-700 underline" href="/schema/orchestration.schema.json" target="_blank" rel="noreferrer">orchestration</a>,{' '}
          <a className="text-brand-700 underline" href="/schema/scenario.schema.json" target="_blank" rel="noreferrer">scenario</a> and{' '}
          <a className="text-brand-700 underline" href="/schema/trace.schema.json" target="_blank" rel="noreferrer">trace</a> documents.
        </p>
        {/* kept in view at the dialog's foot while the long list scrolls: it was below the fold at 1280×800 */}
        <form method="dialog" className="sticky bottom-0 -mx-5 -mb-5 mt-4 border-t border-ink-400/30 bg-white px-5 py-3 text-right">
          <button className="rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2">
            Close
          </button>
        </form>
      </div>
    </dialog>
  );
}
