/**
 * Runs every scenario of the design and reports pass/fail per expectation. The report's live region
 * is on the page before it is filled, so a screen reader says the result (one inserted already
 * filled was not read out), and the result is scrolled into view: the button sits at the foot of a
 * long dialog, and its report appeared below the fold, so a press seemed to do nothing.
 */
import { useEffect, useRef, useState } from 'react';
import type { Orchestration, Scenario, Trace } from '../../model/types';
import { scenarioProblemInWords } from '../../model/scenarioPlace';
import { validateScenario } from '../../model/validateScenario';
import { scenarioShownName } from '../../model/scenarioShownName';
import { checkExpectations, type ExpectationResult } from '../../player/expectations';
import { failuresOf } from '../../verify/expectations/runChecks';
import { useAppStore } from '../../store/appStore';
import { STATUS_LABEL } from '../../ui/statusStyles';
import { button } from './fieldStyles';
import { runAllSummary, type RunAllSummary } from './runAllSummary';
import { resultInWords } from './expectationWords';

interface Row { name: string; results: ExpectationResult[]; error?: string; status?: string; runStatus?: string; stalled?: boolean; why?: string | null }

const TONE: Record<RunAllSummary['tone'], string> = { passed: 'text-status-completed', warning: 'text-amber-900', failed: 'text-status-error', neutral: 'text-ink-800' };

/**
 * Why a stalled run's steps never start, in the engine's words (R17's `why` of each step still Not
 * started), as the run banner says it: "run this scenario to see why" sent the admin to run it again.
 * The first three steps, then how many more.
 */
function stallOf(trace: Trace): string | null {
  const waiting = Object.entries(trace.steps).filter(([, s]) => s.status === 'NotStarted' && s.why).map(([name, s]) => `step ${name}: ${s.why}`);
  if (waiting.length === 0) return null;
  return `${waiting.slice(0, 3).join('; ')}${waiting.length > 3 ? `; and ${waiting.length - 3} more` : ''}`;
}

export function RunAllReport({ doc, scenarios }: { doc: Orchestration; scenarios: readonly Scenario[] }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  // what the report was computed from: an edit after it leaves it showing results of scenarios
  // that are no longer those (a walkthrough added the Owner and read the old Error as current)
  const [ranOn, setRanOn] = useState<{ doc: Orchestration; scenarios: readonly Scenario[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const report = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rows) report.current?.scrollIntoView?.({ block: 'nearest' });
  }, [rows]);
  const runAll = async () => {
    setBusy(true);
    const out: Row[] = [];
    for (const [i, s] of scenarios.entries()) {
      const name = scenarioShownName(s, i);
      // a scenario with errors is not run, as `stageflow test` does not run it: it could pass by accident
      const errors = validateScenario(s, doc).filter((p) => p.severity === 'error');
      if (errors.length > 0) {
        out.push({ name, results: [], error: errors.map((p) => scenarioProblemInWords(doc, p)).join('; ') });
        continue;
      }
      try {
        // the whole run, not its trace alone: a value or record field expectation reads the final
        // values, a step of a stage that never started its stage, as `stageflow test` checks them
        const run = await useAppStore.getState().computeOutcome(doc, s);
        const { trace } = run;
        const results = checkExpectations(s.expectations ?? [], run);
        // a run that ended in Error with nothing expected of it says which steps failed, as
        // `stageflow test` does: "(Error)" alone left the admin to run the scenario again to learn why
        const why = results.length === 0 ? (trace.run.status === 'Error' ? failuresOf(trace) : trace.run.stalled ? stallOf(trace) : null) : null;
        // in the run view's words: "InProgress" read as a typo
        out.push({ name, results, status: `${STATUS_LABEL[trace.run.status]}${trace.run.stalled ? ', stalled' : ''}`, runStatus: trace.run.status, stalled: trace.run.stalled, why });
      } catch (e) {
        out.push({ name, results: [], error: e instanceof Error ? e.message : String(e) });
      }
    }
    setRows(out);
    setRanOn({ doc, scenarios });
    setBusy(false);
  };
  const summary = rows ? runAllSummary(rows) : null;
  const stale = ranOn !== null && (ranOn.doc !== doc || ranOn.scenarios !== scenarios);
  return (
    <section aria-label="Scenario test report" className="space-y-1">
      {/* aria-disabled, not disabled, while the scenarios run: a focused button that is disabled drops
          the focus to the page (Chromium), and a keyboard user pressing it was sent back to the top */}
      <button type="button" className={`${button} aria-disabled:opacity-40`} aria-disabled={busy || undefined} onClick={() => { if (!busy) void runAll(); }}>Run all scenarios</button>
      {/* outside the live region: said when read, not announced at each keystroke of an edit */}
      {stale && <p className="text-xs text-ink-600">The scenarios or the design changed since this run: run all scenarios again to check them as they are.</p>}
      <div ref={report} role="status" aria-label="Scenario test results" className="text-sm">
        {rows && summary && (<>
          <p className={`font-semibold ${TONE[summary.tone]}`}>{summary.text}</p>
          {rows.map((r) => (
            <div key={r.name}>
              <p className="font-medium">{r.name} <span className="text-xs text-ink-600">({r.error ? 'could not run' : r.status})</span></p>
              {r.error && <p className="text-xs text-status-error">{r.error}</p>}
              {r.why && <p className={`text-xs ${r.runStatus === 'Error' ? 'text-status-error' : 'text-amber-900'}`}>{`Why: ${r.why}`}</p>}
              <ul className="text-xs">
                {r.results.map((x, i) => <li key={i} className={x.pass ? 'text-status-completed' : 'text-status-error'}>{x.pass ? '✓ pass' : '✗ fail'}: {resultInWords(x, doc)}</li>)}
                {r.results.length === 0 && !r.error && (r.stalled && r.runStatus !== 'Error'
                  // a stall is something to look at (R16): said in the summary's warning style, with where to look
                  ? <li className="text-amber-900">No expectations, and the run stalled.</li>
                  : <li className="text-ink-600">No expectations.</li>)}
              </ul>
            </div>
          ))}
        </>)}
      </div>
    </section>
  );
}
