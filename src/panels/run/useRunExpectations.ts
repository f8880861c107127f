/**
 * The shown run's scenario and its expectations checked (checkRunExpectations.ts). Subscribes to the run
 * itself — trace, design, scenario — never to the cursor, so playback does not re-render or re-check.
 * A value or record field expectation needs the run's final values, which the trace does not carry:
 * they are asked of the simulation service once per trace, as Run all scenarios asks for them.
 * The scenario's expectations are read as they are now: an edit in Scenarios, opened over the run,
 * is judged on the run shown at once; an edit of what the run uses makes the run shown `stale`.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Orchestration, Scenario, Trace } from '../../model/types';
import type { ExpectationResult } from '../../player/expectations';
import { useAppStore } from '../../store/appStore';
import { needsFinalValues, runExpectations, runsOtherwise, type FinalValues } from './checkRunExpectations';

/** `stale`: the scenario was edited since the run, in what the run uses: the run shown used it as it was. */
export type RunExpectations =
  | { state: 'none' }
  | { state: 'empty'; scenario: Scenario; stale: boolean }
  | { state: 'checking'; scenario: Scenario; stale: boolean }
  | { state: 'checked'; scenario: Scenario; stale: boolean; doc: Orchestration; trace: Trace; results: ExpectationResult[] };

/** The scenario the run ran, with the name and expectations it has now (the same object while it is not edited). */
function judgedScenario(ran: Scenario | null, edited: Scenario | null): Scenario | null {
  if (!ran || !edited) return ran;
  const { expectations, name } = edited;
  const { expectations: _expectations, name: _name, ...rest } = ran;
  return { ...rest, ...(name !== undefined ? { name } : {}), ...(expectations !== undefined ? { expectations } : {}) };
}

/** Final values by trace, so that a remount of the panel (a tab, a side panel hidden and shown) does not ask again. */
const valuesByTrace = new WeakMap<Trace, FinalValues>();

export function useRunExpectations(): RunExpectations {
  const trace = useAppStore((s) => s.trace);
  const doc = useAppStore((s) => s.runDoc);
  const ran = useAppStore((s) => s.runScenario);
  const base = useAppStore((s) => s.baseScenario);
  const edited = useAppStore((s) => s.runScenarioEdited);
  // kept while nothing changes: the check is kept by trace and scenario (checkRunExpectations.ts)
  const scenario = useMemo(() => judgedScenario(ran, edited), [ran, edited]);
  const stale = useMemo(() => edited !== null && base !== null && runsOtherwise(base, edited), [base, edited]);
  const fromFile = useAppStore((s) => s.traceFromFile);
  // while a run is computed the trace is still the last one's, and the scenario already the new one's
  const ready = useAppStore((s) => s.runPhase === 'ready');
  const expectations = scenario?.expectations ?? [];
  const wantsValues = !fromFile && needsFinalValues(expectations);
  const [values, setValues] = useState<{ trace: Trace; values: FinalValues } | null>(null);
  useEffect(() => {
    if (!ready || !wantsValues || !trace || !doc || !ran || valuesByTrace.has(trace)) return;
    let current = true;
    // the run's final values depend on what it ran, not on what is expected of it
    useAppStore.getState().computeOutcome(doc, ran).then(
      ({ variables, records }) => {
        valuesByTrace.set(trace, { variables, records });
        if (current) setValues({ trace, values: valuesByTrace.get(trace)! });
      },
      // a run the service cannot give again is checked on its trace: those two kinds then say the
      // final values are unknown, rather than the list waiting for ever
      () => { if (current) setValues({ trace, values: {} }); },
    );
    return () => { current = false; };
  }, [ready, wantsValues, trace, doc, ran]);
  // a trace read from a file ran no scenario here: there is nothing of it to judge
  if (!ready || !trace || !doc || !scenario || fromFile) return { state: 'none' };
  if (expectations.length === 0) return { state: 'empty', scenario, stale };
  const finalValues = wantsValues ? (valuesByTrace.get(trace) ?? (values?.trace === trace ? values.values : undefined)) : null;
  if (finalValues === undefined) return { state: 'checking', scenario, stale };
  return { state: 'checked', scenario, stale, doc, trace, results: runExpectations(trace, doc, scenario, finalValues) };
}
