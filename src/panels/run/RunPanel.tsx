/**
 * The side panel of run mode: scenario, how the run ended, its scenario's expectations, the selected step's status and why,
 * interventions, event log and Gantt chart, trace files.
 */
import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import { CoveragePanel } from './CoveragePanel';
import { EventLog } from './EventLog';
import { Interventions } from './Interventions';
import { RunAnnouncer } from './RunAnnouncer';
import { RunExpectations } from './RunExpectations';
import { ScenarioPicker } from './ScenarioPicker';
import { StallBanner } from './StallBanner';
import { StatusLegend } from './StatusLegend';
import { TraceFiles } from './TraceFiles';
import { WhyPanel } from './WhyPanel';
import { useAppStore } from '../../store/appStore';

const GanttChart = lazy(() => import('./GanttChart'));

type Tab = 'log' | 'gantt';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'log', label: 'Event log' },
  { id: 'gantt', label: 'Timeline chart' },
];

export function RunPanel({ onRerun }: { onRerun: () => void }) {
  const phase = useAppStore((s) => s.runPhase);
  const error = useAppStore((s) => s.runError);
  const fromFile = useAppStore((s) => s.traceFromFile);
  const [tab, setTab] = useState<Tab>('log');
  // the tabs pattern (WAI-ARIA APG): one tab stop, ← → Home End choose a tab and focus it; both were
  // tab stops and the arrows did nothing, while a screen reader announces tabs and the arrows to use
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const to = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    setTab(TABS[to]!.id);
    document.getElementById(`run-tab-${TABS[to]!.id}`)?.focus();
  };
  return (
    <div className="flex flex-col gap-3 p-3">
      <RunAnnouncer />
      {fromFile && (
        <p role="note" className="rounded bg-brand-50 p-2 text-sm text-ink-800">
          This run was read from a trace file and is shown as it was recorded: it cannot be acted on (no scenario ran it here). Choosing a scenario runs the design again.
        </p>
      )}
      <ScenarioPicker onRun={onRerun} />
      {phase === 'computing' && <p role="status" className="text-sm">Simulating…</p>}
      {phase === 'failed' && <p role="alert" className="text-sm text-status-error">The run could not be simulated: {error}</p>}
      <StallBanner />
      <RunExpectations />
      <CoveragePanel />
      <WhyPanel />
      {!fromFile && <Interventions />}
      <div role="tablist" aria-label="Run details" className="flex gap-1" onKeyDown={onTabKey}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`run-tab-${id}`}
            aria-controls="run-tabpanel"
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            className={`rounded px-2 py-0.5 text-sm ${tab === id ? 'bg-brand-100' : ''}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="run-tabpanel" tabIndex={0} aria-label={tab === 'log' ? 'Event log' : 'Timeline chart'} className="overflow-auto">
        {tab === 'log' ? <EventLog /> : <Suspense fallback={<p className="text-sm">Loading chart…</p>}><GanttChart /></Suspense>}
      </div>
      <TraceFiles />
      <StatusLegend />
    </div>
  );
}
