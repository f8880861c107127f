/**
 * "Compare with…": the open design (or the run's design) against a saved version or a file, run
 * under every scenario of the design (createVerifySlice → src/verify/diff, as `stageflow diff`).
 * Per scenario: the behaviour changes side by side and both runs on one timeline.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { buttonClass } from '../../ui/fields/styles';
import { firstControl } from '../../ui/dialogFocus';
import { useModalDialog } from '../../ui/useModalDialog';
import { ChangeTable } from './ChangeTable';
import { CompareSource } from './CompareSource';
import { CompareTimeline } from './CompareTimeline';
import type { ComparisonState } from '../../store/createVerifySlice';

function CompareResult({ comparison }: { comparison: ComparisonState }) {
  const [index, setIndex] = useState(0);
  if (comparison.phase === 'computing') return <p role="status" className="text-sm">Running both versions under every scenario…</p>;
  const result = comparison.results[index] ?? comparison.results[0];
  if (!result) return <p className="text-sm">This design has no scenarios to run.</p>;
  const changed = new Set(result.changes.flatMap((c) => (c.element ? [c.element] : [])));
  const differing = comparison.results.filter((r) => r.changes.length > 0).length;
  return (
    <div className="space-y-3">
      <p role="status" className="text-sm">
        {comparison.results.length} scenario{comparison.results.length === 1 ? '' : 's'}: {differing} with changed behaviour, {comparison.results.length - differing} the same.
      </p>
      <label className="flex items-center gap-2 text-sm">
        Scenario
        <select aria-label="Compared scenario" className="rounded border border-ink-400/40 px-1 py-0.5" value={index} onChange={(e) => setIndex(Number(e.target.value))}>
          {comparison.results.map((r, i) => (
            <option key={i} value={i}>{r.scenario} — {r.error ? 'could not run' : r.changes.length === 0 ? 'same' : `${r.changes.length} change${r.changes.length === 1 ? '' : 's'}`}</option>
          ))}
        </select>
      </label>
      {result.error ? (
        <p role="alert" className="text-sm text-status-error">Scenario “{result.scenario}” could not run on both versions: {result.error}</p>
      ) : (
        <>
          <ChangeTable changes={result.changes} against={comparison.against} />
          {result.oldTrace && result.newTrace && <CompareTimeline oldTrace={result.oldTrace} newTrace={result.newTrace} against={comparison.against} changed={changed} />}
        </>
      )}
    </div>
  );
}

export function CompareDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog();
  const comparison = useAppStore((s) => s.comparison);
  const close = () => { useAppStore.getState().closeComparison(); onClose(); };
  // the button that chose the version (or Choose another) is gone with its list: the heading,
  // which says what is compared now, takes focus rather than <body>
  const heading = useRef<HTMLHeadingElement>(null);
  const showing = comparison?.against ?? null;
  // showModal focuses the first element that can take focus, which is that heading (tabindex -1):
  // the first control takes it instead, as in the other dialogs (after useModalDialog's showModal)
  useEffect(() => {
    if (dialog.current) firstControl(dialog.current)?.focus();
  }, [dialog]);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) heading.current?.focus();
  }, [showing]);
  return (
    <dialog ref={dialog} aria-label="Compare with another version" onClose={close} className="m-auto bg-white text-ink-800 w-[48rem] max-w-[95vw] rounded-lg p-4 shadow-xl backdrop:bg-scrim">
      <div className="mb-3 flex items-center gap-2">
        <h2 ref={heading} tabIndex={-1} className="flex-1 text-lg font-semibold text-ink-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
          {comparison ? `This design compared with ${comparison.against}` : 'Compare with…'}
        </h2>
        {comparison && <button type="button" className={buttonClass} onClick={() => useAppStore.getState().closeComparison()}>Choose another</button>}
        <button type="button" className={buttonClass} onClick={() => dialog.current?.close()}>Close</button>
      </div>
      {comparison ? (
        <CompareResult key={`${comparison.against}`} comparison={comparison} />
      ) : (
        <CompareSource onChosen={(doc, against) => void useAppStore.getState().compareWith(doc, against)} />
      )}
    </dialog>
  );
}
