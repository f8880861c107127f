/**
 * For the selected step or stage during a run: its status now, who it runs as, why it failed (a
 * step in Error: its failure's message), and as of the moment shown why a step has not started or
 * a stage in progress has not completed: the engine evaluates the start or exit condition at that
 * moment (useStepWhy, useStageWhy) and the panel shows it row by row; a step in progress whose work
 * item is open says whom it waits for (WorkItemWhy). Nothing is read from later in
 * the run. A run loaded from a trace file can only give the trace's own sentence for the end of the run.
 */
import type { Orchestration, Trace } from '../../model/types';
import type { StepWhy } from '../../player/stepWhy';
import { FlowRunSection } from './FlowRunSection';
import { operatorsInWords } from '../../model/glossary';
import { useRunUserWords } from '../../ui/useRunUserWords';
import { useAppStore } from '../../store/appStore';
import { formatVirtualTime } from './formatTime';
import { StartCheckView } from './StartCheckView';
import { STATUS_LABEL, STATUS_TEXT, type AnyStatus } from '../../ui/statusStyles';
import { ExitCheckView } from './ExitCheckView';
import { useStageWhy, useStepWhy } from './useStepWhy';
import { useLabelOf } from './useLabelOf';
import { whyParts } from './whyParts';
import { entryInWords, stageEntries, type StageEntry } from './stageEntries';
import { WorkItemWhy } from './WorkItemWhy';
import { stageEndedText } from './stageEndedWords';
import { stageErrorText } from './stageErrorWords';
import { own } from '../../model/ownKey';

const NOTE = 'space-y-1 rounded bg-amber-50 p-2 text-ink-800';

/** The trace's R17 sentence, for the end of the run. */
function EndOfRunWhy({ why, atEnd }: { why: string; atEnd: boolean }) {
  const { lead, rows } = whyParts(operatorsInWords(why));
  return (
    <div aria-label="Why it has not started" role="note" className={NOTE}>
      {!atEnd && <p className="text-ink-600">This run was loaded from a trace file: only the end of the run can be explained.</p>}
      <p>
        <span className="font-semibold">At the end of the run, why it has not started: </span>
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

function blockerText(why: StepWhy, labelOf: (name: string) => string): string | null {
  switch (why.blocker) {
    case 'stageNotStarted': return `Its stage “${labelOf(why.stage.name)}” has not started.`;
    // its start condition held: the failed steps, not the condition, kept it back (engine/explain.ts)
    case 'stageEnded': return stageEndedText(labelOf(why.stage.name), why.stage.status, why.start?.holds ? why.stage.failed.map(labelOf) : []);
    case 'suspended': return 'The run is suspended: no step starts until it resumes.';
    case 'stopped': return 'The simulation stopped at one of its limits.';
    case null: return null;
  }
}

function WhyNow({ step, time }: { step: string; time: number }) {
  const index = useAppStore((s) => s.cursor.index);
  const atEnd = useAppStore((s) => s.cursor.atEnd);
  const endWhy = useAppStore((s) => own(s.trace?.steps, step)?.why ?? null);
  const { why, stale, unavailable } = useStepWhy(step, index, true);
  const labelOf = useLabelOf();
  if (unavailable) return <EndOfRunWhy why={endWhy ?? 'its stage has not started yet'} atEnd={atEnd} />;
  if (!why) return <p role="status" className="text-ink-600">Reading its start condition…</p>;
  const blocker = blockerText(why, labelOf);
  return (
    <div aria-label="Why it has not started" role="note" aria-busy={stale} className={NOTE}>
      <p className="font-semibold">Why it has not started, at {formatVirtualTime(time)}:</p>
      {blocker && <p>{blocker}</p>}
      {why.start && <StartCheckView check={why.start} stageEnded={why.blocker === 'stageEnded'} />}
      {why.start?.holds && why.blocker === null && (why.start.mode !== 'evaluationFlow' || why.start.recheck?.inThisPass === true) && (
        <p>Its start condition is met now: it starts in this evaluation pass.</p>
      )}
    </div>
  );
}

function stageBlockerText(blocker: 'suspended' | 'stopped' | null): string | null {
  if (blocker === 'suspended') return 'The run is suspended: the stage does not complete until it resumes.';
  if (blocker === 'stopped') return 'The simulation stopped at one of its limits.';
  return null;
}

/** Why a stage in progress has not completed, as of the moment shown: its exit condition (R5) row by row. */
function StageWhyNow({ stage, time }: { stage: string; time: number }) {
  const index = useAppStore((s) => s.cursor.index);
  const { why, stale, unavailable } = useStageWhy(stage, index, true);
  if (unavailable) return null; // a trace file: the run cannot be read again at this moment
  if (!why?.exit) return <p role="status" className="text-ink-600">Reading its exit condition…</p>;
  const blocker = stageBlockerText(why.blocker);
  return (
    <div aria-label="Why it has not completed" role="note" aria-busy={stale} className={NOTE}>
      <p className="font-semibold">Why it has not completed, at {formatVirtualTime(time)}:</p>
      {blocker && <p>{blocker}</p>}
      <ExitCheckView check={why.exit} />
      {/* an exit flow that returns true but that no event re-checked does not complete the stage (R12/R13): the note above says so */}
      {why.exit.holds && why.blocker === null && (why.exit.mode !== 'evaluationFlow' || why.exit.recheck?.inThisPass !== false) && (
        <p>Its exit condition is met now: it completes in this evaluation pass.</p>
      )}
    </div>
  );
}

/** The message of the step's last failure up to the event shown (a step in Error), from its `stepErrored` event. */
function FailedWhy({ step }: { step: string }) {
  const index = useAppStore((s) => s.cursor.index);
  const events = useAppStore((s) => s.trace?.events);
  let message: string | undefined;
  for (let i = Math.min(index, (events?.length ?? 0) - 1); i >= 0 && events; i--) {
    const e = events[i]!;
    if (e.type === 'stepErrored' && e.step === step) {
      message = e.message;
      break;
    }
  }
  if (message === undefined) return null;
  return (
    <p aria-label="Why it failed" role="note" className="rounded bg-red-50 p-2 text-ink-800">
      <span className="font-semibold">Why it failed: </span>
      {message}
    </p>
  );
}

/** The outcome decision `name` took up to event `index` (null: its default path), undefined when it has not been reached. */
function outcomeTaken(trace: Trace, name: string, index: number): string | null | undefined {
  for (let i = Math.min(index, trace.events.length - 1); i >= 0; i--) {
    const e = trace.events[i]!;
    if (e.type === 'decisionTaken' && e.decision === name) return e.outcome ?? null;
  }
  return undefined;
}

/**
 * What decision `name` did up to event `index`: "Took outcome “Large loan” at 2.5 s, to stage
 * “Underwriting”." (the latest time; the outcome and stage by their labels, as on the canvas), or
 * null when it has not been reached.
 */
function decisionTaken(trace: Trace, doc: Orchestration | null, name: string, index: number, labelOf: (name: string) => string): string | null {
  for (let i = Math.min(index, trace.events.length - 1); i >= 0; i--) {
    const e = trace.events[i]!;
    if (e.type === 'decisionTaken' && e.decision === name) {
      const outcome = e.outcome ? doc?.decisions?.find((d) => d.name === name)?.outcomes.find((o) => o.name === e.outcome) : undefined;
      const took = e.outcome ? `Took outcome “${outcome?.label ?? e.outcome}”` : 'Took its default path';
      const to = e.next ? `, to ${doc?.stages.some((s) => s.name === e.next) ? 'stage' : 'decision'} “${labelOf(e.next)}”` : '';
      return `${took} at ${formatVirtualTime(e.t)}${to}.`;
    }
  }
  return null;
}

/** Why a stage has not started: each way into it, and where that stands at the moment shown. */
function StageEntriesWhy({ doc, stage, trace, stages, index, time }: { doc: Orchestration; stage: string; trace: Trace; stages: Record<string, string>; index: number; time: number }) {
  const now = (entry: StageEntry): string => {
    if (entry.kind === 'start') return '';
    if (entry.kind === 'stage') return `: it is ${STATUS_LABEL[(own(stages, entry.stage) ?? 'NotStarted') as AnyStatus]} now`;
    const taken = outcomeTaken(trace, entry.decision, index);
    if (taken === undefined) return ': it has not been reached yet';
    const decision = doc.decisions?.find((d) => d.name === entry.decision);
    const outcome = taken === null ? undefined : decision?.outcomes.find((o) => o.name === taken);
    return taken === null ? ': it took its default path' : `: it took outcome “${outcome?.label ?? taken}”`;
  };
  const entries = stageEntries(doc, stage);
  return (
    <div aria-label="Why it has not started" role="note" className={NOTE}>
      <p className="font-semibold">Why it has not started, at {formatVirtualTime(time)}:</p>
      {entries.length === 0 ? (
        <p>Nothing leads to it: no stage, decision or start of the run goes to this stage.</p>
      ) : (
        <ul className="list-disc pl-5">
          {entries.map((entry, i) => <li key={i}>{i === 0 ? 'It starts when ' : 'or when '}{entryInWords(entry)}{now(entry)}.</li>)}
        </ul>
      )}
    </div>
  );
}

/** The selected element as its card names it, with its API name beside when that differs. */
function ElementHeading({ name }: { name: string }) {
  const label = useLabelOf()(name);
  return (
    <h3 className="font-semibold">
      {label}
      {/* a space, not only a margin: the heading's name is read "Validate order Validate", not "Validate orderValidate" */}
      {label !== name && <>{' '}<span className="ml-1 font-mono text-xs font-normal text-ink-600">{name}</span></>}
    </h3>
  );
}

/**
 * How the step runs (R20), in words: the trace's `sync` / `async` / `interactive` read as code
 * beside the status (“Status: Error · async”). Salesforce's own words are “asynchronous processing”.
 */
const MODE_WORDS: Readonly<Record<'sync' | 'async' | 'interactive', string>> = {
  sync: 'runs synchronously',
  async: 'runs asynchronously',
  interactive: 'interactive: a user completes its work item',
};

function isStepOf(doc: Orchestration | null, name: string): boolean {
  return doc?.stages.some((stage) => stage.steps.some((step) => step.name === name)) ?? false;
}

export function WhyPanel() {
  const selected = useAppStore((s) => s.selected[0]);
  const trace = useAppStore((s) => s.trace);
  const snapshot = useAppStore((s) => s.snapshot);
  const time = useAppStore((s) => s.cursor.time);
  const runDoc = useAppStore((s) => s.runDoc);
  const userWords = useRunUserWords();
  const index = useAppStore((s) => s.cursor.index);
  const labelOf = useLabelOf();
  if (!selected || !trace || !snapshot) {
    return <p className="text-sm text-ink-600">Select a step to see its status, who it runs as, and why it has not started.</p>;
  }
  const info = own(trace.steps, selected);
  const stageStatus = own(snapshot.stages, selected);
  if (!info && isStepOf(runDoc, selected)) {
    // a step of a stage that never started: the trace lists only the steps of stages that started
    // (FORMAT §4), but the step is there, and why it has not started is still worth saying
    return (
      <section aria-label="Selected step" className="space-y-1 text-sm">
        <ElementHeading name={selected} />
        <p>
          Status: <span className={`font-semibold ${STATUS_TEXT.NotStarted}`}>{STATUS_LABEL.NotStarted}</span>
        </p>
        <WhyNow step={selected} time={time} />
      </section>
    );
  }
  if (!info && !stageStatus && runDoc?.stages.some((stage) => stage.name === selected)) {
    // a stage the run has not reached: say so, and what leads to it, as of the moment shown
    return (
      <section aria-label="Selected element" className="space-y-1 text-sm">
        <ElementHeading name={selected} />
        <p>
          Stage status: <span className={`font-semibold ${STATUS_TEXT.NotStarted}`}>{STATUS_LABEL.NotStarted}</span>
        </p>
        <StageEntriesWhy doc={runDoc} stage={selected} trace={trace} stages={snapshot.stages} index={index} time={time} />
      </section>
    );
  }
  if (!info) {
    const decision = runDoc?.decisions?.some((d) => d.name === selected) ? decisionTaken(trace, runDoc, selected, index, labelOf) : undefined;
    return (
      <section aria-label="Selected element" className="space-y-1 text-sm">
        <ElementHeading name={selected} />
        <p>
          {stageStatus ? `Stage status: ${STATUS_LABEL[stageStatus as AnyStatus]}`
            : decision !== undefined ? (decision === null ? 'This decision has not been reached yet.' : decision)
            : 'This element has not run.'}
        </p>
        {(stageStatus === 'InProgress' || stageStatus === 'Suspended') && <StageWhyNow stage={selected} time={time} />}
        {stageStatus === 'Error' && (
          <div role="note" aria-label="Why it ended in Error" className="space-y-1">
            {stageErrorText(trace.events, index, runDoc, selected, labelOf).map((line, i) => <p key={`${i}:${line}`}>{line}</p>)}
          </div>
        )}
        <FlowRunSection selected={selected} />
      </section>
    );
  }
  const status = (own(snapshot.steps, selected) ?? 'NotStarted') as AnyStatus;
  const runAs = status !== 'NotStarted' ? (own(snapshot.runAs, selected) ?? null) : null;
  return (
    <section aria-label="Selected step" className="space-y-1 text-sm">
      <ElementHeading name={selected} />
      <p>
        Status: <span className={`font-semibold ${STATUS_TEXT[status]}`}>{STATUS_LABEL[status]}</span>
        {info.mode && status !== 'NotStarted' ? ` · ${MODE_WORDS[info.mode]}` : ''}
        {info.starts > 1 ? ` · started ${info.starts} times` : ''}
      </p>
      {info.runAs && runAs && (
        <p>
          Runs as <span>{userWords(runAs)}</span>
          {info.mode !== 'interactive' && (
            <> ({info.runAs.context} context{info.runAs.access ? `, ${info.runAs.access === 'withSharing' ? 'with sharing' : 'without sharing'}` : ''})</>
          )}
        </p>
      )}
      {status === 'NotStarted' && <WhyNow step={selected} time={time} />}
      {status === 'InProgress' && <WorkItemWhy step={selected} />}
      {status === 'Error' && <FailedWhy step={selected} />}
      <FlowRunSection selected={selected} />
    </section>
  );
}
