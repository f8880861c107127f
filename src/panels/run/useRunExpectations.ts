/**
 * The shown run's scenario and its expectations checked (checkRunExpectations.ts). Subscribes to the run
 * itself — trace, design, scenario — never to the cursor, so playback does not re-render or re-check.
 * A value or record field expectation needs the run's final values, which the trace does not carry:
 * they are asked of the simulation service once per trace, as Run all scenarios asks for them.
 */
import { useEffect, useState } from 'react';
import type { Orchestration, Scenario, Trace } from '../../model/types';
import type { ExpectationResult } from '../../player/expectations';
import { useAppStore } from '../../store/appStore';
import { needsFinalValues, runExpectations, type FinalValues } from './checkRunExpectations';

export type RunExpectations =
  | { state: 'none' }
  | { state: 'empty'; scenario: Scenario }
  | { state: 'checking'; scenario: Scenario }
  | { state: 'checked'; scenario: Scenario; doc: Orchestration; trace: Trace; results: ExpectationResult[] };

/** Final values by trace, so that a remount of the panel (a tab, a side panel hidden and shown) does not ask again. */
const valuesByTrace = new WeakMap<Trace, FinalValues>();

export function useRunExpectations(): RunExpectations {
  const trace = useAppStore((s) => s.trace);
  const doc = useAppStore((s) => s.runDoc);
  const scenario = useAppStore((s) => s.runScenario);
  const fromFile = useAppStore((s) => s.traceFromFile);
  // while a run is computed the trace is still the last one's, and the scenario already the new one's
  const ready = useAppStore((s) => s.runPhase === 'ready');
  const expectations = scenario?.expectations ?? [];
  const wantsValues = !fromFile && needsFinalValues(expectations);
  const [values, setValues] = useState<{ trace: Trace; values: FinalValues } | null>(null);
  useEffect(() => {
    if (!ready || !wantsValues || !trace || !doc || !scenario || valuesByTrace.has(trace)) return;
    let current = true;
    useAppStore.getState().computeOutcome(doc, scenario).then(
      ({ variables, records }) => {
        valuesByTrace.set(trace, { variables, records });
        if (current) setValues({ trace, values: valuesByTrace.get(trace)! });
      },
      // a run the service cannot give again is checked on its trace: those two kinds then say the
      // final values are unknown, rather than the list waiting for ever
      () => { if (current) setValues({ trace, values: {} }); },
    );
    return () => { current = false; };
  }, [ready, wantsValues, trace, doc, scenario]);
  // a trace read from a file ran no scenario here: there is nothing of it to judge
  if (!ready || !trace || !doc || !scenario || fromFile) return { state: 'none' };
  if (expectations.length === 0) return { state: 'empty', scenario };
  const finalValues = wantsValues ? (valuesByTrace.get(trace) ?? (values?.trace === trace ? values.values : undefined)) : null;
  if (finalValues === undefined) return { state: 'checking', scenario };
  return { state: 'checked', scenario, doc, trace, results: runExpectations(trace, doc, scenario, finalValues) };
}
