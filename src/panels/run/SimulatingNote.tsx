/**
 * What the run controls say while the engine computes the trace. Most runs take a moment; one that
 * takes longer is almost always a loop that never waits (a stage whose next or fault path leads
 * back to it through sync steps), which runs on to the scenario's `maxTransitions` — ten million
 * status changes by default, minutes in a browser. After a few seconds the note says so, and how
 * to stop it sooner, rather than leaving "Simulating the run…" unexplained (docs/decisions.md).
 */
import { useEffect, useState } from 'react';
import { DEFAULT_MAX_TRANSITIONS } from '../../model/scenarioLimits';
import { useAppStore } from '../../store/appStore';

/** After this long, the note explains the wait. */
export const SLOW_RUN_MS = 3000;

export function SimulatingNote() {
  const limit = useAppStore((s) => s.runScenario?.limits?.maxTransitions ?? DEFAULT_MAX_TRANSITIONS);
  const [seconds, setSeconds] = useState(0);
  // counted from when the note appears: it is shown only while a trace is being computed
  useEffect(() => {
    const t0 = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - t0) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  if (seconds * 1000 < SLOW_RUN_MS) return <span className="flex-1 text-sm text-ink-600">Simulating the run…</span>;
  return (
    <span className="flex-1 text-sm text-ink-600">
      {`Still simulating after ${seconds} s. A stage loop that never waits runs on to the scenario's limit of ${limit.toLocaleString('en-US')} status changes; Exit run stops it, and a lower “Stop the simulation after” in Scenarios (Launch) stops it sooner.`}
    </span>
  );
}
