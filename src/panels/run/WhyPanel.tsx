/**
 * For the selected step or stage during a run: its status now, who it runs as, and — when it has
 * not started — why (the engine's explanation), or when it will start later in this run.
 */
import { FlowRunSection } from './FlowRunSection';
import { formatVirtualTime } from './formatTime';
import { STATUS_LABEL, STATUS_TEXT, type AnyStatus } from '../../ui/statusStyles';
import { whyParts } from './whyParts';
import { operatorsInWords, userInWords } from '../../model/glossary';
import { useAppStore } from '../../store/appStore';

function WhyText({ why }: { why: string }) {
  const { lead, rows } = whyParts(operatorsInWords(why));
  return (
    <div aria-label="Why it has not started" role="note" className="rounded bg-amber-50 p-2 text-ink-800">
      <p>
        <span className="font-semibold">Why it has not started: </span>
        {lead}
      </p>
      {rows.length > 0 && (
        <ul className="mt-1 list-disc pl-5 font-mono text-xs">
          {rows.map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
    </div>
  );
}

export function WhyPanel() {
  const selected = useAppStore((s) => s.selected[0]);
  const trace = useAppStore((s) => s.trace);
  const replay = useAppStore((s) => s.replay);
  const snapshot = useAppStore((s) => s.snapshot);
  const index = useAppStore((s) => s.cursor.index);
  if (!selected || !trace || !snapshot || !replay) {
    return <p className="text-sm text-ink-600">Select a step to see its status, who it runs as, and why it has not started.</p>;
  }
  const info = trace.steps[selected];
  const stageStatus = snapshot.stages[selected];
  if (!info) {
    return (
      <section aria-label="Selected element" className="text-sm">
        <h3 className="font-mono font-semibold">{selected}</h3>
        <p>{stageStatus ? `Stage status: ${STATUS_LABEL[stageStatus as AnyStatus]}` : 'This element has not run.'}</p>
        <FlowRunSection selected={selected} />
      </section>
    );
  }
  const status = (snapshot.steps[selected] ?? 'NotStarted') as AnyStatus;
  let later: number | null = null;
  if (status === 'NotStarted') {
    for (let i = index + 1; i < replay.length; i++) {
      const e = replay.events[i]!;
      if (e.type === 'stepStarted' && e.step === selected) { later = e.t; break; }
    }
  }
  return (
    <section aria-label="Selected step" className="space-y-1 text-sm">
      <h3 className="font-mono font-semibold">{selected}</h3>
      <p>
        Status: <span className={`font-semibold ${STATUS_TEXT[status]}`}>{STATUS_LABEL[status]}</span>
        {info.mode && status !== 'NotStarted' ? ` · ${info.mode}` : ''}
        {info.starts > 1 ? ` · started ${info.starts} times` : ''}
      </p>
      {info.runAs && status !== 'NotStarted' && (
        <p>
          Runs as <span>{userInWords(info.runAs.user)}</span> ({info.runAs.context} context
          {info.runAs.access ? `, ${info.runAs.access === 'withSharing' ? 'with sharing' : 'without sharing'}` : ''})
        </p>
      )}
      {status === 'NotStarted' && later !== null && <p>Starts later in this run, at {formatVirtualTime(later)}.</p>}
      {status === 'NotStarted' && later === null && (
        <WhyText why={info.why ?? 'its stage has not started yet'} />
      )}
      <FlowRunSection selected={selected} />
    </section>
  );
}
