/**
 * For the selected step (or stage) during a run: the project flows that ran for it up to the time
 * shown — its own flow, and the evaluation flows of its conditions — with the path of elements,
 * the values assigned, the records read and changed, side effects and outputs (trace `flowRuns`).
 */
import { useMemo, useRef } from 'react';
import type { TraceFlowRun } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { lookupSites, lookupsNotFound, lookupWhere, type LookupSite } from '../../verify/hints/lookupSites';
import { formatVirtualTime } from './formatTime';
import { giveRunningUser, runningUserInWords, runningUserNote, runningUserWithoutRecord, screenLoopNote } from '../../verify/hints/runningUserNote';
import { queueMembersNote } from '../../verify/hints/queueMembersNote';
import { defaultScenario } from '../../model/factories';
import { focusNextFrame } from '../../ui/focusLater';
import { flowRunsOf } from '../../player/flowRunsShown';
import { decisionInShort } from './decisionInShort';
import { AllOutcomesNotMet } from './DecisionWhy';
import { changeText, decisionReason, flowRunTitle, latestByPurpose, valueText, waitingReason } from './flowRunText';
import { runStartMs } from '../../flows/virtualClock';

function Path({ run }: { run: TraceFlowRun }) {
  return (
    <ol aria-label="Elements taken" className="flex flex-wrap gap-x-1 font-mono text-xs">
      {run.path.map((p, i) => (
        <li key={i} className={p.fault ? 'text-status-error' : ''}>
          {i > 0 ? '→ ' : ''}{p.element}{p.outcome ? ` [${p.outcome}]` : ''}{p.fault ? ' (failed)' : ''}
        </li>
      ))}
    </ol>
  );
}

function List({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-semibold">{label}</p>
      <ul aria-label={label} className="list-disc pl-5 font-mono text-xs">
        {items.map((text, i) => <li key={i}>{text}</li>)}
      </ul>
    </div>
  );
}

/**
 * The org setup a Get Records of this run looked for and did not find (a lookup by fixed values,
 * lookupSites.ts): a real org has it, the simulated one only when the scenario gives it.
 */
function MissingSetup({ run, sites }: { run: TraceFlowRun; sites: readonly LookupSite[] }) {
  const missing = lookupsNotFound(run, sites);
  if (missing.length === 0) return null;
  return (
    <>
      {missing.map((site) => (
        <p key={`${site.object} ${lookupWhere(site)}`} role="note" className="rounded bg-amber-50 p-1">
          {`The simulated org has no ${site.object} where ${lookupWhere(site)}. A real org has such setup; give it to the scenario in Scenarios, under Other records of the org.`}
        </p>
      ))}
    </>
  );
}

/**
 * The running user's record the flow's `$User` needs, one click from the note that says so: it goes
 * into the scenario the run was started with, and the run is computed again from there.
 */
function GiveRunningUser({ user, onGiven }: { user: string; onGiven: () => void }) {
  const give = () => {
    // asked first: its frame then comes before the app's rescue after a recomputed run
    // (app/useFocusRescue.ts), which would give the run controls the focus the button had
    onGiven();
    // the scenario as it is now, with an edit made in Scenarios over the run since it ran
    const { baseScenario, runScenarioEdited, reviseRunScenario } = useAppStore.getState();
    void reviseRunScenario(giveRunningUser(runScenarioEdited ?? baseScenario ?? defaultScenario(), user));
  };
  return (
    <button type="button" className="rounded border border-ink-400/40 bg-white px-2 py-0.5 text-sm hover:bg-brand-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500" onClick={give}>
      {`Add the User record of ${runningUserInWords(user)}`}
    </button>
  );
}

function FlowRunDetails({ run, sites, userNote, membersNote, missingUser, startMs }: { run: TraceFlowRun; sites: readonly LookupSite[]; userNote: string | null; membersNote: string | null; missingUser: string | null; startMs: number }) {
  const reason = decisionReason(run);
  const paused = waitingReason(run, startMs);
  const article = useRef<HTMLElement>(null);
  // the button goes with the note once the record is there: the flow run keeps the focus — unless
  // the user has put it elsewhere before that frame (ui/focusLater.ts)
  const keepFocus = () => focusNextFrame(() => (article.current && !article.current.contains(document.activeElement) ? article.current : null));
  return (
    <article ref={article} tabIndex={-1} aria-label={`Flow run ${run.flow}`} className="space-y-1 rounded border border-ink-400 p-2 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500">
      <p className="font-semibold">{flowRunTitle(run)} <span className="font-normal text-ink-600">at {formatVirtualTime(run.t)}</span></p>
      {reason && (
        <div role="note" className="rounded bg-amber-50 p-1">
          <p>{reason}</p>
          {run.decision && <AllOutcomesNotMet short={decisionInShort(run.decision)} />}
        </div>
      )}
      {paused && <p role="note" className="rounded bg-amber-50 p-1">{paused}</p>}
      {run.message !== undefined && <p role="note" className="rounded bg-amber-50 p-1">Stopped: {run.message}</p>}
      {screenLoopNote(run) !== null && <p role="note" className="rounded bg-amber-50 p-1">{screenLoopNote(run)}</p>}
      <MissingSetup run={run} sites={sites} />
      {userNote !== null && <p role="note" className="rounded bg-amber-50 p-1">{userNote}</p>}
      {missingUser !== null && <GiveRunningUser user={missingUser} onGiven={keepFocus} />}
      {membersNote !== null && <p role="note" className="rounded bg-amber-50 p-1">{membersNote}</p>}
      <Path run={run} />
      <List label="Values assigned" items={run.assignments.map((a) => `${a.variable} ${a.operator && a.operator !== 'Assign' ? `${a.operator} ` : '= '}${valueText(a.value)}`)} />
      <List label="Records read" items={run.recordsRead.map((r) => `${r.element}: ${r.object} ${r.ids.length === 0 ? '(none found)' : r.ids.join(', ')}`)} />
      <List label="Records changed" items={run.recordChanges.map(changeText)} />
      <List label="Side effects" items={run.sideEffects.map((s) => `${s.description}${s.fault ? ` (failed: ${s.fault})` : ''}`)} />
      <List label="Outputs" items={Object.entries(run.outputs).map(([name, value]) => `${name} = ${valueText(value)}`)} />
    </article>
  );
}

export function FlowRunSection({ selected }: { selected: string }) {
  const runs = useAppStore((s) => s.trace?.flowRuns);
  const time = useAppStore((s) => s.cursor.time);
  const index = useAppStore((s) => s.cursor.index);
  const events = useAppStore((s) => s.trace?.events.length ?? 0);
  const runDoc = useAppStore((s) => s.runDoc);
  const runScenario = useAppStore((s) => s.runScenario);
  const trace = useAppStore((s) => s.trace);
  // a run read from a trace file has no scenario to give a record to
  const fromFile = useAppStore((s) => s.traceFromFile);
  const sites = useMemo(() => (runDoc ? lookupSites(runDoc) : []), [runDoc]);
  const shown = latestByPurpose(flowRunsOf(runs, selected, { index, time, events }));
  if (shown.length === 0) return null;
  return (
    <section aria-label="Flow runs" className="space-y-2 text-sm">
      <h4 className="font-semibold">Flow runs</h4>
      {shown.map((run) => <FlowRunDetails key={`${run.purpose}-${run.t}`} run={run} sites={sites} userNote={runningUserNote(run, runDoc, runScenario, trace)} membersNote={queueMembersNote(run, runDoc, runScenario)} missingUser={fromFile ? null : runningUserWithoutRecord(run, runDoc, runScenario, trace)} startMs={runStartMs(runScenario?.startAt)} />)}
    </section>
  );
}
