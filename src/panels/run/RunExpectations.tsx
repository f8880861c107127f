/**
 * The run's scenario expectations in the run view: each in the Scenarios dialog's words, ✓ met or
 * ✗ not met, and what the run did, as Run all scenarios says it (scenario/expectationWords.ts).
 * Pressing Run with a scenario whose expectation fails said nothing of it; only `stageflow test` or
 * Run all did. Judged on the whole run, whatever moment the Timeline shows (docs/scenarios.md,
 * *chosen*): the verdict does not change while the run plays, so it is said once per run.
 */
import { useEffect, useId, useRef } from 'react';
import { kindOf } from '../../commands/queries';
import { isBlankName } from '../../model/blankName';
import { scenarioShownName } from '../../model/scenarioShownName';
import type { Orchestration, Trace } from '../../model/types';
import type { ExpectationResult } from '../../player/expectations';
import { useAppStore } from '../../store/appStore';
import { focusNextFrame } from '../../ui/focusLater';
import { showElement } from '../../ui/showElement';
import { resultInWords } from '../scenario/expectationWords';
import { elementOf } from './checkRunExpectations';
import { ScenariosLink } from './ScenariosLink';
import { useRunExpectations } from './useRunExpectations';

/** "All 3 met." / "1 of 3 not met." — what the list says, in one line (and what is announced). */
export function expectationsSummary(results: readonly ExpectationResult[]): string {
  const failed = results.filter((r) => !r.pass).length;
  if (failed === 0) return results.length === 1 ? 'The expectation is met.' : `All ${results.length} met.`;
  return `${failed} of ${results.length} not met.`;
}

function ResultRow({ result, doc }: { result: ExpectationResult; doc: Orchestration }) {
  const id = useId();
  const element = elementOf(result.expectation);
  // only an element of the design has a node to show (an `order` of a variable names none)
  const shown = !result.pass && element !== undefined && kindOf(doc, element) !== null ? element : undefined;
  return (
    <li className={result.pass ? 'text-status-completed' : 'text-status-error'}>
      <span id={id}>{result.pass ? '✓ met' : '✗ not met'}: {resultInWords(result, doc)}</span>
      {shown !== undefined && (
        <>
          {' '}
          {/* named by what it does, the expectation as its description (docs/editor.md: no button's name holds the design's text) */}
          <button type="button" className="font-medium text-brand-700 underline" aria-describedby={id} onClick={() => showElement(shown)}>
            Show it
          </button>
        </>
      )}
    </li>
  );
}

/**
 * Runs the run's scenario as it is now (edited in Scenarios since the run), from its start, and puts
 * focus on the section's heading once its new verdict is there: the Rerun pressed is gone with the note.
 */
function rerunEdited(headingId: string): void {
  const store = useAppStore.getState();
  const scenario = store.runScenarioEdited;
  if (!scenario) return;
  const index = store.scenarios.indexOf(scenario);
  if (index >= 0) store.setActiveScenario(index);
  // the heading takes focus first, as the note goes: focus lost would be rescued to the run
  // controls (app/useFocusRescue.ts); a run computed in the worker takes the section away a while
  document.getElementById(headingId)?.focus();
  void store.showRun(store.runDoc ?? store.doc, scenario, { at: 'start' }).then(() => focusNextFrame(() => document.getElementById(headingId)));
}

/** The verdict last announced of each run (its trace): a run's object dies with it. */
const announced = new WeakMap<Trace, string>();

export function RunExpectations() {
  const run = useRunExpectations();
  const headingId = useId();
  const trace = run.state === 'checked' ? run.trace : null;
  const summary = run.state === 'checked' ? expectationsSummary(run.results) : '';
  // the live region is on the page empty, then filled once per trace (and per edit of the
  // expectations), after it is there: a region inserted already filled is not read out. Its text is
  // written here, not rendered, so that no re-render (a frame of playback, a selection) can touch it
  const announcer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = announcer.current;
    if (!region) return;
    // said once per run and verdict: the side panel hidden and shown again mounts a new region,
    // which filling would have said the same verdict again
    if (trace && announced.get(trace) === summary) return;
    if (trace) announced.set(trace, summary);
    region.textContent = trace ? `Expectations: ${summary}` : '';
  }, [trace, summary]);
  // the run's scenario by its place in the list when it has no name, as the run's Scenario box says it
  const place = useAppStore((s) => { const own = s.runScenarioEdited ?? s.baseScenario; return own ? s.scenarios.indexOf(own) : -1; });
  const name = run.state === 'none' ? '' : `Scenario “${place >= 0 ? scenarioShownName(run.scenario, place) : (run.scenario.name !== undefined && !isBlankName(run.scenario.name) ? run.scenario.name.trim() : 'Interactive run')}”`;
  return (
    <>
      <div ref={announcer} role="status" className="sr-only" data-testid="run-expectations-announcer" />
      {run.state !== 'none' && (
        <section aria-labelledby={headingId} className="space-y-1 rounded border border-ink-400/30 p-2 text-sm">
          <h3 id={headingId} tabIndex={-1} className="font-semibold">Expectations</h3>
          {run.stale && (
            <p role="note" className="rounded bg-brand-50 p-1 text-xs text-ink-800">
              {`${name} has changed since this run: the run shown used it as it was. `}
              <button type="button" className="font-medium text-brand-700 underline" onClick={() => rerunEdited(headingId)}>Rerun</button>
              {' to see it as it is now.'}
            </p>
          )}
          {run.state === 'checking' && <p className="text-xs text-ink-600">Checking…</p>}
          {run.state === 'checked' && (
            <>
              <p className="text-xs text-ink-600">{`${name}, judged on the whole run, whatever moment is shown.`}</p>
              <p className={`font-medium ${run.results.every((r) => r.pass) ? 'text-status-completed' : 'text-status-error'}`}>{summary}</p>
              <ul className="space-y-1 text-xs">
                {run.results.map((result, i) => <ResultRow key={i} result={result} doc={run.doc} />)}
              </ul>
            </>
          )}
          {/* one paragraph in one place whatever the state, so that its link, which opens Scenarios
              over the run, is still there for focus to come back to when the dialog closes; named by
              what is changed there, as the stuck run's banner's “change the scenario in Scenarios” is */}
          <p className="text-xs text-ink-600">
            {run.state === 'empty' ? `${name} expects nothing of this run. Add what it should do under ` : 'Change what it expects under '}
            <ScenariosLink>Expected outcome in Scenarios</ScenariosLink>.
          </p>
        </section>
      )}
    </>
  );
}
