/**
 * The side panel of run mode: scenario, how the run ended, the selected step's status and why,
 * interventions, event log and Gantt chart, trace files.
 */
import { lazy, Suspense, useState } from 'react';
import { CoveragePanel } from './CoveragePanel';
import { EventLog } from './EventLog';
import { Interventions } from './Interventions';
import { RunAnnouncer } from './RunAnnouncer';
import { ScenarioPicker } from './ScenarioPicker';
import { StallBanner } from './StallBanner';
import { StatusLegend } from './StatusLegend';
import { TraceFiles } from './TraceFiles';
import { WhyPanel } from './WhyPanel';
import { useAppStore } from '../../store/appStore';

const GanttChart = lazy(() => import('./GanttChart'));

export function RunPanel({ onRerun }: { onRerun: () => void }) {
  const phase = useAppStore((s) => s.runPhase);
  const error = useAppStore((s) => s.runError);
  const fromFile = useAppStore((s) => s.traceFromFile);
  const [tab, setTab] = useState<'log' | 'gantt'>('log');
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
      <CoveragePanel />
      <WhyPanel />
      {!fromFile && <Interventions />}
      <div role="tablist" aria-label="Run details" className="flex gap-1">
        <button type="button" role="tab" aria-selected={tab === 'log'} className={`rounded px-2 py-0.5 text-sm ${tab === 'log' ? 'bg-brand-100' : ''}`} onClick={() => setTab('log')}>Event log</button>
        <button type="button" role="tab" aria-selected={tab === 'gantt'} className={`rounded px-2 py-0.5 text-sm ${tab === 'gantt' ? 'bg-brand-100' : ''}`} onClick={() => setTab('gantt')}>Timeline chart</button>
      </div>
      <div role="tabpanel" tabIndex={0} aria-label={tab === 'log' ? 'Event log' : 'Timeline chart'} className="overflow-auto">
        {tab === 'log' ? <EventLog /> : <Suspense fallback={<p className="text-sm">Loading chart…</p>}><GanttChart /></Suspense>}
      </div>
      <TraceFiles />
      <StatusLegend />
    </div>
  );
}
